import type { Agreement, DataSource, Model, Target } from "../core/model.js";
import type { LatencyDemand, LatencySpan } from "../sources/latency-demand.js";
import { readChecks } from "../sources/read-checks.js";
import type { Progress } from "../sources/read-csv-files.js";
import { readMetrics } from "../sources/read-metrics.js";
import { readOutages } from "../sources/read-outages.js";
import { readTickets } from "../sources/read-tickets.js";
import type { SourceData } from "../sources/records.js";
import { resolveSourceFiles } from "../sources/source-files.js";
import { sourceForTarget } from "../sources/source-for-target.js";
import { type BusinessCalendar, calendarFromModel } from "../time/business-calendar.js";
import type { IntervalSet } from "../time/interval-set.js";
import type { Span } from "../time/span.js";
import { availabilityFromChecks } from "./availability-from-checks.js";
import { availabilityFromOutages } from "./availability-from-outages.js";
import { emptyMeasurement, type Measurement } from "./measurement.js";
import { ratioFromMetrics } from "./ratio-from-metrics.js";
import { recoveryTime } from "./recovery-time.js";
import { ticketAttainment } from "./ticket-attainment.js";

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

  calendar(name: string): BusinessCalendar {
    return calendarFromModel(this.model, name);
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
      const progress = this.options.progress?.(name);
      switch (source.type) {
        case "tickets":
          this.data.set(name, await readTickets(source, files, progress));
          break;
        case "outages":
          this.data.set(name, await readOutages(source, files, progress));
          break;
        case "metrics":
          this.data.set(name, await readMetrics(source, files, progress));
          break;
        case "checks": {
          const demands = [...this.latency.entries()]
            .filter(([k]) => k.startsWith(`${name}|`))
            .map(([, d]) => d);
          this.data.set(name, await readChecks(source, files, services, demands, progress));
          break;
        }
      }
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
    if (!data || span.end <= span.start) return { ...emptyMeasurement(unit), ...base };
    const open = this.open(target.calendar, span);
    const calendar = this.calendar(target.calendar);
    const service = agreement.service;
    const at = asOf ?? span.end;
    const outagesAt = this.options.asOf ?? this.options.now ?? at;
    switch (target.metric) {
      case "availability":
        if (data.type === "outages") {
          // An outage log says nothing about time before its first record: such spans have no data.
          const first = data.outages.reduce((min, o) => Math.min(min, o.start), Number.POSITIVE_INFINITY);
          if (!(first < span.end)) return { ...emptyMeasurement(unit), ...base };
          return {
            ...availabilityFromOutages(
              data.outages,
              service,
              open,
              target.exclusions.includes("planned"),
              outagesAt,
            ),
            ...base,
          };
        }
        if (data.type === "checks")
          return { ...availabilityFromChecks(data.series.get(service), service, open), ...base };
        if (data.type === "metrics") {
          return { ...ratioFromMetrics(data.rows, service, ["availability", target.name], open), ...base };
        }
        break;
      case "success-rate":
        if (data.type === "metrics")
          return { ...ratioFromMetrics(data.rows, service, ["success-rate", target.name], open), ...base };
        break;
      case "response-time":
      case "resolution-time":
        if (data.type === "tickets") {
          const clock = target.metric === "response-time" ? "response" : "resolution";
          return {
            ...ticketAttainment(data.tickets, {
              service,
              priority: target.priority,
              clock,
              thresholdMs: target.threshold!,
              calendar,
              start: span.start,
              end: span.end,
              asOf: at,
            }),
            ...base,
          };
        }
        break;
      case "recovery-time":
        if (data.type === "outages") {
          return {
            ...recoveryTime(data.outages, {
              service,
              thresholdMs: target.threshold!,
              calendar,
              start: span.start,
              end: span.end,
              asOf: outagesAt,
            }),
            ...base,
          };
        }
        break;
      case "latency": {
        const demand = this.latency.get(this.latencyKey(name, agreement, target));
        const counted: LatencySpan | undefined = demand?.spans.find(
          (s) => s.start === span.start && s.end === span.end,
        );
        const m = emptyMeasurement("count");
        if (counted) {
          m.good = counted.good;
          m.total = counted.total;
        }
        return { ...m, ...base };
      }
    }
    return { ...emptyMeasurement(unit), ...base };
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
