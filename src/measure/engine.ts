import type { Agreement, DataSource, Model, Target } from "../core/model.js";
import type { LatencyDemand } from "../sources/latency-demand.js";
import type { Progress } from "../sources/read-csv-files.js";
import { READERS } from "../sources/read-source.js";
import type { SourceData } from "../sources/records.js";
import { resolveSourceFiles } from "../sources/source-files.js";
import { sourceForTarget } from "../sources/source-for-target.js";
import { agreementZone } from "../time/agreement-zone.js";
import { type BusinessCalendar, calendarFromModel } from "../time/business-calendar.js";
import type { IntervalSet } from "../time/interval-set.js";
import type { Span } from "../time/span.js";
import { emptyMeasurement, type Measurement } from "./measurement.js";
import { measurerFor } from "./metric-measurers.js";

export type { Span };

export interface EngineOptions {
  root: string;
  cwd: string;
  /** `--data NAME=FILE`. */
  dataOverrides: ReadonlyMap<string, string>;
  /** `--as-of`; default: each source's latest timestamp. */
  asOf?: number;
  /**
   * When the report is made. An outage without an end is still down when the export was taken,
   * which is no earlier than this for an export fed straight into the report; without `--as-of`
   * open outages run until then (the latest timestamp of the log would be the outage's own start).
   */
  now?: number;
  progress?: (source: string) => Progress;
}

export interface TargetMeasurement extends Measurement {
  /** The source measured from, or null with the reason in `problem`. */
  source: string | null;
  problem: string | null;
  asOf: number | null;
}

/**
 * Measures targets over spans. Two phases so that every source is read once, in one streaming
 * pass: `plan` every (target, span) first — latency targets register counters that must exist
 * before their samples stream by — then `load`, then `measure`.
 */
export class MeasurementEngine {
  private readonly needed = new Map<string, { source: DataSource; services: Set<string> }>();
  private readonly latency = new Map<string, LatencyDemand>();
  private readonly data = new Map<string, SourceData>();
  private readonly openCache = new Map<string, IntervalSet>();

  constructor(
    readonly model: Model,
    private readonly options: EngineOptions,
  ) {}

  /** A calendar by name; the built-in 24x7 takes `zone` (the agreement's, SPEC §11). */
  calendar(name: string, zone?: string): BusinessCalendar {
    return calendarFromModel(this.model, name, zone);
  }

  /** Service time of a calendar inside a span, memoized (many targets share calendars and periods). */
  open(calendarName: string, span: Span): IntervalSet {
    const key = `${calendarName}|${span.start}|${span.end}`;
    let set = this.openCache.get(key);
    if (!set) {
      set = span.end > span.start ? this.calendar(calendarName).openIntervals(span.start, span.end) : [];
      this.openCache.set(key, set);
    }
    return set;
  }

  plan(agreement: Agreement, target: Target, spans: readonly Span[]): void {
    const found = sourceForTarget(this.model, agreement, target);
    if (!found.source) return;
    const name = found.source.metadata.name;
    let entry = this.needed.get(name);
    if (!entry) {
      entry = { source: found.source, services: new Set() };
      this.needed.set(name, entry);
    }
    entry.services.add(agreement.service);
    if (target.metric === "latency") {
      const demand = this.latencyDemand(name, agreement, target);
      for (const span of spans) {
        if (!demand.spans.some((s) => s.start === span.start && s.end === span.end)) {
          demand.spans.push({
            start: span.start,
            end: span.end,
            open: this.open(target.calendar, span),
            good: 0,
            total: 0,
          });
        }
      }
    }
  }

  async load(): Promise<void> {
    const names = [...this.needed.keys()].sort();
    for (const name of names) {
      const { source, services } = this.needed.get(name)!;
      const files = await resolveSourceFiles(
        source,
        this.options.root,
        this.options.cwd,
        this.options.dataOverrides.get(name),
      );
      const latency = [...this.latency.entries()].filter(([k]) => k.startsWith(`${name}|`)).map(([, d]) => d);
      const progress = this.options.progress?.(name);
      this.data.set(name, await READERS[source.type](source, files, { services, latency, progress }));
    }
  }

  sourceData(name: string): SourceData | undefined {
    return this.data.get(name);
  }

  loadedSources(): SourceData[] {
    return [...this.data.values()];
  }

  measure(agreement: Agreement, target: Target, span: Span): TargetMeasurement {
    const found = sourceForTarget(this.model, agreement, target);
    const unit = target.metric === "availability" ? "time" : "count";
    if (!found.source) return { ...emptyMeasurement(unit), source: null, problem: found.problem, asOf: null };
    const name = found.source.metadata.name;
    const data = this.data.get(name);
    const asOf = this.options.asOf ?? data?.latest ?? null;
    const base = { source: name, problem: null, asOf };
    const measurer = data && measurerFor(target.metric, data.type);
    if (!data || !measurer || span.end <= span.start) return { ...emptyMeasurement(unit), ...base };
    const at = asOf ?? span.end;
    const measured = measurer({
      data,
      agreement,
      target,
      span,
      open: this.open(target.calendar, span),
      calendar: this.calendar(target.calendar, agreementZone(this.model, agreement)),
      asOf: at,
      outagesAsOf: this.options.asOf ?? this.options.now ?? at,
      latency: () =>
        this.latency
          .get(this.latencyKey(name, agreement, target))
          ?.spans.find((s) => s.start === span.start && s.end === span.end),
    });
    return { ...measured, ...base };
  }

  private latencyKey(source: string, agreement: Agreement, target: Target): string {
    return `${source}|${agreement.service}|${target.threshold}|${target.calendar}`;
  }

  private latencyDemand(source: string, agreement: Agreement, target: Target): LatencyDemand {
    const key = this.latencyKey(source, agreement, target);
    let demand = this.latency.get(key);
    if (!demand) {
      demand = { service: agreement.service, thresholdMs: target.threshold!, spans: [] };
      this.latency.set(key, demand);
    }
    return demand;
  }
}
