import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  isWithin
} from "./chunk-7CIBHZEB.js";
import {
  parseRepositoryPath
} from "./chunk-U4VTH3HM.js";
import {
  InputError
} from "./chunk-RMJS7MV5.js";
import {
  describeSystemError,
  errorCode
} from "./chunk-DQJTU72Y.js";

// dist/output/directories.js
import { lstat, mkdir, realpath, stat } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
async function makeDirectory(dir) {
  const missing = [];
  let at = resolve(dir);
  for (; ; ) {
    const info = await lstat(at).catch(() => void 0);
    if (info) {
      if (!info.isDirectory() && !(info.isSymbolicLink() && await isDirectory(at))) {
        const what = at === resolve(dir) ? "a file of that name is in the way" : `${at} is a file`;
        throw new InputError(`cannot create directory ${dir}: ${what} (ENOTDIR)`);
      }
      break;
    }
    missing.push(at);
    const parent = dirname(at);
    if (parent === at)
      break;
    at = parent;
  }
  for (const path of missing.reverse()) {
    try {
      await mkdir(path);
    } catch (error) {
      if (errorCode(error) === "EEXIST" && await isDirectory(path))
        continue;
      throw new InputError(`cannot create directory ${dir}: ${describeSystemError(error)}`);
    }
  }
}
async function isDirectory(path) {
  return (await stat(path).catch(() => void 0))?.isDirectory() ?? false;
}
async function directoryInside(outDir, dir) {
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
    const info = await lstat(next).catch(() => void 0);
    if (info === void 0) {
      await makeDirectory(next);
      current = next;
    } else if (info.isSymbolicLink()) {
      const target = await realpath(next).catch(() => void 0);
      if (target === void 0 || !isWithin(realOut, target)) {
        throw new InputError(`refusing to write in ${shown}: it is a symbolic link ${target === void 0 ? "to nothing" : `to ${target}`}, outside the output directory ${outDir}`);
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
async function configOutputDirectory(root, out) {
  const hint = "use --out DIR to write reports elsewhere";
  const text = parseRepositoryPath(out);
  if (!text.ok)
    throw new InputError(`reports.out in slm.config.yaml: ${text.error}; ${hint}`);
  const dir = resolve(root, out);
  const realRoot = await realpath(root);
  let existing = dir;
  while (!await lstat(existing).catch(() => void 0))
    existing = dirname(existing);
  const real = await realpath(existing).catch(() => void 0);
  if (real === void 0 || !isWithin(realRoot, real)) {
    throw new InputError(`reports.out "${out}" in slm.config.yaml leads outside the repository through a symbolic link (${relative(root, existing) || "."}); ${hint}`);
  }
  return dir;
}

export {
  makeDirectory,
  directoryInside,
  configOutputDirectory
};
