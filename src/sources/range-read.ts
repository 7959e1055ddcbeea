import { InputError } from "../core/errors.js";
import type { SeriesState } from "./check-series.js";
import { type ChecksDemand, ChecksScan, type SampleSink } from "./checks-scan.js";
import type { ByteRange } from "./line-ranges.js";
import { readCsvRange } from "./read-csv-files.js";
import type { InputFile } from "./records.js";
import { type SkippedRows, SkipTally } from "./skip-tally.js";

/** What a worker is sent: one byte range of one file, and what the source is read for. */
export interface RangeTask {
  source: ChecksScan["source"];
  file: InputFile;
  range: ByteRange;
  /** The file's header, for a range past the first (null with `header: false`). */
  header: string[] | null;
  demand: ChecksDemand;
}

/** What a worker sends back. */
export type RangeResult =
  | {
      ok: true;
      series: [string, SeriesState][];
      latest: number;
      /** Per latency demand, per span: [good, total] counted in the range. */
      latency: [number, number][][];
      skipped: SkippedRows[];
      breaks: number;
      quotedBreaks: number;
    }
  | {
      ok: false;
      error: string;
      /**
       * A problem of the file (an InputError: bytes that are not UTF-8, a row too long) or of
       * the thread's memory: the file is read again on one thread, which reports it at the right
       * line. Anything else is a bug and is raised.
       */
      retry: boolean;
    };

/** The failure result of a range that threw `error`. */
export function rangeFailure(error: unknown): RangeResult {
  const code = (error as { code?: unknown } | null)?.code;
  return {
    ok: false,
    error: error instanceof Error ? error.message : String(error),
    retry: error instanceof InputError || code === "ERR_WORKER_OUT_OF_MEMORY",
  };
}

/**
 * Reads one byte range of one file of a checks source into its own `ChecksScan` and returns the
 * state, to be appended in range order (`parallel-checks.ts`); runs in a worker thread.
 */
export async function readRange(task: RangeTask): Promise<RangeResult> {
  const { source, file, range, header, demand } = task;
  // The counts of this range only (the demand arrives with whatever earlier files counted).
  for (const d of demand.latency)
    for (const span of d.spans) {
      span.good = 0;
      span.total = 0;
    }
  const scan = new ChecksScan(source, demand);
  const skips = new SkipTally(source.metadata.name);
  const sink: SampleSink = (s, at, down) => s.addAt(at, down);
  const ending = await readCsvRange(source, file, skips, (h, f) => scan.rows(h, f, skips, sink, true), {
    start: range.start,
    end: range.end,
    header,
  });
  return {
    ok: true,
    series: [...scan.series].map(([key, s]) => [key, s.state()]),
    latest: scan.latest[0]!,
    latency: demand.latency.map((d) => d.spans.map((span) => [span.good, span.total])),
    skipped: skips.list(),
    breaks: ending.breaks,
    quotedBreaks: ending.quotedBreaks,
  };
}
