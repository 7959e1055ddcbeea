import { fail, ok, type ParseResult } from "./result.js";

/**
 * A path that a repository file gives for something inside the repository (SPEC §10: paths from
 * files are resolved against the root and may not escape it): relative, with no `..` segment, in
 * POSIX or Windows spelling. Symbolic links are a matter of the file system, checked where the
 * path is used.
 */
export function parseRepositoryPath(input: unknown): ParseResult<string> {
  if (typeof input !== "string" || input === "") return fail("a path is a non-empty string");
  if (input.startsWith("/") || input.startsWith("\\") || /^[A-Za-z]:/.test(input)) {
    return fail(
      `"${input}" is an absolute path; a path here stays inside the repository (relative, no "..")`,
    );
  }
  if (input.split(/[\\/]/).includes("..")) {
    return fail(`"${input}" leads out of the repository; a path here stays inside it (relative, no "..")`);
  }
  return ok(input);
}
