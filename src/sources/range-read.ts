import { ChecksScan, type SampleSink } from "./checks-scan.js";
import type { RangeResult, RangeTask } from "./parallel-checks.js";
import { readCsvRange } from "./read-csv-files.js";
import { SkipTally } from "./skip-tally.js";

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
