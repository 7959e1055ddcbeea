import type { OutageRecord } from "../sources/records.js";
import { matchesFilter, type RowFilter } from "../sources/row-filter.js";
import { type IntervalSet, intersect, subtract, totalLength, unionOf } from "../time/interval-set.js";
import { overlapShares } from "../time/overlap-shares.js";
import { emptyMeasurement, type Measurement } from "./measurement.js";

/**
 * Availability of a service from an outage log over service time `open` (SPEC §6): downtime is
 * the union of its outages — overlaps merged, never counted twice — inside service time. With
 * `excludePlanned`, planned outage time leaves service time instead of counting as downtime.
 * An outage without an end is still down at `asOf`. With a `filter`, only outages whose dimensions
 * match count (a scope on an outage log that maps the dimension).
 */
export function availabilityFromOutages(
  outages: readonly OutageRecord[],
  service: string,
  open: IntervalSet,
  excludePlanned: boolean,
  asOf: number,
  filter: RowFilter | null = null,
): Measurement {
  const m = emptyMeasurement("time");
  const spanStart = open.length > 0 ? open[0]! : 0;
  const spanEnd = open.length > 0 ? open[open.length - 1]! : 0;
  const relevant = outages.filter(
    (o) =>
      o.service === service &&
      o.start < spanEnd &&
      endOf(o, asOf) > spanStart &&
      matchesFilter(filter, o.dims),
  );
  const planned = excludePlanned
    ? unionOf(relevant.filter((o) => o.planned).map((o) => [o.start, endOf(o, asOf)]))
    : [];
  const serviceTime = subtract(open, planned);
  const counted = relevant.filter((o) => !(excludePlanned && o.planned));
  const down = intersect(unionOf(counted.map((o) => [o.start, endOf(o, asOf)])), serviceTime);
  m.serviceTimeMs = totalLength(serviceTime);
  m.downtimeMs = totalLength(down);
  m.unknownMs = 0;
  m.total = m.serviceTimeMs;
  m.good = m.serviceTimeMs - m.downtimeMs;
  const downs = counted
    .map((o) => ({ o, down: intersect([o.start, Math.max(o.start, endOf(o, asOf))], serviceTime) }))
    .filter(({ down }) => down.length > 0);
  // Overlapping outages: each keeps what only it caused, the time they share is counted once.
  const shares = overlapShares(downs.map(({ down }) => down));
  m.outages = downs.map(({ o, down }, i) => ({
    id: o.id,
    service: o.service,
    start: o.start,
    end: o.end,
    durationMs: totalLength(down),
    ownMs: shares.own[i]!,
    planned: o.planned,
    cause: o.cause,
  }));
  m.overlaps = shares.overlaps.map((s) => ({ members: s.members, durationMs: s.length }));
  return m;
}

function endOf(o: OutageRecord, asOf: number): number {
  return o.end ?? Math.max(o.start, asOf);
}
