import type { FileHandle } from "node:fs/promises";
import { InputError } from "../core/errors.js";

/** What the transcoding loop drives: the CSV parser of csv-stream.ts. */
interface PushParser {
  push(data: Buffer): number;
  end(rest: Buffer): void;
  rowTooLong(limit: number): never;
}

const CHUNK = 1 << 20;
const LF = 0x0a;

/**
 * Reads a file in another encoding than UTF-8 (SPEC §12 `encoding`) and feeds the parser UTF-8:
 * the raw bytes are cut only after a line feed (in UTF-16, after a whole LF code unit), so no
 * character is ever split between two reads, then each piece is decoded by `TextDecoder` (fatal:
 * bytes invalid in the encoding are an error naming the file and line) and encoded as UTF-8 into
 * one reused buffer. ASCII-compatible encodings (GB18030, GBK, Big5, Shift_JIS, Windows-1252…)
 * never use 0x0A inside a multi-byte character, so the cut is safe for all of them.
 */
export async function streamTranscoded(
  file: FileHandle,
  parser: PushParser,
  encoding: string,
  name: string,
  options: { onChunk?: (chunk: Buffer) => void; chunkSize?: number; maxRowBytes?: number },
): Promise<void> {
  // ignoreBOM: a byte order mark stays in the text (the parser drops it at the file's start; a
  // fresh decode per piece would otherwise drop a U+FEFF that starts any later piece).
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  const unit = encoding === "utf-16le" || encoding === "utf-16be" ? 2 : 1;
  const bigEndian = encoding === "utf-16be";
  const limit = options.maxRowBytes ?? 16 * 1024 * 1024;
  let raw = Buffer.allocUnsafe(options.chunkSize ?? CHUNK);
  let rawKept = 0;
  let utf8 = Buffer.allocUnsafe(raw.length * 3);
  let utf8Kept = 0;
  let line = 1;
  const feed = (text: string, final: boolean) => {
    const need = utf8Kept + text.length * 3;
    if (need > utf8.length) {
      const bigger = Buffer.allocUnsafe(need);
      utf8.copy(bigger, 0, 0, utf8Kept);
      utf8 = bigger;
    }
    const filled = utf8Kept + utf8.write(text, utf8Kept, "utf8");
    if (final) {
      const consumed = parser.push(utf8.subarray(0, filled));
      parser.end(utf8.subarray(consumed, filled));
      return;
    }
    const consumed = parser.push(utf8.subarray(0, filled));
    utf8.copyWithin(0, consumed, filled);
    utf8Kept = filled - consumed;
  };
  const repair = encoding === "windows-1252" ? repairWindows1252 : (text: string) => text;
  const decode = (bytes: Buffer): string => {
    let text: string;
    try {
      text = repair(decoder.decode(bytes));
    } catch {
      throw new InputError(
        `${name}:${line + badLine(bytes, encoding, unit, bigEndian)}: bytes that are not valid ${encoding}; check the encoding of its DataSource`,
      );
    }
    let at = text.indexOf("\n");
    while (at !== -1) {
      line++;
      at = text.indexOf("\n", at + 1);
    }
    return text;
  };
  for (;;) {
    if (rawKept === raw.length) {
      // A line longer than the buffer: grow it, up to the row limit.
      if (raw.length >= limit) parser.rowTooLong(limit);
      const bigger = Buffer.allocUnsafe(raw.length * 2);
      raw.copy(bigger, 0, 0, rawKept);
      raw = bigger;
    }
    const { bytesRead } = await file.read(raw, rawKept, raw.length - rawKept, null);
    if (bytesRead === 0) break;
    options.onChunk?.(raw.subarray(rawKept, rawKept + bytesRead));
    const filled = rawKept + bytesRead;
    const cut = lastLineEnd(raw, filled, unit, bigEndian);
    if (cut > 0) feed(decode(raw.subarray(0, cut)), false);
    raw.copyWithin(0, cut, filled);
    rawKept = filled - cut;
  }
  feed(decode(raw.subarray(0, rawKept)), true);
}

/** The offset just after the last line feed of `buf[0, end)` (0 when there is none). */
function lastLineEnd(buf: Buffer, end: number, unit: number, bigEndian: boolean): number {
  if (unit === 1) return buf.lastIndexOf(LF, end - 1) + 1;
  for (let k = end - 2 - ((end - 2) % 2); k >= 0; k -= 2) {
    if (bigEndian ? buf[k] === 0 && buf[k + 1] === LF : buf[k] === LF && buf[k + 1] === 0) return k + 2;
  }
  return 0;
}

/** Which line (0-based, within `bytes`) holds the first byte sequence the encoding rejects. */
function badLine(bytes: Buffer, encoding: string, unit: number, bigEndian: boolean): number {
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  let start = 0;
  let index = 0;
  while (start < bytes.length) {
    let end = start;
    for (; end < bytes.length; end += unit) {
      if (
        unit === 1
          ? bytes[end] === LF
          : bigEndian
            ? bytes[end] === 0 && bytes[end + 1] === LF
            : bytes[end] === LF && bytes[end + 1] === 0
      ) {
        end += unit;
        break;
      }
    }
    try {
      decoder.decode(bytes.subarray(start, Math.min(end, bytes.length)));
    } catch {
      return index;
    }
    start = end;
    index++;
  }
  return index;
}

/**
 * Windows-1252's bytes 0x80–0x9F (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ). Node 20's
 * TextDecoder decodes windows-1252 (and its WHATWG aliases latin1, iso-8859-1) as ISO-8859-1,
 * turning these into C1 control characters (tested on v20.20); the five bytes WHATWG leaves
 * undefined map to themselves either way, so applying this to a correct decoder changes nothing.
 */
const WINDOWS_1252_C1 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function repairWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]!);
}
