import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  directoryInside,
  makeDirectory
} from "./chunk-6D6XSSKZ.js";
import {
  releaseTemporary,
  sweepStaleTemporaries,
  temporaryName,
  trackTemporary
} from "./chunk-RPUZS6BB.js";
import {
  InputError
} from "./chunk-RMJS7MV5.js";
import {
  describeSystemError
} from "./chunk-DQJTU72Y.js";

// dist/output/write-atomic.js
import { rmSync } from "node:fs";
import { rename, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
async function writeFileAtomic(path, content, options = {}) {
  const dir = options.inside === void 0 ? await makeDirectory(dirname(path)).then(() => dirname(path)) : await directoryInside(options.inside, dirname(path));
  if (options.inside !== void 0)
    sweepStaleTemporaries(options.inside, { subdirectories: true });
  sweepStaleTemporaries(dir);
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

export {
  writeFileAtomic
};
