import { lstat, mkdir, realpath, stat } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import { InputError } from "../core/errors.js";
import { isWithin } from "../core/path-inside.js";
import { parseRepositoryPath } from "../core/values/repository-path.js";
import { describeSystemError, errorCode } from "../core/system-errors.js";

/**
 * Creates `dir` and its missing parents one at a time, so a failure names its real cause:
 * `mkdir -p` on a read-only file system reports ENOENT for the first missing parent, where a
 * single mkdir reports EROFS.
 */
export async function makeDirectory(dir: string): Promise<void> {
  const missing: string[] = [];
  let at = resolve(dir);
  for (;;) {
    const info = await lstat(at).catch(() => undefined);
    if (info) {
      if (!info.isDirectory() && !(info.isSymbolicLink() && (await isDirectory(at)))) {
        const what = at === resolve(dir) ? "a file of that name is in the way" : `${at} is a file`;
        throw new InputError(`cannot create directory ${dir}: ${what} (ENOTDIR)`);
      }
      break;
    }
    missing.push(at);
    const parent = dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (const path of missing.reverse()) {
    try {
      await mkdir(path);
    } catch (error) {
      if (errorCode(error) === "EEXIST" && (await isDirectory(path))) continue; // a concurrent run made it
      throw new InputError(`cannot create directory ${dir}: ${describeSystemError(error)}`);
    }
  }
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

/**
 * Makes `dir` (a directory at or below `outDir`) and returns its real path, refusing to follow a
 * symbolic link whose real target lies outside the real output directory: a pull request can
 * commit `reports/2024-05 -> /home/ci/.ssh`. Nothing is created outside it: each component is
 * looked at before the next is made, and a dangling link is refused, never created through.
 */
export async function directoryInside(outDir: string, dir: string): Promise<string> {
  await makeDirectory(outDir);
  const realOut = await realpath(outDir);
  const rel = relative(resolve(outDir), resolve(dir));
  if (!isWithin(resolve(outDir), resolve(dir))) {
    throw new InputError(`refusing to write in ${dir}: outside the output directory ${outDir}`);
  }
  let current = realOut;
  let shown = outDir;
  for (const part of rel === "" ? [] : rel.split(sep)) {
    const next = join(current, part);
    shown = join(shown, part);
    const info = await lstat(next).catch(() => undefined);
    if (info === undefined) {
      await makeDirectory(next);
      current = next;
    } else if (info.isSymbolicLink()) {
      const target = await realpath(next).catch(() => undefined);
      if (target === undefined || !isWithin(realOut, target)) {
        throw new InputError(
          `refusing to write in ${shown}: it is a symbolic link ${target === undefined ? "to nothing" : `to ${target}`}, outside the output directory ${outDir}`,
        );
      }
      current = target;
    } else if (info.isDirectory()) {
      current = next;
    } else {
      throw new InputError(`cannot write in ${shown}: it is not a directory`);
    }
  }
  return current;
}

/**
 * The output directory `reports.out` of slm.config.yaml names, which must stay inside the
 * repository — by its text and by its real path (a committed `reports -> /elsewhere` link counts
 * as elsewhere). A directory outside is the user's own choice, made with `--out`.
 */
export async function configOutputDirectory(root: string, out: string): Promise<string> {
  const hint = "use --out DIR to write reports elsewhere";
  // Validation reports this first (the same parser); checked again where the path is used.
  const text = parseRepositoryPath(out);
  if (!text.ok) throw new InputError(`reports.out in slm.config.yaml: ${text.error}; ${hint}`);
  const dir = resolve(root, out);
  const realRoot = await realpath(root);
  // The deepest part of the path that exists decides where the rest will be created.
  let existing = dir;
  while (!(await lstat(existing).catch(() => undefined))) existing = dirname(existing);
  const real = await realpath(existing).catch(() => undefined); // undefined: a dangling link
  if (real === undefined || !isWithin(realRoot, real)) {
    throw new InputError(
      `reports.out "${out}" in slm.config.yaml leads outside the repository through a symbolic link (${relative(root, existing) || "."}); ${hint}`,
    );
  }
  return dir;
}
