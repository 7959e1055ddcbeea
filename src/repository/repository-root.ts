import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
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

function findUp(from: string, test: (dir: string) => boolean): string | undefined {
  let dir = from;
  for (;;) {
    if (test(dir)) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
