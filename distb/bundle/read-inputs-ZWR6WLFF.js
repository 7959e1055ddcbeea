import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-RMJS7MV5.js";
import {
  compareStrings
} from "./chunk-2EXGQLEF.js";
import "./chunk-KBDRPUOI.js";

// dist/openslo/read-inputs.js
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
var OPENSLO_FILE = /\.(ya?ml|json)$/i;
function readOpenSloInputs(cwd, paths) {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir).sort(compareStrings)) {
      if (entry === "node_modules" || entry.startsWith("."))
        continue;
      const path = join(dir, entry);
      if (statSync(path).isDirectory())
        walk(path);
      else if (OPENSLO_FILE.test(entry))
        files.push(path);
    }
  };
  for (const given of paths) {
    const absolute = resolve(cwd, given);
    let info;
    try {
      info = statSync(absolute);
    } catch {
      throw new InputError(`no such file or directory: ${given}`);
    }
    if (info.isDirectory())
      walk(absolute);
    else
      files.push(absolute);
  }
  if (files.length === 0)
    throw new InputError(`no OpenSLO files (*.yaml, *.yml, *.json) in ${paths.join(", ")}`);
  return files.map((file) => ({
    file: relative(cwd, file).split("\\").join("/") || file,
    text: readFileSync(file, "utf8")
  }));
}
export {
  readOpenSloInputs
};
