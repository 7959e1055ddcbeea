import type { IntervalSet } from "../time/interval-set.js";
import type { RowFilter } from "./row-filter.js";

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
  /** Only samples whose dimensions match count (a `where` or scope), or null. */
  filter: RowFilter | null;
  thresholdMs: number;
  spans: LatencySpan[];
}

/**
 * Counts one sample, at instant `at.value`, into every span of the demand that holds it in service
 * time. The instant is read from a holder and the interval search is written out here: passed as
 * an argument to a call that is not inlined, an instant would be boxed, once per row.
 */
export function countLatencySample(
  demand: LatencyDemand,
  at: { readonly value: number },
  latencyMs: number,
): void {
  const t = at.value;
  const spans = demand.spans;
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k]!;
    if (t < span.start || t >= span.end) continue;
    // Binary search of the span's service-time intervals (as in containsInstant).
    const open = span.open;
    let lo = 0;
    let hi = open.length / 2 - 1;
    let inside = false;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (t < open[2 * mid]!) hi = mid - 1;
      else if (t >= open[2 * mid + 1]!) lo = mid + 1;
      else {
        inside = true;
        break;
      }
    }
    if (!inside) continue;
    span.total++;
    if (latencyMs <= demand.thresholdMs) span.good++;
  }
}
