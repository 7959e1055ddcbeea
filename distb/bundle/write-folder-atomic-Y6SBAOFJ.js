import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  makeDirectory
} from "./chunk-6D6XSSKZ.js";
import "./chunk-7CIBHZEB.js";
import "./chunk-U4VTH3HM.js";
import {
  releaseTemporary,
  sweepStaleTemporaries,
  temporaryName,
  trackTemporary
} from "./chunk-RPUZS6BB.js";
import "./chunk-VYAAX46D.js";
import {
  InputError
} from "./chunk-RMJS7MV5.js";
import {
  describeSystemError,
  errorCode
} from "./chunk-DQJTU72Y.js";
import "./chunk-KBDRPUOI.js";

// dist/output/write-folder-atomic.js
import { readdirSync, rmSync } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
function checkFolderFree(dir, shown, force) {
  if (force)
    return;
  let entries;
  try {
    entries = readdirSync(dir);
  } catch (error) {
    if (errorCode(error) === "ENOENT")
      return;
    if (errorCode(error) === "ENOTDIR")
      throw new InputError(`${shown}: a file of that name is in the way`);
    throw new InputError(`cannot read ${shown}: ${describeSystemError(error)}`);
  }
  if (entries.length > 0)
    throw new InputError(`${shown} is not empty (use --force to replace it)`);
}
async function writeFolderAtomic(dir, files, options) {
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
      if (errorCode(error) !== "ENOENT")
        throw error;
    }
    try {
      await rename(temp, dir);
    } catch (error) {
      if (replaced)
        await rename(aside, dir);
      throw error;
    }
    if (replaced)
      rmSync(aside, { recursive: true, force: true });
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw new InputError(`cannot write ${options.shown}: ${describeSystemError(error)}`);
  } finally {
    releaseTemporary(temp);
    releaseTemporary(aside);
  }
}
export {
  checkFolderFree,
  writeFolderAtomic
};
