import { realpathSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { glob } from "tinyglobby";
import { compareStrings } from "../core/compare.js";
import { InputError } from "../core/errors.js";
import type { DataSource } from "../core/model.js";
import { isWithin } from "../core/path-inside.js";
import { parseRepositoryPath } from "../core/values/repository-path.js";
import type { InputFile } from "./records.js";

/**
 * The files a DataSource reads: `--data NAME=FILE` when given (a path on the command line, taken
 * relative to the working directory), else its `path` glob relative to the repository root. A glob
 * may not reach outside the root (SPEC §10), not even through a symbolic link.
 */
export async function resolveSourceFiles(
  source: DataSource,
  root: string,
  cwd: string,
  override: string | undefined,
): Promise<InputFile[]> {
  const name = source.metadata.name;
  if (override !== undefined) {
    const absolute = resolve(cwd, override);
    return [
      { file: toPosix(isWithin(root, absolute) ? relative(root, absolute) : override), absolute, sha256: "" },
    ];
  }
  if (source.path === undefined) {
    throw new InputError(`DataSource ${name} has no path; pass --data ${name}=FILE`);
  }
  const inside = parseRepositoryPath(source.path);
  if (!inside.ok) throw new InputError(`DataSource ${name}: path ${inside.error}`);
  const pattern = source.path.replaceAll("\\", "/");
  const found = await glob([pattern], { cwd: root, absolute: true, onlyFiles: true, dot: false });
  const realRoot = realpathSync(root);
  const files = found
    .map((absolute) => {
      if (!isWithin(realRoot, realpathSync(absolute))) {
        throw new InputError(
          `DataSource ${name}: ${toPosix(relative(root, absolute))} leads outside the repository`,
        );
      }
      return { file: toPosix(relative(root, absolute)), absolute, sha256: "" };
    })
    .sort((a, b) => compareStrings(a.file, b.file));
  if (files.length === 0) throw new InputError(`DataSource ${name}: path "${source.path}" matches no file`);
  return files;
}

function toPosix(path: string): string {
  return path.split(sep).join("/");
}
