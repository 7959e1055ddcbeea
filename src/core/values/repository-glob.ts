import { fail, ok, type ParseResult } from "./result.js";

/**
 * A glob relative to the repository root (a DataSource `path`): paths from files may not leave
 * the repository (SPEC §10), so an absolute path, a drive letter or a `..` segment is refused by
 * its text; links that lead outside are refused when the files are resolved.
 */
export function parseRepositoryGlob(input: unknown): ParseResult<string> {
  if (typeof input !== "string" || input.trim() === "") return fail("a path is a glob such as data/*.csv");
  const pattern = input.replaceAll("\\", "/");
  if (pattern.startsWith("/") || /^[A-Za-z]:/.test(pattern) || pattern.split("/").includes("..")) {
    return fail(`path "${input}" must stay inside the repository (relative to its root, no "..")`);
  }
  return ok(input);
}
