import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { tempDir } from "./cli.js";
import { ROOT } from "./paths.js";

export interface PackedPackage {
  tarball: string;
  /** Paths inside the package, as `npm pack` lists them. */
  files: string[];
}

let packed: PackedPackage | undefined;

/**
 * THE package as npm would publish it: `npm pack` of the project (dist/ is built by the global
 * setup; `--ignore-scripts` skips rebuilding it), once per test file.
 */
export function packPackage(): PackedPackage {
  if (packed) return packed;
  const dir = tempDir("slm-pack-");
  const out = execFileSync("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", dir], {
    cwd: ROOT,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  const [info] = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
  packed = { tarball: join(dir, info!.filename), files: info!.files.map((f) => f.path) };
  return packed;
}

/** Installs the packed tarball into `dir` as a user would (npm's cache serves the dependencies). */
export function installPackage(dir: string, tarball: string): void {
  execFileSync(
    "npm",
    ["install", tarball, "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"],
    {
      cwd: dir,
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 240_000,
    },
  );
}
