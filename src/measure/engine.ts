import {
  type Agreement,
  type DataSource,
  type DimensionFilter,
  type Model,
  type Target,
  TICKET_METRICS,
  type WorkloadLimit,
  TIME_METRICS,
} from "../core/model.js";
import { targetScope } from "../core/target-scope.js";
import type { FreshnessDemand } from "../sources/freshness-series.js";
import type { LatencyDemand } from "../sources/latency-demand.js";
import type { Progress } from "../sources/read-csv-files.js";
import { READERS, type SeriesDemand } from "../sources/read-source.js";
import type { SourceData } from "../sources/records.js";
import { compileRowFilter, type RowFilter, seriesKey } from "../sources/row-filter.js";
import { resolveSourceFiles } from "../sources/source-files.js";
import { sourceForTarget } from "../sources/source-for-target.js";
import { sourceForWorkload } from "../sources/source-for-workload.js";
import type { ThresholdDemand } from "../sources/threshold-demand.js";
import { agreementZone } from "../time/agreement-zone.js";
import { type BusinessCalendar, calendarFromModel } from "../time/business-calendar.js";
import type { IntervalSet } from "../time/interval-set.js";
import type { Span } from "../time/span.js";
import type { MeasuredTarget } from "../warehouse/warehouse-plan.js";
import { type Composition, OWN_OUTAGES_ONLY, reachable } from "./availability-from-outages.js";
import { emptyMeasurement, type Measurement } from "./measurement.js";
import { measurerFor } from "./metric-measurers.js";
import { RatioTally } from "./ratio-tally.js";
import { clockLimit } from "./ticket-clock.js";
import { SatisfactionTally } from "./satisfaction-tally.js";
import { TicketTally } from "./ticket-tally.js";
import { WorkloadTally } from "./workload-tally.js";

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

/** A workload limit's demand in one span (SPEC §15); `actual` null with the reason in `problem`. */
export interface WorkloadCount {
  actual: number | null;
  source: string | null;
  problem: string | null;
}

export interface TargetMeasurement extends Measurement {
  /** The source measured from, or null with the reason in `problem`. */
  source: string | null;
  problem: string | null;
  asOf: number | null;
}

/** What the engine needs of one source before it is read. */
interface SourcePlan {
  source: DataSource;
  services: Set<string>;
  /** The first instant and the end of everything measured from the source. */
  horizon: Span | null;
  series: Map<string, SeriesDemand>;
  freshness: Map<string, FreshnessDemand>;
  thresholds: Map<string, ThresholdDemand>;
  tickets: TicketTally[];
  ratios: RatioTally[];
  surveys: SatisfactionTally[];
  workloads: WorkloadTally[];
  /** `engine: duckdb`: the targets and spans the warehouse query must cover. */
  measured: MeasuredTarget[];
}

/** How one planned target reads its source. */
interface TargetPlan {
  source: string;
  scope: DimensionFilter | null;
  filter: RowFilter | null;
  seriesKey: string;
  tally?: TicketTally | RatioTally | SatisfactionTally;
  /** Threshold targets: the counters their source fills. */
  threshold?: ThresholdDemand;
}

/**
 * Measures targets over spans. Two phases so that every source is read once, in one streaming
 * pass, keeping per-target state only: `plan` every (target, span) first — tallies and counters
 * that must exist before the rows stream by — then `load`, then `measure`.
 */
export class MeasurementEngine {
  private readonly needed = new Map<string, SourcePlan>();
  private readonly targets = new Map<string, TargetPlan>();
  private readonly workloads = new Map<string, WorkloadTally>();
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

  /**
   * The dimension values a target's rows must have (SPEC §13): its agreement's scope keys that its
   * source maps, and its `where`; null when the target is measured for the whole service.
   */
  scope(agreement: Agreement, target: Target): DimensionFilter | null {
    const found = sourceForTarget(this.model, agreement, target);
    return found.source ? targetScope(agreement.scope, target.where, found.source.dimensions) : null;
  }

