import type { DataSource } from "../core/model.js";
import { CheckSeries } from "./check-series.js";
import { ChecksScan, type SampleSink } from "./checks-scan.js";
import { readInRanges } from "./parallel-checks.js";
import { readCsvFiles } from "./read-csv-files.js";
import type { ReadDemand } from "./read-demand.js";
import type { ChecksData, InputFile } from "./records.js";
import { SkipTally } from "./skip-tally.js";

/**
 * Reads a `checks` source into one step function per service of interest (and per dimension
 * filter a target narrows it by). Streams once; if some series turns out not to be in time order,
 * the files are read a second time collecting that series' samples, which are sorted and replayed
 * — sorted exports (the usual case) stay in constant memory, unsorted ones still give the right
 * answer. A large file is read in byte ranges on worker threads (`parallel-checks.ts`), with the
 * same result.
 */
export async function readChecks(
  source: DataSource,
  files: InputFile[],
  demand: ReadDemand,
): Promise<ChecksData> {
  const maxGap = source.maxGap ?? Number.POSITIVE_INFINITY;
  const scan = new ChecksScan(source, demand);
  const series = scan.series;
  const tally = new SkipTally(source.metadata.name);

  const pass = async (sink: SampleSink, first: boolean): Promise<void> => {
    const skips = first ? tally : new SkipTally(source.metadata.name);
    await readCsvFiles(source, files, skips, (header, file) => scan.rows(header, file, skips, sink, first), {
      hash: first,
      progress: first ? demand.progress : undefined,
      inRanges: first ? (file) => readInRanges(scan, file, tally) : undefined,
    });
  };

  await pass((s, at, down) => s.addAt(at, down), true);

  const unsorted = [...series.values()].filter((s) => s.outOfOrder);
  const notes: string[] = [];
  if (unsorted.length > 0) {
    const samples = new Map<string, { t: number[]; down: boolean[] }>();
    for (const s of unsorted) samples.set(s.service, { t: [], down: [] });
    await pass((s, at, down) => {
      const bucket = samples.get(s.service);
      if (bucket) {
        bucket.t.push(at.value);
        bucket.down.push(down);
      }
    }, false);
    for (const [service, bucket] of samples) {
      const rebuilt = new CheckSeries(service, maxGap);
      const order = bucket.t.map((_, i) => i).sort((a, b) => bucket.t[a]! - bucket.t[b]! || a - b);
      for (const i of order) rebuilt.add(bucket.t[i]!, bucket.down[i]!);
      series.set(service, rebuilt);
    }
    notes.push(
      `${source.metadata.name}: samples of ${unsorted.map((s) => s.service).join(", ")} are not in time order; they were sorted (a sorted export reads in constant memory)`,
    );
  }
  const latest = scan.latest[0]!;
  const end = Number.isFinite(latest) ? latest : null;
  if (end !== null) for (const s of series.values()) s.finish(end);
  return {
    name: source.metadata.name,
    type: "checks",
    files,
    skipped: tally.list(),
    latest: end,
    duplicates: 0,
    notes,
    series,
    latency: demand.latency,
  };
}
