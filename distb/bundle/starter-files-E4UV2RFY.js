import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  DAY_MS
} from "./chunk-YUZ4Y2P5.js";
import {
  VERSION
} from "./chunk-J6GEGBRI.js";
import {
  packagePath
} from "./chunk-ITEXS6TC.js";
import {
  compareStrings
} from "./chunk-2EXGQLEF.js";
import "./chunk-KBDRPUOI.js";

// dist/init/starter-files.js
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, posix } from "node:path";
var INIT_TEMPLATE_DIR = packagePath("templates/init/");
function starterFiles(today) {
  const year = today.getUTCFullYear();
  const last = new Date(Date.UTC(year, today.getUTCMonth() - 1, 1));
  const values = {
    today: today.toISOString().slice(0, 10),
    year: String(year),
    month: last.toISOString().slice(0, 7),
    in30days: new Date(today.getTime() + 30 * DAY_MS).toISOString().slice(0, 10),
    version: VERSION
  };
  return templateFiles(INIT_TEMPLATE_DIR, "").map((path) => ({
    path: RENAMED[path] ?? path,
    content: readFileSync(join(INIT_TEMPLATE_DIR, path), "utf8").replace(/\{\{(\w+)\}\}/g, (whole, name) => values[name] ?? whole)
  }));
}
var RENAMED = { gitignore: ".gitignore" };
function templateFiles(root, dir) {
  return readdirSync(join(root, dir)).sort(compareStrings).flatMap((entry) => {
    const path = dir === "" ? entry : posix.join(dir, entry);
    return statSync(join(root, path)).isDirectory() ? templateFiles(root, path) : [path];
  });
}
export {
  INIT_TEMPLATE_DIR,
  starterFiles
};
