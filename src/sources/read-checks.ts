import type { DataSource } from "../core/model.js";
import { IN_DST_GAP, type ParsedInstant, parsedInstant, timestampReader } from "../time/timestamp-parser.js";
import { CellDecoder, parseNumberCell } from "./cell-decoder.js";
import { CheckSeries } from "./check-series.js";
import type { CsvRow } from "./csv-stream.js";
import { countLatencySample, type LatencyDemand } from "./latency-demand.js";
import { readCsvFiles } from "./read-csv-files.js";
import type { ReadDemand, SeriesDemand } from "./read-demand.js";
import type { ChecksData, InputFile } from "./records.js";
import { RowFields } from "./row-fields.js";
import { compileRowFilter, matchesFilter } from "./row-filter.js";
import { SkipTally } from "./skip-tally.js";
import { countThresholdSample, numberOfCell, type ThresholdDemand } from "./threshold-demand.js";

const FIELDS = ["timestamp", "service", "status", "latency"];

/**
 * Reads a `checks` source into one step function per service of interest (and per dimension
 * filter a target narrows it by). Streams once; if some series turns out not to be in time order,
 * the files are read a second time collecting that series' samples, which are sorted and replayed
 * — sorted exports (the usual case) stay in constant memory, unsorted ones still give the right
 * answer.
 */
export async function readChecks(
  source: DataSource,
  files: InputFile[],
  demand: ReadDemand,
): Promise<ChecksData> {
  const { services, latency, progress } = demand;
  const maxGap = source.maxGap ?? Number.POSITIVE_INFINITY;
  const series = new Map<string, CheckSeries>();
  for (const service of services) series.set(service, new CheckSeries(service, maxGap));
  // Series narrowed by dimensions, per service; rows then decode their dimensions.
  const narrowed = new Map<string, { demand: SeriesDemand; series: CheckSeries }[]>();
  for (const d of demand.series) {
    const s = new CheckSeries(d.key, maxGap);
    series.set(d.key, s);
    narrowed.set(d.service, [...(narrowed.get(d.service) ?? []), { demand: d, series: s }]);
  }
  const sourceFilter = compileRowFilter(source.where, source.dimensions);
  const thresholds = new Map<string, ThresholdDemand[]>();
  for (const d of demand.thresholds) thresholds.set(d.service, [...(thresholds.get(d.service) ?? []), d]);
  const needDims =
    narrowed.size > 0 ||
    sourceFilter !== null ||
    latency.some((d) => d.filter !== null) ||
    demand.thresholds.some((d) => d.filter !== null || d.dimension >= 0);
  const tally = new SkipTally(source.metadata.name);
  // The latest instant seen, in a typed array: stored into a captured `let` (or a field that is
  // not known to hold only numbers) each new instant would be a boxed number, one per row.
  const latest = new Float64Array([Number.NEGATIVE_INFINITY]);
  const latencyByService = new Map<string, LatencyDemand[]>();
  for (const d of latency) latencyByService.set(d.service, [...(latencyByService.get(d.service) ?? []), d]);

  const pass = async (
    sink: (s: CheckSeries, at: ParsedInstant, down: boolean) => void,
    first: boolean,
  ): Promise<void> => {
    const skips = first ? tally : new SkipTally(source.metadata.name);
    await readCsvFiles(
      source,
      files,
      skips,
      (header, file) => {
        const fields = new RowFields(source, header, file.file, FIELDS);
        const col = fields.col;
        const parse = timestampReader(
          source.formats.timestamp ?? source.timestampFormat,
          source.timezone,
          source.locale,
        );
        const at = parsedInstant();
        const missing = new CellDecoder(source.missing, undefined, false);
        const serviceCell = new CellDecoder(source.missing, source.values.service, true);
        const statusCell = new CellDecoder(source.missing, source.values.status, true, (v) =>
          v.toLowerCase(),
        );
        const constantService = col.service! < 0 ? (source.service ?? null) : null;
        const constantStatus = col.status! < 0 ? (source.constants.status ?? null) : null;
        const tsCol = col.timestamp!;
        const latencyCol = col.latency!;
        const dims = fields.dimensions();
        const needs = fields.needs;
        return (row: CsvRow) => {
          if (row.count < needs) return skips.add(file.file, `row shorter than column ${needs}`, row.line);
          if (missing.isMissing(row, tsCol)) return skips.add(file.file, "missing timestamp", row.line);
          parse(row.buf, row.starts[tsCol]!, row.ends[tsCol]!, at);
          const t = at.value;
          if (Number.isNaN(t)) return skips.add(file.file, "unreadable timestamp", row.line);
          if (t === IN_DST_GAP) return skips.add(file.file, "local time inside a DST gap", row.line);
          const service = constantService ?? serviceCell.decode(row, col.service!);
          if (service === null) return skips.add(file.file, "missing service", row.line);
          const status = constantStatus ?? statusCell.decode(row, col.status!);
          if (status === null) return skips.add(file.file, "missing status", row.line);
          if (status !== "up" && status !== "down")
            return skips.add(file.file, "status is not up or down", row.line);
          let latencyMs = Number.NaN;
          if (latencyCol >= 0 && !missing.isMissing(row, latencyCol)) {
            latencyMs = parseNumberCell(row, latencyCol);
            if (Number.isNaN(latencyMs) || latencyMs < 0) {
              return skips.add(file.file, "latency is not a number of milliseconds", row.line);
            }
          }
          if (!needDims) {
            if (first) {
              if (t > latest[0]!) latest[0] = t;
              if (!Number.isNaN(latencyMs)) {
                const demands = latencyByService.get(service);
                if (demands) for (const d of demands) countLatencySample(d, at, latencyMs);
              }
              const limits = thresholds.get(service);
              if (limits) for (const l of limits) countThresholdSample(l, t, latencyMs);
            }
            const s = series.get(service);
            // The holder, not `t`: see CheckSeries.addAt.
            if (s) sink(s, at, status === "down");
            return;
          }
          const d = dims(row);
          if (!matchesFilter(sourceFilter, d)) return;
          if (first) {
            if (t > latest[0]!) latest[0] = t;
            if (!Number.isNaN(latencyMs)) {
              const demands = latencyByService.get(service);
              if (demands)
                for (const l of demands) if (matchesFilter(l.filter, d)) countLatencySample(l, at, latencyMs);
            }
            const limits = thresholds.get(service);
            if (limits)
              for (const l of limits)
                if (matchesFilter(l.filter, d))
                  countThresholdSample(l, t, l.dimension < 0 ? latencyMs : numberOfCell(d[l.dimension]));
          }
          const s = series.get(service);
          if (s) sink(s, at, status === "down");
          const groups = narrowed.get(service);
          if (groups)
            for (const g of groups)
              if (matchesFilter(g.demand.filter, d)) sink(g.series, at, status === "down");
        };
      },
      { hash: first, progress: first ? progress : undefined },
    );
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
  const end = Number.isFinite(latest[0]) ? latest[0]! : null;
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
    latency,
  };
}
