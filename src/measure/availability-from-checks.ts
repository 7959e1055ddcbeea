import type { CheckSeries } from "../sources/check-series.js";
import { type IntervalSet, intersect, totalLength } from "../time/interval-set.js";
import { attribute } from "./downtime-attribution.js";
import { emptyMeasurement, type Measurement } from "./measurement.js";

/**
 * Availability from a check series over service time `open`: time the samples do not cover
 * (before the first, after the source's latest timestamp, gaps longer than maxGap) is unknown and
 * left out of service time; downtime is known service time with status down.
 */
export function availabilityFromChecks(
  series: CheckSeries | undefined,
  service: string,
  open: IntervalSet,
): Measurement {
  const m = emptyMeasurement("time");
  const openMs = totalLength(open);
  const known = series ? intersect(open, series.known) : [];
  const down = series ? intersect(known, series.down) : [];
  m.serviceTimeMs = totalLength(known);
  m.downtimeMs = totalLength(down);
  m.unknownMs = openMs - m.serviceTimeMs;
  m.total = m.serviceTimeMs;
  m.good = m.serviceTimeMs - m.downtimeMs;
  for (let i = 0; i < down.length; i += 2) {
    m.outages.push({
      id: null,
      service,
      start: down[i]!,
      end: down[i + 1]!,
      durationMs: down[i + 1]! - down[i]!,
      // One series: its down stretches never overlap.
      ownMs: down[i + 1]! - down[i]!,
      planned: false,
      cause: null,
    });
  }
  // A series is one service's: all of its downtime is the service's own.
  m.attribution = attribute(new Map(down.length > 0 ? [[service, down]] : []));
  return m;
}
