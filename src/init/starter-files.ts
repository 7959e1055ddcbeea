import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, posix } from "node:path";
import { compareStrings } from "../core/compare.js";
import { packagePath } from "../core/package-files.js";
import { DAY_MS } from "../core/units.js";
import { VERSION } from "../core/version.js";

export interface StarterFile {
  /** POSIX path relative to the target directory. */
  path: string;
  content: string;
}

/** `templates/init/` at the package root: the starter repository, file by file. */
export const INIT_TEMPLATE_DIR = packagePath("templates/init/");

/**
 * A small but complete repository: every kind once (plus what makes coverage meaningful), sample
 * exports, a package.json pinning slm, CI and editor set-up, read from templates/init. Dates derive from `today` so the
 * result validates cleanly on the day it is created (no ended term, no overdue review) and the
 * sample data falls in last month: `{{today}}`, `{{year}}`, `{{month}}` (last month), `{{in30days}}` and
 * `{{version}}` are replaced.
 */
export function starterFiles(today: Date): StarterFile[] {
  const year = today.getUTCFullYear();
  const last = new Date(Date.UTC(year, today.getUTCMonth() - 1, 1));
  const values: Record<string, string> = {
    today: today.toISOString().slice(0, 10),
    year: String(year),
    month: last.toISOString().slice(0, 7),
    in30days: new Date(today.getTime() + 30 * DAY_MS).toISOString().slice(0, 10),
    version: VERSION,
  };
  return templateFiles(INIT_TEMPLATE_DIR, "").map((path) => ({
    path: RENAMED[path] ?? path,
    content: readFileSync(join(INIT_TEMPLATE_DIR, path), "utf8").replace(
      /\{\{(\w+)\}\}/g,
      (whole, name: string) => values[name] ?? whole,
    ),
  }));
}

/** npm leaves `.gitignore` files out of packages (and renames them), so the template has no dot. */
const RENAMED: Record<string, string> = { gitignore: ".gitignore" };

function templateFiles(root: string, dir: string): string[] {
  return readdirSync(join(root, dir))
    .sort(compareStrings)
    .flatMap((entry) => {
      const path = dir === "" ? entry : posix.join(dir, entry);
      return statSync(join(root, path)).isDirectory() ? templateFiles(root, path) : [path];
    });
}
