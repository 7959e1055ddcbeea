import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  CONFIG_FILES
} from "./chunk-OT7COJM5.js";

// dist/repository/repository-root.js
import { existsSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
function findRepositoryRoot(start) {
  const from = resolve(start);
  const configDir = findUp(from, (dir) => CONFIG_FILES.some((name) => existsSync(join(dir, name))));
  if (configDir)
    return configDir;
  return findUp(from, (dir) => existsSync(join(dir, ".git"))) ?? from;
}
function workTreePrefix(root) {
  const top = findUp(resolve(root), (dir) => existsSync(join(dir, ".git")));
  if (top === void 0)
    return "";
  const rel = relative(top, resolve(root)).split(sep).join("/");
  return rel === "" ? "" : `${rel}/`;
}
function findUp(from, test) {
  let dir = from;
  for (; ; ) {
    if (test(dir))
      return dir;
    const parent = dirname(dir);
    if (parent === dir)
      return void 0;
    dir = parent;
  }
}

export {
  findRepositoryRoot,
  workTreePrefix
};
