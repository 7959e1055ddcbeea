import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { compareStrings } from "../core/compare.js";
import { InputError } from "../core/errors.js";
import type { OpenSloInput } from "./import-slos.js";

const OPENSLO_FILE = /\.(ya?ml|json)$/i;

/** The files named, and the YAML/JSON files below the directories named (sorted), as oslo reads them. */
export function readOpenSloInputs(cwd: string, paths: readonly string[]): OpenSloInput[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir).sort(compareStrings)) {
      if (entry === "node_modules" || entry.startsWith(".")) continue;
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (OPENSLO_FILE.test(entry)) files.push(path);
    }
  };
  for (const given of paths) {
    const absolute = resolve(cwd, given);
    let info: ReturnType<typeof statSync>;
    try {
      info = statSync(absolute);
    } catch {
      throw new InputError(`no such file or directory: ${given}`);
    }
    if (info.isDirectory()) walk(absolute);
    else files.push(absolute);
  }
  if (files.length === 0)
    throw new InputError(`no OpenSLO files (*.yaml, *.yml, *.json) in ${paths.join(", ")}`);
  return files.map((file) => ({
    file: relative(cwd, file).split("\\").join("/") || file,
    text: readFileSync(file, "utf8"),
  }));
}
