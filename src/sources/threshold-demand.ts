import type { ThresholdComparison } from "../core/model.js";
import { containsInstant } from "../time/interval-set.js";
import { decimalNumber } from "./cell-decoder.js";
import type { LatencySpan } from "./latency-demand.js";
import type { RowFilter } from "./row-filter.js";

/**
 * What a `metric: threshold` target asks of a checks or metrics source (SPEC §22), set up before
 * the file is read so that samples are counted as they stream by: per span, the service-time
 * intervals and the running counts (as for latency).
 */
export interface ThresholdDemand {
  service: string;
  filter: RowFilter | null;
  compare: ThresholdComparison;
  /** Where the field's value is in a row's dimensions (-1: a field of the type, e.g. latency, good). */
  dimension: number;
  spans: LatencySpan[];
}

/** Whether one sample (in the column's unit) meets the limit: a sample equal to it meets `<=` and `>=`. */
export function meetsLimit(value: number, compare: ThresholdComparison): boolean {
  const v = value * compare.columnFactor;
  switch (compare.op) {
    case "<=":
      return v <= compare.limit;
    case "<":
      return v < compare.limit;
    case ">=":
      return v >= compare.limit;
    case ">":
      return v > compare.limit;
  }
}

/** A dimension cell as a number (NaN when missing or not a decimal number: the sample is not counted). */
export function numberOfCell(text: string | null | undefined): number {
  return text === null || text === undefined ? Number.NaN : decimalNumber(text);
}

/** Counts one sample at instant `t` into every span of the demand that holds it in service time. */
export function countThresholdSample(demand: ThresholdDemand, t: number, value: number): void {
  if (Number.isNaN(value)) return;
  const met = meetsLimit(value, demand.compare);
  for (const span of demand.spans) {
    if (t < span.start || t >= span.end || !containsInstant(span.open, t)) continue;
    span.total++;
    if (met) span.good++;
  }
}
