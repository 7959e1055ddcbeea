import { containsInstant, type IntervalSet } from "./intervals.js";

/**
 * What a latency target asks of a checks source, set up before the file is read so samples can
 * be counted as they stream by (constant memory): for each span (period, window or trend
 * period), the service-time intervals and the running counts.
 */
export interface LatencySpan {
  start: number;
  end: number;
  open: IntervalSet;
  good: number;
  total: number;
}

export interface LatencyDemand {
  service: string;
  thresholdMs: number;
  spans: LatencySpan[];
}

/** Counts one sample into every span of the demand that holds its instant in service time. */
export function countLatencySample(demand: LatencyDemand, t: number, latencyMs: number): void {
  for (const span of demand.spans) {
    if (t < span.start || t >= span.end || !containsInstant(span.open, t)) continue;
    span.total++;
    if (latencyMs <= demand.thresholdMs) span.good++;
  }
}
