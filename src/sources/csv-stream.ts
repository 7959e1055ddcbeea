import { isUtf8 } from "node:buffer";
import { open } from "node:fs/promises";
import { InputError } from "../core/errors.js";
import { parseDelimiter } from "../core/values/delimiter.js";
import { firstInvalidUtf8 } from "../repository/file-content.js";
import { streamTranscoded } from "./transcoder.js";

/**
 * A byte-level streaming CSV reader (RFC 4180: quoted fields with delimiters, doubled quotes and
 * line breaks; CRLF or LF; a UTF-8 BOM; empty lines ignored). It was chosen over papaparse after
 * measuring both on 2M check rows (docs/measurement.md): it hands each row over as byte offsets
 * into the chunk, so the hot loop of a checks source allocates nothing per row, and memory stays
 * at one chunk plus the current partial row whatever the file size. The file is read into one
 * reused buffer (an incomplete last row is moved to its front before the next read), so reading
 * allocates no new chunk per read either: freshly allocated 1 MB chunks are external memory that
 * V8 only frees at its next garbage collection, and they made peak memory grow with the file.
 *
 * Bytes are checked as UTF-8 per chunk (natively, `isUtf8`) so that a Latin-1 or UTF-16 export is
 * an error naming the line, never silently mangled text. An export in another encoding (SPEC §12
 * `encoding`) is transcoded to UTF-8 on the way in (`transcoder.ts`), so the parser only ever sees
 * UTF-8 bytes.
 */
export interface CsvRow {
  /** The buffer the offsets point into; valid only during the callback. */
  buf: Buffer;
  /** Number of fields in the row. */
  count: number;
  /** Content start/end byte offsets per field (quotes excluded). */
  starts: Int32Array;
  ends: Int32Array;
  /** 1 when a quoted field holds doubled quotes that must be unescaped to read it. */
  escaped: Uint8Array;
  /** 1-based line number where the row starts. */
  line: number;
  /** Set when a quote was not closed properly (stray characters after a closing quote). */
  malformed: boolean;
}

export interface CsvHandlers {
  /** The first non-empty row, unless the reader is told the file has no header. */
  header(fields: string[], line: number): void;
  row(row: CsvRow): void;
}

export interface CsvOptions {
  name?: string;
  onChunk?: (chunk: Buffer) => void;
  chunkSize?: number;
  maxRowBytes?: number;
  /** WHATWG encoding of the file (default utf-8). */
  encoding?: string;
  /** false: every row is data (no header row). */
  header?: boolean;
  /**
   * Read only bytes [start, end) of the file (a byte range of a file read in parallel,
   * `parallel-checks.ts`): `start` must be a line start; past 0 no byte order mark is looked for,
   * and line numbers count from 1 at `start`.
   */
  start?: number;
  end?: number;
}

