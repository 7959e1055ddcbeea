import { readdirSync, rmSync } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { InputError } from "../core/errors.js";
import { describeSystemError, errorCode } from "../core/system-errors.js";
import { makeDirectory } from "./directories.js";
import { releaseTemporary, sweepStaleTemporaries, temporaryName, trackTemporary } from "./temporaries.js";

/**
 * Refuses a folder that exists and holds anything, unless `force`: a pack written over another
 * folder's files would mix them. Checked before any work, and again when the folder is renamed.
 */
export function checkFolderFree(dir: string, shown: string, force: boolean): void {
  if (force) return;
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch (error) {
    if (errorCode(error) === "ENOENT") return;
    if (errorCode(error) === "ENOTDIR") throw new InputError(`${shown}: a file of that name is in the way`);
    throw new InputError(`cannot read ${shown}: ${describeSystemError(error)}`);
  }
  if (entries.length > 0) throw new InputError(`${shown} is not empty (use --force to replace it)`);
}

/**
 * Writes a whole folder so that readers see either the old folder or the complete new one: every
 * file goes into a temporary sibling folder, which is then renamed into place (an old folder is
 * first renamed aside, then removed). Interrupted, only the temporary remains, and it is removed on
 * SIGINT/SIGTERM (temporaries.ts) or by the next run in the same parent.
 */
export async function writeFolderAtomic(
  dir: string,
  files: readonly { path: string; content: string | Uint8Array }[],
  options: { force: boolean; shown: string },
): Promise<void> {
  const parent = dirname(dir);
  await makeDirectory(parent);
  sweepStaleTemporaries(parent);
  checkFolderFree(dir, options.shown, options.force);
  const temp = join(parent, temporaryName(basename(dir)));
  const aside = join(parent, temporaryName(`${basename(dir)}.old`));
  trackTemporary(temp, "directory");
  try {
    await mkdir(temp);
    for (const f of files) {
      const target = join(temp, ...f.path.split("/"));
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, f.content);
    }
    trackTemporary(aside, "directory");
    let replaced = false;
    try {
      await rename(dir, aside);
      replaced = true;
    } catch (error) {
      if (errorCode(error) !== "ENOENT") throw error;
    }
    try {
      await rename(temp, dir);
    } catch (error) {
      // The old folder goes back where it was: never no folder at all.
      if (replaced) await rename(aside, dir);
      throw error;
    }
    if (replaced) rmSync(aside, { recursive: true, force: true });
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw new InputError(`cannot write ${options.shown}: ${describeSystemError(error)}`);
  } finally {
    releaseTemporary(temp);
    releaseTemporary(aside);
  }
}
