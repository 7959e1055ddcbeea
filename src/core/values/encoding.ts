import { fail, ok, type ParseResult } from "./result.js";

/**
 * A character encoding of an export, as a WHATWG label (`gb18030`, `windows-1252`, `utf-16le`…):
 * the labels `TextDecoder` knows, so the schema accepts exactly what the reader can decode. The
 * result is the encoding's canonical name (`latin1` and `iso-8859-1` are `windows-1252` there).
 */
export function parseEncoding(input: unknown): ParseResult<string> {
  if (typeof input !== "string" || input.trim() === "")
    return fail("an encoding is a WHATWG name such as utf-8, gb18030, windows-1252 or utf-16le");
  try {
    const name = new TextDecoder(input.trim()).encoding;
    return ok(name);
  } catch {
    return fail(
      `unknown encoding "${input}" (expected a WHATWG name such as utf-8, gb18030, gbk, big5, shift_jis, windows-1252, iso-8859-1, utf-16le or utf-16be)`,
    );
  }
}