/** What a read found besides its rows. */
export interface CsvEnd {
  /** Line breaks read (the line after the last one is `breaks + 1`). */
  breaks: number;
  /**
   * Non-zero when a quoted field holds a line feed: then a file may not be cut at any line feed.
   * (A row re-read after a chunk boundary counts again: only zero or not is meaningful.)
   */
  quotedBreaks: number;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const CHUNK = 1 << 20;

/** The text of field `i` (doubled quotes unescaped). */
export function fieldText(row: CsvRow, i: number): string {
  if (i >= row.count) return "";
  const text = row.buf.toString("utf8", row.starts[i], row.ends[i]);
  return row.escaped[i] ? text.replaceAll('""', '"') : text;
}

/** Reads `path` and calls the handlers: `header` once for the first non-empty row, then `row` per row. */
export async function streamCsv(
  path: string,
  delimiter: string,
  handlers: CsvHandlers,
  options: CsvOptions = {},
): Promise<CsvEnd> {
  const name = options.name ?? path;
  const parser = new CsvParser(name, delimiter, handlers, options.header ?? true);
  const start = options.start ?? 0;
  const end = options.end ?? Number.POSITIVE_INFINITY;
  if (start > 0) parser.startsMidFile();
  const encoding = options.encoding ?? "utf-8";
  const fail = (error: unknown): never => {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read ${path}${code ? ` (${code})` : ""}`);
  };
  const file = await open(path, "r").catch(fail);
  try {
    if (encoding !== "utf-8") {
      await streamTranscoded(file, parser, encoding, name, options);
      return parser.ending();
    }
    let position = start;
    let buf = Buffer.allocUnsafe(options.chunkSize ?? CHUNK);
    // buf[0, kept) holds bytes read but not consumed yet (an incomplete row).
    let kept = 0;
    for (;;) {
      if (kept === buf.length) {
        // One row longer than the buffer: grow it (rare; memory follows the longest row), up to a
        // limit — an unclosed quote would otherwise pull the rest of the file into one "row".
        const limit = options.maxRowBytes ?? MAX_ROW_BYTES;
        if (buf.length >= limit) parser.rowTooLong(limit);
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, kept);
        buf = bigger;
      }
      const wanted = Math.min(buf.length - kept, end - position);
      if (wanted <= 0) break;
      // Sequential reads unless a range is asked for: a pipe (`--data NAME=/dev/stdin`) cannot seek.
      const at = options.start === undefined && options.end === undefined ? null : position;
      const { bytesRead } = await file.read(buf, kept, wanted, at).catch(fail);
      if (bytesRead === 0) break;
      position += bytesRead;
      options.onChunk?.(buf.subarray(kept, kept + bytesRead));
      const filled = kept + bytesRead;
      const consumed = parser.push(buf.subarray(0, filled));
      buf.copyWithin(0, consumed, filled);
      kept = filled - consumed;
    }
    parser.end(buf.subarray(0, kept));
    return parser.ending();
  } finally {
    await file.close();
  }
}

/** Parses from in-memory bytes (tests, small inputs). */
export function parseCsvBytes(
  bytes: Uint8Array,
  delimiter: string,
  handlers: CsvHandlers,
  name = "input",
  header = true,
): void {
  const parser = new CsvParser(name, delimiter, handlers, header);
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const consumed = parser.push(data);
  parser.end(data.subarray(consumed));
}

/** No real export has a row this long; past it, the quoting is broken. */
export const MAX_ROW_BYTES = 16 * 1024 * 1024;

/** The parser as the transcoding reader drives it. */
export interface CsvPushParser {
  push(data: Buffer): number;
  end(rest: Buffer): void;
  rowTooLong(limit: number): never;
}

class CsvParser implements CsvPushParser {
  private first = true;
  private headerSeen: boolean;
  private line = 1;
  private quotedBreaks = 0;
  private readonly delim: number;
  private readonly row: CsvRow;

  constructor(
    private readonly name: string,
    delimiter: string,
    private readonly handlers: CsvHandlers,
    header: boolean,
  ) {
    const checked = parseDelimiter(delimiter);
    if (!checked.ok) throw new InputError(checked.error);
    this.delim = delimiter.charCodeAt(0);
    this.headerSeen = !header;
    this.row = {
      buf: Buffer.alloc(0),
      count: 0,
      starts: new Int32Array(64),
      ends: new Int32Array(64),
      escaped: new Uint8Array(64),
      line: 1,
      malformed: false,
    };
  }

  /**
   * Parses the whole rows at the start of `data` (bytes not yet consumed, then newly read ones);
   * returns how many bytes were consumed. The rest, an incomplete row, is handed again, followed
   * by more bytes, to the next `push` or to `end`.
   */
  push(data: Buffer): number {
    let skip = 0;
    if (this.first) {
      // A BOM needs 3 bytes to be recognised: wait for them (or for the end of the file).
      if (data.length < 3) return 0;
      this.first = false;
      skip = this.bomLength(data);
    }
    const rest = skip > 0 ? data.subarray(skip) : data;
    const lastLf = rest.lastIndexOf(LF);
    if (lastLf >= 0) this.checkEncoding(rest, lastLf + 1, this.line);
    return skip + this.parse(rest, false);
  }

  /** The input starts at a line start inside a file: no byte order mark to look for. */
  startsMidFile(): void {
    this.first = false;
  }

  ending(): CsvEnd {
    return { breaks: this.line - 1, quotedBreaks: this.quotedBreaks };
  }

  rowTooLong(limit: number): never {
    throw new InputError(
      `${this.name}:${this.line}: a row longer than ${limit >= 1048576 ? `${limit / 1048576} MiB` : `${limit} bytes`} starts here (an unclosed quote?); fix the export`,
    );
  }

  /** Parses the bytes left at the end of the input (an unterminated last row). */
  end(rest: Buffer): void {
    let data = rest;
    if (this.first) {
      this.first = false;
      data = data.subarray(this.bomLength(data));
    }
    if (data.length === 0) return;
    this.checkEncoding(data, data.length, this.line);
    this.parse(data, true);
  }

  /** Refuses UTF-16; the length of a UTF-8 BOM to skip (0 or 3). */
  private bomLength(data: Buffer): number {
    if (
      data.length >= 2 &&
      ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff))
    ) {
      const le = data[0] === 0xff;
      throw new InputError(
        `${this.name} is UTF-16${le ? "LE" : "BE"} encoded (it starts with a UTF-16 byte order mark): set \`encoding: utf-16${le ? "le" : "be"}\` on its DataSource, or save the export as UTF-8`,
      );
    }
    return data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
  }

  private checkEncoding(data: Buffer, end: number, lineAtStart: number): void {
    const region = data.subarray(0, end);
    if (isUtf8(region) && region.indexOf(0) === -1) return;
    const nul = region.indexOf(0);
    const bad = nul !== -1 ? Math.min(nul, firstInvalidUtf8(region)) : firstInvalidUtf8(region);
    let line = lineAtStart;
    for (let i = 0; i < bad; i++) if (region[i] === LF) line++;
    if (nul !== -1 && nul <= bad) {
      // ASCII text in UTF-16 without a byte order mark: every other byte is NUL.
      const utf16 = nul <= 1 && region.length > 3 && region[nul + 2] === 0 ? (nul === 1 ? "le" : "be") : null;
      throw new InputError(
        utf16
          ? `${this.name}:${line}: looks like UTF-16${utf16.toUpperCase()} without a byte order mark: set \`encoding: utf-16${utf16}\` on its DataSource, or save the export as UTF-8`
          : `${this.name}:${line}: binary data (a NUL byte); save the export as UTF-8 text`,
      );
    }
    throw new InputError(
      `${this.name}:${line}: bytes that are not UTF-8; set \`encoding\` on its DataSource (for example windows-1252 or gb18030), or save the export as UTF-8`,
    );
  }

  /** Parses whole rows; returns how many bytes were consumed (the rest is an incomplete row). */
  private parse(data: Buffer, final: boolean): number {
    const row = this.row;
    const delim = this.delim;
    const n = data.length;
    let pos = 0;
    let line = this.line;
    row.buf = data;
    outer: while (pos < n) {
      const rowStart = pos;
      const rowLine = line;
      let count = 0;
      let malformed = false;
      let i = pos;
      for (;;) {
        if (count === row.starts.length) this.grow();
        // One field.
        if (i < n && data[i] === QUOTE) {
          let j = i + 1;
          let esc = 0;
          for (;;) {
            if (j >= n) {
              if (!final) break outer;
              malformed = true;
              break;
            }
            const b = data[j];
            if (b === QUOTE) {
              if (j + 1 < n && data[j + 1] === QUOTE) {
                esc = 1;
                j += 2;
                continue;
              }
              if (j + 1 >= n && !final) break outer;
              break;
            }
            if (b === LF) {
              line++;
              this.quotedBreaks++;
            }
            j++;
          }
          row.starts[count] = i + 1;
          row.ends[count] = Math.min(j, n);
          row.escaped[count] = esc;
          count++;
          i = j + 1;
          // After the closing quote: a delimiter, a line break or the end.
          while (i < n && data[i] !== delim && data[i] !== LF && data[i] !== CR) {
            malformed = true;
            i++;
          }
        } else {
          let j = i;
          while (j < n) {
            const b = data[j];
            if (b === delim || b === LF || b === CR) break;
            j++;
          }
          row.starts[count] = i;
          row.ends[count] = j;
          row.escaped[count] = 0;
          count++;
          i = j;
        }
        if (i >= n) {
          if (!final) break outer;
          break;
        }
        const b = data[i];
        if (b === delim) {
          i++;
          continue;
        }
        // Line break: CRLF, LF or a lone CR.
        if (b === CR) {
          if (i + 1 >= n && !final) break outer;
          i += i + 1 < n && data[i + 1] === LF ? 2 : 1;
        } else {
          i++;
        }
        line++;
        break;
      }
      pos = i;
      // Stored per row rather than after the loop: code after a hot loop has no type feedback
      // when the loop is optimized on the fly (OSR), and a store there threw the optimized code
      // away at the end of every chunk.
      this.line = line;
      // An empty line (one empty unquoted field) is not a row.
      if (count === 1 && row.ends[0] === row.starts[0] && data[rowStart] !== QUOTE) continue;
      row.count = count;
      row.line = rowLine;
      row.malformed = malformed;
      if (!this.headerSeen) {
        this.headerSeen = true;
        const fields: string[] = [];
        for (let k = 0; k < count; k++) fields.push(fieldText(row, k));
        this.handlers.header(fields, rowLine);
      } else {
        this.handlers.row(row);
      }
      if (rowStart === pos) break;
    }
    return pos;
  }

  private grow(): void {
    const size = this.row.starts.length * 2;
    const starts = new Int32Array(size);
    starts.set(this.row.starts);
    const ends = new Int32Array(size);
    ends.set(this.row.ends);
    const escaped = new Uint8Array(size);
    escaped.set(this.row.escaped);
    this.row.starts = starts;
    this.row.ends = ends;
    this.row.escaped = escaped;
  }
}
