import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);

// dist/core/system-errors.js
var MEANINGS = {
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "read-only file system",
  ENOSPC: "no space left on device",
  EDQUOT: "disk quota exceeded",
  ENOENT: "no such file or directory",
  ENOTDIR: "a part of the path is not a directory",
  EISDIR: "is a directory",
  EEXIST: "already exists",
  ELOOP: "too many levels of symbolic links",
  ENAMETOOLONG: "file name too long",
  EMFILE: "too many open files",
  ENFILE: "too many open files in the system",
  EIO: "input/output error",
  EBUSY: "resource busy",
  ETXTBSY: "file busy",
  EXDEV: "not on the same file system"
};
function errorCode(error) {
  const code = error?.code;
  return typeof code === "string" ? code : void 0;
}
function describeSystemError(error) {
  const code = errorCode(error);
  if (code === void 0)
    return (error instanceof Error ? error.message : String(error)).split("\n")[0];
  const meaning = MEANINGS[code];
  return meaning === void 0 ? code : `${meaning} (${code})`;
}

export {
  errorCode,
  describeSystemError
};
