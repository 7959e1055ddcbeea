/**
 * What a failed file-system call means, in words a user acts on, with the code for searching:
 * "permission denied (EACCES)". Every message that reports an I/O failure ends this way, so a
 * read-only file system reads as one, not as "unexpected error" or a bare ENOENT.
 */
const MEANINGS: Record<string, string> = {
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
  EXDEV: "not on the same file system",
};

export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** "permission denied (EACCES)"; the error's own first line when it carries no code. */
export function describeSystemError(error: unknown): string {
  const code = errorCode(error);
  if (code === undefined) return (error instanceof Error ? error.message : String(error)).split("\n")[0]!;
  const meaning = MEANINGS[code];
  return meaning === undefined ? code : `${meaning} (${code})`;
}
