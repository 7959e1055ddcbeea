import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);

// dist/output/temporaries.js
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
var live = /* @__PURE__ */ new Map();
var watcher;
function watchTemporaries(callback) {
  watcher = callback;
}
function trackTemporary(path, kind) {
  live.set(path, kind);
  if (live.size === 1)
    watcher?.(true);
}
function releaseTemporary(path) {
  if (live.delete(path) && live.size === 0)
    watcher?.(false);
}
function removeTemporariesNow() {
  for (const [path, kind] of live) {
    try {
      rmSync(path, { force: true, recursive: kind === "directory" });
    } catch {
    }
  }
  live.clear();
  watcher?.(false);
}
var TEMPORARY = /^\..+\.(\d+)\.\d+\.tmp$/;
function temporaryName(file) {
  return `.${file}.${process.pid}.${Date.now()}.tmp`;
}
var swept = /* @__PURE__ */ new Set();
function sweepStaleTemporaries(dir, options = {}) {
  if (swept.has(dir))
    return;
  swept.add(dir);
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (options.subdirectories && entry.isDirectory())
      sweepStaleTemporaries(join(dir, entry.name));
    const name = entry.name;
    const pid = TEMPORARY.exec(name)?.[1];
    if (!entry.isFile() || pid === void 0 || Number(pid) === process.pid || isAlive(Number(pid)))
      continue;
    try {
      rmSync(join(dir, name), { force: true });
    } catch {
    }
  }
}
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

export {
  watchTemporaries,
  trackTemporary,
  releaseTemporary,
  removeTemporariesNow,
  temporaryName,
  sweepStaleTemporaries
};
