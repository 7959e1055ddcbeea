import { existsSync } from "node:fs";
import { join } from "node:path";
import { InputError } from "../core/errors.js";
import { writeFileAtomic } from "../output/write-atomic.js";
import type { StarterFile } from "./starter-files.js";

/**
 * Writes the starter files under `dir`. Nothing is written when any file already exists (unless
 * `force`): init never half-overwrites someone's repository.
 */
export async function writeStarter(
  dir: string,
  files: readonly StarterFile[],
  options: { force: boolean },
): Promise<void> {
  if (!options.force) {
    const existing: string[] = [];
    for (const f of files) if (existsSync(join(dir, f.path))) existing.push(f.path);
    if (existing.length > 0) {
      const shown =
        existing.slice(0, 3).join(", ") + (existing.length > 3 ? ` and ${existing.length - 3} more` : "");
      throw new InputError(`refusing to overwrite existing files: ${shown} (use --force to overwrite)`);
    }
  }
  for (const f of files) await writeFileAtomic(join(dir, f.path), f.content);
}
