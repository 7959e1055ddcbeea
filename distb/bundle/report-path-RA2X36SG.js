import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-RMJS7MV5.js";
import "./chunk-KBDRPUOI.js";

// dist/output/report-path.js
import { isAbsolute, relative, resolve, sep } from "node:path";
function reportPath(outDir, periodLabel, name, ext) {
  const path = resolve(outDir, periodLabel, `${name}.${ext}`);
  const rel = relative(resolve(outDir), path);
  if (rel === "" || rel.startsWith(`..${sep}`) || rel === ".." || isAbsolute(rel)) {
    throw new InputError(`refusing to write ${path}: outside the output directory ${outDir}`);
  }
  return path;
}
export {
  reportPath
};
