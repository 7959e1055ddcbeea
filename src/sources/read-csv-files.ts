import { createHash } from "node:crypto";
import { statSync } from "node:fs";
import { InputError } from "../core/errors.js";
import type { DataSource } from "../core/model.js";
import { type CsvRow, streamCsv } from "./csv-stream.js";
import type { InputFile } from "./records.js";
import type { SkipTally } from "./skip-tally.js";

/** Reports bytes read so far out of the total, for a progress line. */
export type Progress = (done: number, total: number) => void;

/**
 * Streams every file of a source, in its encoding, through a row handler built from each file's
 * header (null with `header: false`). Rows whose field count differs from the header, or with
 * broken quoting, are skipped here (a ragged row cannot be trusted to have its columns where the
 * header says); without a header a row only has to reach the last mapped column (`RowFields`).
 * Hashes each file on the way.
 */
export async function readCsvFiles(
  source: DataSource,
  files: InputFile[],
  tally: SkipTally,
  setup: (header: string[] | null, file: InputFile) => (row: CsvRow) => void,
  options: { hash: boolean; progress?: Progress },
): Promise<void> {
  const total = files.reduce((sum, f) => sum + safeSize(f.absolute), 0);
  let done = 0;
  for (const file of files) {
    const hash = options.hash ? createHash("sha256") : undefined;
    let width = -1;
    let headed = !source.header;
    let handle: (row: CsvRow) => void = source.header ? () => {} : setup(null, file);
    await streamCsv(
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
        header: source.header,
        onChunk: (chunk) => {
          hash?.update(chunk);
          done += chunk.length;
          options.progress?.(done, total);
        },
      },
    );
    // An empty file has no header to map: say so rather than report the source as "no data".
    if (!headed) {
      const wanted = Object.values(source.columns)
        .map((c) => (typeof c === "number" ? `column ${c}` : c))
        .join(", ");
      throw new InputError(
        `${file.file}: the file is empty; expected a header row with the columns ${wanted}`,
      );
    }
    if (hash) file.sha256 = hash.digest("hex");
  }
}

function safeSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
