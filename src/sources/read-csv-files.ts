import { createHash } from "node:crypto";
import { statSync } from "node:fs";
import { InputError } from "../core/errors.js";
import type { DataSource } from "../core/model.js";
import { type CsvEnd, type CsvRow, streamCsv } from "./csv-stream.js";
import type { InputFile } from "./records.js";
import type { SkipTally } from "./skip-tally.js";

/** Reports bytes read so far out of the total, for a progress line. */
export type Progress = (done: number, total: number) => void;

/** A row handler built from a file's header (null with `header: false`). */
export type RowSetup = (header: string[] | null, file: InputFile) => (row: CsvRow) => void;

/**
 * Streams every file of a source, in its encoding, through a row handler built from each file's
 * header (null with `header: false`). Rows whose field count differs from the header, or with
 * broken quoting, are skipped here (a ragged row cannot be trusted to have its columns where the
 * header says); without a header a row only has to reach the last mapped column (`RowFields`).
 * Hashes each file on the way. `inRanges` may take a file over (a large file read in byte ranges
 * on worker threads, `parallel-checks.ts`; it hashes it too); when it declines the file is read here.
 */
export async function readCsvFiles(
  source: DataSource,
  files: InputFile[],
  tally: SkipTally,
  setup: RowSetup,
  options: { hash: boolean; progress?: Progress; inRanges?: (file: InputFile) => Promise<boolean> },
): Promise<void> {
  const sizes = files.map((f) => safeSize(f.absolute));
  const total = sizes.reduce((sum, size) => sum + size, 0);
  let done = 0;
  for (const [k, file] of files.entries()) {
    if (options.inRanges && (await options.inRanges(file))) {
      done += sizes[k]!;
      options.progress?.(done, total);
      continue;
    }
    const hash = options.hash ? createHash("sha256") : undefined;
    await readCsvRange(source, file, tally, setup, {
      onChunk: (chunk) => {
        hash?.update(chunk);
        done += chunk.length;
        options.progress?.(done, total);
      },
    });
    if (hash) file.sha256 = hash.digest("hex");
  }
}

/**
 * Streams one file, or bytes [start, end) of it, through the row handler (the skipping rules of
 * `readCsvFiles`). A range past the file's start is given the file's `header` (its first range
 * read it) and its line numbers count from 1 at `start`.
 */
export async function readCsvRange(
  source: DataSource,
  file: InputFile,
  tally: SkipTally,
  setup: RowSetup,
  options: { onChunk?: (chunk: Buffer) => void; start?: number; end?: number; header?: string[] | null } = {},
): Promise<CsvEnd> {
  const midFile = (options.start ?? 0) > 0;
  const header = options.header ?? null;
  let width = midFile && header ? header.length : -1;
  let headed = midFile || !source.header;
  let handle: (row: CsvRow) => void = midFile
    ? setup(header, file)
    : source.header
      ? () => {}
      : setup(null, file);
  const ending = await streamCsv(
    file.absolute,
    source.delimiter,
    {
      header(fields) {
        headed = true;
        width = fields.length;
        handle = setup(fields, file);
      },
      row(row) {
        if (row.malformed) tally.add(file.file, "malformed quoting", row.line);
        else if (width >= 0 && row.count !== width)
          tally.add(file.file, "ragged row (field count differs from the header)", row.line);
        else handle(row);
      },
    },
    {
      name: file.file,
      encoding: source.encoding,
      header: source.header && !midFile,
      onChunk: options.onChunk,
      start: options.start,
      end: options.end,
    },
  );
  // An empty file has no header to map: say so rather than report the source as "no data".
  if (!headed) {
    const wanted = Object.values(source.columns)
      .map((c) => (typeof c === "number" ? `column ${c}` : c))
      .join(", ");
    throw new InputError(`${file.file}: the file is empty; expected a header row with the columns ${wanted}`);
  }
  return ending;
}

/** A file's size in bytes, 0 when it cannot be read (the reader then says why). */
export function safeSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
