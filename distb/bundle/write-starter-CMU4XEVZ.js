import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  writeFileAtomic
} from "./chunk-4OXASINK.js";
import "./chunk-6D6XSSKZ.js";
import "./chunk-7CIBHZEB.js";
import "./chunk-U4VTH3HM.js";
import "./chunk-RPUZS6BB.js";
import "./chunk-VYAAX46D.js";
import {
  InputError
} from "./chunk-RMJS7MV5.js";
import "./chunk-DQJTU72Y.js";
import "./chunk-KBDRPUOI.js";

// dist/init/write-starter.js
import { existsSync } from "node:fs";
import { join } from "node:path";
async function writeStarter(dir, files, options) {
  if (!options.force) {
    const existing = [];
    for (const f of files)
      if (existsSync(join(dir, f.path)))
        existing.push(f.path);
    if (existing.length > 0) {
      const shown = existing.slice(0, 3).join(", ") + (existing.length > 3 ? ` and ${existing.length - 3} more` : "");
      throw new InputError(`refusing to overwrite existing files: ${shown} (use --force to overwrite)`);
    }
  }
  for (const f of files)
    await writeFileAtomic(join(dir, f.path), f.content);
}
export {
  writeStarter
};