  plan(agreement: Agreement, target: Target, spans: readonly Span[]): void {
    const found = sourceForTarget(this.model, agreement, target);
    if (!found.source) return;
    const source = found.source;
    const name = source.metadata.name;
    const entry = this.sourcePlan(source);
    entry.services.add(agreement.service);
    if (source.engine === "duckdb") entry.measured.push({ agreement, target, spans });
    // The reader keeps the outages of exactly the services the composition needs (SPEC §10, §17).
    if (source.type === "outages")
      for (const service of reachable(agreement.service, this.composition(target)))
        entry.services.add(service);
    for (const span of spans) {
      if (span.end <= span.start) continue;
      entry.horizon = entry.horizon
        ? { start: Math.min(entry.horizon.start, span.start), end: Math.max(entry.horizon.end, span.end) }
        : { start: span.start, end: span.end };
    }
    const key = targetKey(agreement, target);
    let plan = this.targets.get(key);
    if (!plan) {
      const scope = targetScope(agreement.scope, target.where, source.dimensions);
      const filter = compileRowFilter(scope, source.dimensions);
      plan = { source: name, scope, filter, seriesKey: seriesKey(agreement.service, filter ? scope : null) };
      if (source.type === "tickets" && TICKET_METRICS.includes(target.metric)) {
        const tally = new TicketTally({
          service: agreement.service,
          priority: target.priority,
          clock: target.metric === "response-time" ? "response" : "resolution",
          limit: clockLimit(target),
          calendar: this.calendar(target.calendar, agreementZone(this.model, agreement)),
          filter,
          asOf: this.options.asOf,
        });
        entry.tickets.push(tally);
        plan.tally = tally;
      } else if (source.type === "surveys" && target.score !== undefined) {
        const tally = new SatisfactionTally(agreement.service, target.score, filter);
        entry.surveys.push(tally);
        plan.tally = tally;
      } else if (source.type === "metrics") {
        const tally = new RatioTally(agreement.service, [target.metric, target.name], filter);
        entry.ratios.push(tally);
        plan.tally = tally;
      } else if (source.type === "checks" && filter && scope) {
        entry.series.set(plan.seriesKey, { key: plan.seriesKey, service: agreement.service, filter });
      }
      this.targets.set(key, plan);
    }
    for (const span of spans) {
      if (plan.tally instanceof TicketTally) plan.tally.addSpan(span);
      else if (plan.tally) plan.tally.addSpan(span, this.open(target.calendar, span));
    }
    if (target.metric === "freshness" && source.type === "events" && target.threshold !== undefined) {
      const fkey = freshnessKey(plan.seriesKey, target.threshold);
      if (!entry.freshness.has(fkey))
        entry.freshness.set(fkey, {
          key: fkey,
          service: agreement.service,
          filter: plan.filter,
          thresholdMs: target.threshold,
        });
    }
    if (
      target.metric === "threshold" &&
      target.compare &&
      (source.type === "checks" || source.type === "metrics")
    ) {
      if (!plan.threshold) {
        plan.threshold = {
          service: agreement.service,
          filter: plan.filter,
          compare: target.compare,
          dimension: source.dimensions.indexOf(target.compare.field),
          spans: [],
        };
        entry.thresholds.set(key, plan.threshold);
      }
      const spansOf = plan.threshold.spans;
      for (const span of spans)
        if (!spansOf.some((s) => s.start === span.start && s.end === span.end))
          spansOf.push({
            start: span.start,
            end: span.end,
            open: this.open(target.calendar, span),
            good: 0,
            total: 0,
          });
    }
    if (target.metric === "latency" && source.type === "checks") {
      const demand = this.latencyDemand(name, agreement, target, plan);
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

  /** Registers the spans a workload limit's demand is counted over (SPEC §15). */
  planWorkload(agreement: Agreement, limit: WorkloadLimit, spans: readonly Span[]): void {
    const found = sourceForWorkload(this.model, agreement, limit);
    if (!found.source) return;
    const entry = this.sourcePlan(found.source);
    entry.services.add(agreement.service);
    const key = workloadKey(agreement, limit);
    let tally = this.workloads.get(key);
    if (!tally) {
      const scope = targetScope(agreement.scope, {}, found.source.dimensions);
      tally = new WorkloadTally({
        service: agreement.service,
        measure: limit.measure,
        ...(limit.priority === undefined ? {} : { priority: limit.priority }),
        ...(limit.metric === undefined ? {} : { metric: limit.metric }),
        filter: compileRowFilter(scope, found.source.dimensions),
      });
      entry.workloads.push(tally);
      this.workloads.set(key, tally);
    }
    for (const span of spans) if (span.end > span.start) tally.addSpan(span);
  }

  /** A workload limit's demand in a span planned with `planWorkload`. */
  workload(agreement: Agreement, limit: WorkloadLimit, span: Span): WorkloadCount {
    const found = sourceForWorkload(this.model, agreement, limit);
    if (!found.source) return { actual: null, source: null, problem: found.problem };
    const name = found.source.metadata.name;
    const actual = this.data.has(name)
      ? this.workloads.get(workloadKey(agreement, limit))?.actual(span)
      : undefined;
    return { actual: actual ?? null, source: name, problem: null };
  }

  private sourcePlan(source: DataSource): SourcePlan {
    const name = source.metadata.name;
    let entry = this.needed.get(name);
    if (!entry) {
      entry = {
        source,
        services: new Set(),
        horizon: null,
        series: new Map(),
        freshness: new Map(),
        thresholds: new Map(),
        tickets: [],
        ratios: [],
        surveys: [],
        workloads: [],
        measured: [],
      };
      this.needed.set(name, entry);
    }
    return entry;
  }

  async load(): Promise<void> {
    const names = [...this.needed.keys()].sort();
    for (const name of names) {
      const plan = this.needed.get(name)!;
      const { source, services } = plan;
      const files = await resolveSourceFiles(
        source,
        this.options.root,
        this.options.cwd,
        this.options.dataOverrides.get(name),
      );
      const latency = [...this.latency.entries()].filter(([k]) => k.startsWith(`${name}|`)).map(([, d]) => d);
      const progress = this.options.progress?.(name);
      const tickets = byService(plan.tickets, (t) => t.service);
      const ratios = byService(plan.ratios, (t) => t.service);
      const workloads = byService(plan.workloads, (t) => t.service);
      const surveys = byService(plan.surveys, (t) => t.service);
      const read: typeof READERS.metrics =
        source.engine === "duckdb"
          ? async (s, f, d) =>
              (await import("../warehouse/read-on-duckdb.js")).readOnDuckdb(
                this.model,
                s,
                f,
                plan.measured,
                d,
              )
          : READERS[source.type];
      const data = await read(source, files, {
        services,
        latency,
        series: [...plan.series.values()],
        freshness: [...plan.freshness.values()],
        thresholds: [...plan.thresholds.values()],
        horizon: plan.horizon,
        sink: {
          ticket: (r) => {
            for (const t of tickets.get(r.service) ?? []) t.add(r);
            for (const w of workloads.get(r.service) ?? []) w.ticket(r);
          },
          metric: (r) => {
            for (const t of ratios.get(r.service) ?? []) t.add(r);
            for (const w of workloads.get(r.service) ?? []) w.metric(r);
          },
          survey: (r) => {
            for (const t of surveys.get(r.service) ?? []) t.add(r);
          },
          restart: () => {
            for (const t of plan.tickets) t.reset();
            for (const t of plan.surveys) t.reset();
            for (const w of plan.workloads) w.reset();
          },
        },
        progress,
      });
      const asOf = this.options.asOf ?? data.latest;
      if (asOf !== null) for (const t of plan.tickets) t.finish(asOf);
      this.data.set(name, data);
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
    const unit = TIME_METRICS.includes(target.metric) ? "time" : "count";
    if (!found.source) return { ...emptyMeasurement(unit), source: null, problem: found.problem, asOf: null };
    const name = found.source.metadata.name;
    const data = this.data.get(name);
    const asOf = this.options.asOf ?? data?.latest ?? null;
    const base = { source: name, problem: null, asOf };
    const measurer = data && measurerFor(target.metric, data.type);
    if (!data || !measurer || span.end <= span.start) return { ...emptyMeasurement(unit), ...base };
    const plan = this.targets.get(targetKey(agreement, target));
    if (!plan)
      throw new Error(`${agreement.metadata.name}/${target.name} was measured without being planned`);
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
          .get(this.latencyKey(name, target, plan))
          ?.spans.find((s) => s.start === span.start && s.end === span.end),
      tally: () => {
        const m = plan.tally?.measurement(span);
        if (!m)
          throw new Error(
            `${agreement.metadata.name}/${target.name}: span ${span.start}–${span.end} was not planned`,
          );
        return m;
      },
      filter: plan.filter,
      seriesKey: plan.seriesKey,
      freshnessKey:
        target.threshold === undefined ? plan.seriesKey : freshnessKey(plan.seriesKey, target.threshold),
      threshold: () => plan.threshold?.spans.find((s) => s.start === span.start && s.end === span.end),
      composition: this.composition(target),
    });
    return { ...measured, ...base };
  }

  /** Whose outages count as a target's downtime: with `components: true`, the whole `dependsOn` graph. */
  private composition(target: Target): Composition {
    if (!(target.metric === "availability" && target.components)) return OWN_OUTAGES_ONLY;
    return (service) => this.model.services.get(service)?.dependsOn ?? [];
  }

  private latencyKey(source: string, target: Target, plan: TargetPlan): string {
    return `${source}|${plan.seriesKey}|${target.threshold}|${target.calendar}`;
  }

  private latencyDemand(
    source: string,
    agreement: Agreement,
    target: Target,
    plan: TargetPlan,
  ): LatencyDemand {
    const key = this.latencyKey(source, target, plan);
    let demand = this.latency.get(key);
    if (!demand) {
      demand = { service: agreement.service, filter: plan.filter, thresholdMs: target.threshold!, spans: [] };
      this.latency.set(key, demand);
    }
    return demand;
  }
}

function workloadKey(agreement: Agreement, limit: WorkloadLimit): string {
  return `${agreement.kind}/${agreement.metadata.name}/workload/${limit.name}`;
}

/** Freshness series are per service (and scope) and threshold: targets sharing both share one. */
function freshnessKey(seriesKey: string, thresholdMs: number): string {
  return `${seriesKey}|${thresholdMs}`;
}

function targetKey(agreement: Agreement, target: Target): string {
  return `${agreement.kind}/${agreement.metadata.name}/${target.name}`;
}

function byService<T>(items: readonly T[], service: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(service(item), [...(map.get(service(item)) ?? []), item]);
  return map;
}
