import { compareStrings } from "../core/compare.js";
import { InputError } from "../core/errors.js";
import type { Agreement, DataSource, Model, Target, WarehouseSpec } from "../core/model.js";
import { sourceForTarget } from "../sources/source-for-target.js";
import { agreementZone } from "../time/agreement-zone.js";
import { calendarFromModel } from "../time/business-calendar.js";
import type { Period } from "../time/period.js";
import type { Span } from "../time/span.js";
import { targetSpans } from "../time/target-spans.js";

/** A target that reads the DataSource, with the spans a report measures it over. */
export interface MeasuredTarget {
  agreement: Agreement;
  target: Target;
  spans: readonly Span[];
}

/** One kind of metrics row the query writes: its `metric` cell and how good and total are counted. */
export interface MetricLine {
  /** The `metric` cell: `availability`, `success-rate`, or a latency target's name. */
  label: string;
  /** Service names (as slm knows them) whose rows are written. */
  services: string[];
  /** Latency targets: an event is good when its latency is at most this many milliseconds. */
  latencyAtMostMs?: number;
  /** `agreement/target` of the targets the rows are for (for the query's comment). */
  targets: string[];
}

/** Everything the query is generated from: the range, the bucket edges and the rows to write. */
export interface WarehousePlan {
  source: DataSource;
  warehouse: WarehouseSpec;
  /** The instants covered, [start, end) in epoch seconds. */
  range: { start: number; end: number };
  /** Epoch seconds no bucket may straddle: span ends and the targets' service-hours edges, sorted. */
  edges: number[];
  lines: MetricLine[];
  /** Per service name, the raw cell values that mean it (the inverse of `values.service`). */
  rawServices: Map<string, string[]>;
}

const WAREHOUSE_METRICS = ["availability", "success-rate", "latency"];

/**
 * The targets that read `source`, with the spans `slm report --period P --trend 0` measures them
 * over (the period and its assessment windows in the agreement's zone, cut to the term): a
 * quarterly target in a May report is measured from April 1, so its rows start there.
 */
export function targetsReading(model: Model, source: DataSource, period: Period): MeasuredTarget[] {
  const found: MeasuredTarget[] = [];
  for (const agreement of model.agreements) {
    const zone = agreementZone(model, agreement);
    for (const target of agreement.targets) {
      if (!WAREHOUSE_METRICS.includes(target.metric)) continue;
      if (sourceForTarget(model, agreement, target).source !== source) continue;
      const spans = targetSpans(agreement, target, period, zone, 0);
      const all = [spans.figures, ...spans.windows].filter((s) => s.end > s.start);
      if (all.length > 0) found.push({ agreement, target, spans: all });
    }
  }
  return found;
}

export function warehousePlan(
  model: Model,
  source: DataSource,
  targets: readonly MeasuredTarget[],
): WarehousePlan {
  const warehouse = source.warehouse;
  if (!warehouse) throw new InputError(`DataSource ${source.metadata.name} has no warehouse block`);
  if (targets.length === 0) {
    // Threshold targets compare each raw sample; a bucketed good/total query cannot carry them (SPEC §22).
    const unsupported = model.agreements.flatMap((a) =>
      a.targets
        .filter((t) => t.metric === "threshold" && sourceForTarget(model, a, t).source === source)
        .map((t) => `${a.metadata.name}/${t.name}`),
    );
    throw new InputError(
      `no availability, success-rate or latency target reads DataSource ${source.metadata.name} in the period${unsupported.length > 0 ? `; the warehouse query does not support threshold targets (${unsupported.join(", ")}): measure them from the export` : ""}`,
    );
  }
  const edges = new Set<number>();
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  const lines = new Map<string, MetricLine>();
  for (const { agreement, target, spans } of targets) {
    const calendar = calendarFromModel(model, target.calendar, agreementZone(model, agreement));
    for (const span of spans) {
      if (span.end <= span.start) continue;
      start = Math.min(start, span.start);
      end = Math.max(end, span.end);
      edges.add(span.start).add(span.end);
      for (const edge of calendar.openIntervals(span.start, span.end)) edges.add(edge);
    }
    const label = target.metric === "latency" ? target.name : target.metric;
    const threshold = target.metric === "latency" ? target.threshold : undefined;
    const id = `${agreement.metadata.name}/${target.name}`;
    const line = lines.get(label);
    if (!line) {
      lines.set(label, {
        label,
        services: [agreement.service],
        ...(threshold !== undefined ? { latencyAtMostMs: threshold } : {}),
        targets: [id],
      });
      continue;
    }
    if (line.latencyAtMostMs !== threshold)
      throw new InputError(
        `latency targets ${line.targets[0]} and ${id} read DataSource ${source.metadata.name} with the same name and different thresholds; their rows would mix: rename one`,
      );
    if (!line.services.includes(agreement.service)) line.services.push(agreement.service);
    line.targets.push(id);
  }
  for (const line of lines.values()) line.services.sort(compareStrings);
  const services = [...new Set([...lines.values()].flatMap((l) => l.services))].sort(compareStrings);
  return {
    source,
    warehouse,
    // No span at all (every target outside its term): an empty range, so the query writes no row.
    range: start < end ? { start: toSeconds(start), end: toSeconds(end) } : { start: 0, end: 0 },
    edges: [...edges].map(toSeconds).sort((a, b) => a - b),
    lines: [...lines.values()].sort((a, b) => compareStrings(a.label, b.label)),
    rawServices: new Map(services.map((s) => [s, rawValues(source, s)])),
  };
}

/** Edges are local times of day in whole minutes and zone offsets in whole seconds. */
function toSeconds(ms: number): number {
  return Math.floor(ms / 1000);
}

/** The cells slm reads as `service` (after `values` recoding), so the query can filter on the raw column. */
function rawValues(source: DataSource, service: string): string[] {
  const recode = source.values.service ?? {};
  const raw = Object.entries(recode)
    .filter(([, to]) => to === service)
    .map(([from]) => from);
  if (recode[service] === undefined || recode[service] === service) raw.push(service);
  return [...new Set(raw)].sort(compareStrings);
}
