import type { DataSource } from "../core/model.js";
import type { CsvRow } from "./csv-stream.js";
import { type DedupeOutcome, dedupeStream } from "./dedupe.js";
import { readCsvFiles } from "./read-csv-files.js";
import type { ReadDemand } from "./read-demand.js";
import type { InputFile } from "./records.js";
import { RowFields } from "./row-fields.js";
import { SkipTally } from "./skip-tally.js";

/** What a row handler of `readDeduped` is given for one file of one pass. */
export interface PassContext<R> {
  fields: RowFields;
  file: InputFile;
  /** Counts a skipped row (only the first full pass counts; a second one replays the same rows). */
  skip: (row: CsvRow, reason: string) => void;
  /** Hands a readable record of a service some target reads on to dedupe. */
  submit: (record: R) => void;
  /** Whether this is a first full pass (the one whose extremes and skipped rows count). */
  first: boolean;
  /** Running extremes of the source: [0] the latest instant, [1] the earliest start. */
  extremes: Float64Array;
}

export interface DedupedRead {
  tally: SkipTally;
  /** [0] the latest instant of any readable row (−∞ without one), [1] the earliest start (+∞). */
  extremes: Float64Array;
  outcome: DedupeOutcome;
}

/**
 * The skeleton of the readers of id'd records (tickets, outages): stream the files through a row
 * handler built per file, dedupe what it submits (`dedupeStream`, which may read the files again),
 * and hand each kept record to `emit`. A restart forgets the skipped rows and extremes counted so
 * far along with what `restart` forgets.
 */
export async function readDeduped<R extends { id: string | null }>(
  source: DataSource,
  files: InputFile[],
  demand: ReadDemand,
  fields: readonly string[],
  handler: (ctx: PassContext<R>) => (row: CsvRow) => void,
  emit: (record: R) => void,
  restart: () => void,
): Promise<DedupedRead> {
  const name = source.metadata.name;
  let tally = new SkipTally(name);
  // Running extremes in a typed array: a captured `let` would box a number at every change.
  const extremes = new Float64Array([Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY]);
  const outcome = await dedupeStream<R>(
    source.dedupe,
    (submit, first) => {
      const skips = first ? tally : new SkipTally(name);
      return readCsvFiles(
        source,
        files,
        skips,
        (header, file) => {
          // Not a closure per row: one allocated per row was garbage enough to grow the heap.
          const skip = (row: CsvRow, reason: string) => skips.add(file.file, reason, row.line);
          const rowFields = new RowFields(source, header, file.file, fields);
          return handler({ fields: rowFields, file, skip, submit, first, extremes });
        },
        { hash: first, progress: first ? demand.progress : undefined },
      );
    },
    emit,
    () => {
      tally = new SkipTally(name);
      extremes[0] = Number.NEGATIVE_INFINITY;
      extremes[1] = Number.POSITIVE_INFINITY;
      restart();
    },
  );
  return { tally, extremes, outcome };
}
