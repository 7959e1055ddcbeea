import type { MetricRecord } from "../sources/records.js";
import { containsInstant, type IntervalSet } from "../time/interval-set.js";
import { emptyMeasurement, type Measurement } from "./measurement.js";

/**
 * Σ good / Σ total of the metric buckets of a service whose bucket starts in service time
 * (availability or success-rate from `metrics`, SPEC §6). A row belongs to a target when its
 * metric column names the target's metric or the target itself (docs/measurement.md).
 */
export function ratioFromMetrics(
  rows: readonly MetricRecord[],
  service: string,
  metricNames: readonly string[],
  open: IntervalSet,
): Measurement {
  const m = emptyMeasurement("count");
  for (const r of rows) {
    if (r.service !== service || !metricNames.includes(r.metric) || !containsInstant(open, r.timestamp))
      continue;
    m.good += r.good;
    m.total += r.total;
  }
  return m;
}
