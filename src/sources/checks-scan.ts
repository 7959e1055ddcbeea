import type { DataSource } from "../core/model.js";
import { IN_DST_GAP, type ParsedInstant, parsedInstant, timestampReader } from "../time/timestamp-parser.js";
import { CellDecoder, parseNumberCell } from "./cell-decoder.js";
import { CheckSeries } from "./check-series.js";
import type { CsvRow } from "./csv-stream.js";
import { countLatencySample, type LatencyDemand } from "./latency-demand.js";
import type { SeriesDemand } from "./read-demand.js";
import type { InputFile } from "./records.js";
import { RowFields } from "./row-fields.js";
import { compileRowFilter, matchesFilter, type RowFilter } from "./row-filter.js";
import type { SkipTally } from "./skip-tally.js";
import { countThresholdSample, numberOfCell, type ThresholdDemand } from "./threshold-demand.js";

const FIELDS = ["timestamp", "service", "status", "latency"];

/**
 * Everything the rows of one service feed, found with one lookup per row (a row used to look its
 * service up in three maps: series, latency and threshold demands).
 */
interface ServiceSlot {
  series: CheckSeries | undefined;
  latency: readonly LatencyDemand[] | undefined;
  limits: readonly ThresholdDemand[] | undefined;
  narrowed: readonly { demand: SeriesDemand; series: CheckSeries }[] | undefined;
}

/** Where a readable sample of a series goes (the first pass builds the step function). */
export type SampleSink = (s: CheckSeries, at: ParsedInstant, down: boolean) => void;

/** What a checks source is read for: plain data, so that a worker thread can be sent it. */
export interface ChecksDemand {
  services: ReadonlySet<string>;
  latency: readonly LatencyDemand[];
  series: readonly SeriesDemand[];
  /** `metric: threshold` targets (SPEC §22); a source with any is read on one thread. */
  thresholds: readonly ThresholdDemand[];
}

/**
 * The state a checks source is read into — a step function per series, the latest instant,
 * latency counts — and the row handler that fills it: the same on the main thread and in each
 * worker thread of a file read in byte ranges (`parallel-checks.ts`), whose states are then
 * appended in range order.
 */
export class ChecksScan {
  /** One step function per series: per service read, then per narrowed series (`SeriesDemand`). */
  readonly series = new Map<string, CheckSeries>();
  /**
   * The latest instant seen, in a typed array: stored into a captured `let` (or a field that is
   * not known to hold only numbers) each new instant would be a boxed number, one per row.
   */
  readonly latest = new Float64Array([Number.NEGATIVE_INFINITY]);
  /** Per service of interest; a row of any other service only moves `latest`. */
  private readonly slots = new Map<string, ServiceSlot>();
  private readonly sourceFilter: RowFilter | null;
  private readonly needDims: boolean;

  constructor(
    readonly source: DataSource,
    readonly demand: ChecksDemand,
  ) {
    const maxGap = source.maxGap ?? Number.POSITIVE_INFINITY;
    for (const service of demand.services) this.series.set(service, new CheckSeries(service, maxGap));
    // Series narrowed by dimensions, per service: rows then decode their dimensions.
    const narrowed = byService(
      demand.series.map((d) => {
        const series = new CheckSeries(d.key, maxGap);
        this.series.set(d.key, series);
        return { service: d.service, demand: d, series };
      }),
    );
    const latency = byService(demand.latency);
    const limits = byService(demand.thresholds);
    this.sourceFilter = compileRowFilter(source.where, source.dimensions);
    this.needDims =
      narrowed.size > 0 ||
      this.sourceFilter !== null ||
      demand.latency.some((d) => d.filter !== null) ||
      demand.thresholds.some((d) => d.filter !== null || d.dimension >= 0);
    for (const service of new Set([
      ...demand.services,
      ...narrowed.keys(),
      ...latency.keys(),
      ...limits.keys(),
    ]))
      this.slots.set(service, {
        series: this.series.get(service),
        latency: latency.get(service),
        limits: limits.get(service),
        narrowed: narrowed.get(service),
      });
  }

  /**
   * The row handler of one file (or byte range of one) for one pass: `first` is the pass whose
   * latest instant and latency samples count (a second pass only replays samples into `sink`).
   */
  rows(
    header: string[] | null,
    file: InputFile,
    skips: SkipTally,
    sink: SampleSink,
    first: boolean,
  ): (row: CsvRow) => void {
    const source = this.source;
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
    const statusCell = new CellDecoder(source.missing, source.values.status, true, (v) => v.toLowerCase());
    const constantService = col.service! < 0 ? (source.service ?? null) : null;
    const constantStatus = col.status! < 0 ? (source.constants.status ?? null) : null;
    const tsCol = col.timestamp!;
    const latencyCol = col.latency!;
    const dims = fields.dimensions();
    const needs = fields.needs;
    const slots = this.slots;
    const latest = this.latest;
    const sourceFilter = this.sourceFilter;
    const needDims = this.needDims;
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
      const down = status === "down";
      if (!needDims) {
        if (first && t > latest[0]!) latest[0] = t;
        const slot = slots.get(service);
        if (slot === undefined) return;
        if (first) {
          if (slot.latency !== undefined && !Number.isNaN(latencyMs))
            for (const d of slot.latency) countLatencySample(d, at, latencyMs);
          if (slot.limits !== undefined) for (const l of slot.limits) countThresholdSample(l, t, latencyMs);
        }
        // The holder, not `t`: see CheckSeries.addAt.
        if (slot.series !== undefined) sink(slot.series, at, down);
        return;
      }
      const d = dims(row);
      if (!matchesFilter(sourceFilter, d)) return;
      if (first && t > latest[0]!) latest[0] = t;
      const slot = slots.get(service);
      if (slot === undefined) return;
      if (first) {
        if (slot.latency !== undefined && !Number.isNaN(latencyMs))
          for (const l of slot.latency) if (matchesFilter(l.filter, d)) countLatencySample(l, at, latencyMs);
        if (slot.limits !== undefined)
          for (const l of slot.limits)
            if (matchesFilter(l.filter, d))
              countThresholdSample(l, t, l.dimension < 0 ? latencyMs : numberOfCell(d[l.dimension]));
      }
      if (slot.series !== undefined) sink(slot.series, at, down);
      if (slot.narrowed !== undefined)
        for (const g of slot.narrowed) if (matchesFilter(g.demand.filter, d)) sink(g.series, at, down);
    };
  }
}

/** Items grouped by their service, in their order. */
function byService<T extends { service: string }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.service);
    if (group) group.push(item);
    else groups.set(item.service, [item]);
  }
  return groups;
}
