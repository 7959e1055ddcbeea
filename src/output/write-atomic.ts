import { rmSync } from "node:fs";
import { rename, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { InputError } from "../core/errors.js";
import { describeSystemError } from "../core/system-errors.js";
import { directoryInside, makeDirectory } from "./directories.js";
import { releaseTemporary, sweepStaleTemporaries, temporaryName, trackTemporary } from "./temporaries.js";

export interface WriteOptions {
  /** The output directory the file must really be inside (symbolic links resolved). */
  inside?: string;
}

/**
 * Writes a file so that readers see either the old content or the whole new one: the content goes
 * to a temporary file in the same directory (same file system), which is then renamed over the
 * target. The temporary is removed on failure and on SIGINT/SIGTERM (see temporaries.ts).
 */
export async function writeFileAtomic(
  path: string,
  content: string | Uint8Array,
  options: WriteOptions = {},
): Promise<void> {
  const dir =
    options.inside === undefined
      ? await makeDirectory(dirname(path)).then(() => dirname(path))
      : await directoryInside(options.inside, dirname(path));
  if (options.inside !== undefined) sweepStaleTemporaries(options.inside, { subdirectories: true });
  sweepStaleTemporaries(dir);
  // Written and renamed in the real directory: a link swapped in meanwhile is not followed.
  const target = join(dir, basename(path));
  const temp = join(dir, temporaryName(basename(path)));
  trackTemporary(temp, "file");
  try {
    await writeFile(temp, content);
    await rename(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new InputError(`cannot write ${path}: ${describeSystemError(error)}`);
  } finally {
    releaseTemporary(temp);
  }
}
