import { existsSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { CONFIG_FILES } from "./config.js";

/**
 * The repository root: the nearest ancestor holding slm.config.yaml (or .yml), else the git work-tree root,
 * else the starting directory (SPEC §1). `-C DIR` makes DIR the starting directory.
 */
export function findRepositoryRoot(start: string): string {
  const from = resolve(start);
  const configDir = findUp(from, (dir) => CONFIG_FILES.some((name) => existsSync(join(dir, name))));
  if (configDir) return configDir;
  return findUp(from, (dir) => existsSync(join(dir, ".git"))) ?? from;
}

/**
 * The path of the repository root relative to its git work-tree root, POSIX, with a trailing
 * slash ("platform/slm/"), or "" when the root is the work-tree root or not inside one. CI
 * annotations (GitHub, SARIF) name files from the work-tree root, not from slm's root.
 */
export function workTreePrefix(root: string): string {
  const top = findUp(resolve(root), (dir) => existsSync(join(dir, ".git")));
  if (top === undefined) return "";
  const rel = relative(top, resolve(root)).split(sep).join("/");
  return rel === "" ? "" : `${rel}/`;
}

function findUp(from: string, test: (dir: string) => boolean): string | undefined {
  let dir = from;
  for (;;) {
    if (test(dir)) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
