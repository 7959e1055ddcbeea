import { isAbsolute, relative, resolve, sep } from "node:path";
import { InputError } from "../core/errors.js";

/**
 * `<out>/<period>/<agreement>.<ext>`, refused if it would land outside the output directory
 * (SPEC §10: no file outside it is written, whatever a name or period label holds).
 */
export function reportPath(outDir: string, periodLabel: string, name: string, ext: string): string {
  const path = resolve(outDir, periodLabel, `${name}.${ext}`);
  const rel = relative(resolve(outDir), path);
  if (rel === "" || rel.startsWith(`..${sep}`) || rel === ".." || isAbsolute(rel)) {
    throw new InputError(`refusing to write ${path}: outside the output directory ${outDir}`);
  }
  return path;
}
