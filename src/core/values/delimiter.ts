import { fail, ok, type ParseResult } from "./result.js";

/**
 * A CSV field delimiter: one ASCII character that is not a quote or a line break (a quote would
 * make every field a quoted one; a line break would make every field a row).
 */
export function parseDelimiter(input: unknown): ParseResult<string> {
  if (typeof input !== "string" || input.length !== 1 || input.charCodeAt(0) > 127)
    return fail(`delimiter ${JSON.stringify(input)} must be a single ASCII character`);
  if (input === '"' || input === "\n" || input === "\r")
    return fail(`delimiter ${JSON.stringify(input)} cannot be a quote or a line break`);
  return ok(input);
}
