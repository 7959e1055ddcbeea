import type { FreshnessSeries } from "../sources/freshness-series.js";
import { type IntervalSet, intersect, totalLength } from "../time/interval-set.js";
import { emptyMeasurement, type Measurement } from "./measurement.js";

/**
 * Freshness over service time `open` (SPEC §22): service time is the part of `open` the series
 * knows about (from the first counting event on); good is the fresh part of it. Stale stretches
 * are listed like downtime, so reports can name the longest.
 */
export function freshnessOverTime(
  series: FreshnessSeries | undefined,
  sourceLatest: number | null,
  open: IntervalSet,
): Measurement {
  const m = emptyMeasurement("time");
  const openMs = totalLength(open);
  const known = series ? intersect(open, series.known(sourceLatest)) : [];
  const fresh = series ? intersect(known, series.fresh) : [];
  m.serviceTimeMs = totalLength(known);
  m.good = totalLength(fresh);
  m.total = m.serviceTimeMs;
  m.downtimeMs = m.serviceTimeMs - m.good;
  m.unknownMs = openMs - m.serviceTimeMs;
  return m;
}
