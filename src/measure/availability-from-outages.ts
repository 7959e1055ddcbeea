import type { Dependency } from "../core/model.js";
import type { OutageRecord } from "../sources/records.js";
import { matchesFilter, type RowFilter } from "../sources/row-filter.js";
import { composeDowntime } from "../time/composed-downtime.js";
import { type IntervalSet, intersect, subtract, totalLength, unionOf } from "../time/interval-set.js";
import { overlapShares } from "../time/overlap-shares.js";
import { attribute } from "./downtime-attribution.js";
import { emptyMeasurement, type Measurement } from "./measurement.js";

/** How the service's downtime is composed: its own outages only, or with its components' (SPEC §17). */
export type Composition = (service: string) => readonly Dependency[];

/** The service alone: no component's outage is its downtime. */
export const OWN_OUTAGES_ONLY: Composition = () => [];

/**
 * Availability of a service from an outage log over service time `open` (SPEC §6): downtime is
 * the union of its outages — overlaps merged, never counted twice — inside service time. With
 * `excludePlanned`, planned outage time leaves service time instead of counting as downtime.
 * An outage without an end is still down at `asOf`. With a `filter`, only outages whose dimensions
 * match count (a scope on an outage log that maps the dimension).
 *
 * With a `composition` (SPEC §17 `components: true`) the outages of the service's components
 * count too, composed in time (time/composed-downtime.ts); planned time is then the time the
 * planned outages alone, composed the same way, took the service down. Every second of downtime
 * is attributed to the services whose outages caused it (`attribution`).
 */
export function availabilityFromOutages(
  outages: readonly OutageRecord[],
  service: string,
  open: IntervalSet,
  excludePlanned: boolean,
  asOf: number,
  filter: RowFilter | null = null,
  composition: Composition = OWN_OUTAGES_ONLY,
): Measurement {
  const m = emptyMeasurement("time");
  const spanStart = open.length > 0 ? open[0]! : 0;
  const spanEnd = open.length > 0 ? open[open.length - 1]! : 0;
  const services = reachable(service, composition);
  const relevant = outages.filter(
    (o) =>
      services.has(o.service) &&
      o.start < spanEnd &&
      endOf(o, asOf) > spanStart &&
      // A scope narrows the service's own outages; a component's are the component's.
      (o.service !== service || matchesFilter(filter, o.dims)),
  );
  const planned = excludePlanned
    ? composeDowntime(
        service,
        composition,
        perService(
          relevant.filter((o) => o.planned),
          open,
          asOf,
        ),
      ).down
    : [];
  const serviceTime = subtract(open, planned);
  const composed = composeDowntime(service, composition, perService(relevant, serviceTime, asOf));
  m.serviceTimeMs = totalLength(serviceTime);
  m.downtimeMs = totalLength(composed.down);
  m.unknownMs = 0;
  m.total = m.serviceTimeMs;
  m.good = m.serviceTimeMs - m.downtimeMs;
  // Each outage as far as it caused downtime: a component's outage that its redundant partner
  // covered caused none and is not listed.
  const downs = relevant
    .map((o) => ({
      o,
      down: intersect([o.start, Math.max(o.start, endOf(o, asOf))], composed.causes.get(o.service) ?? []),
    }))
    .filter(({ o, down }) => down.length > 0 && !(excludePlanned && o.planned && o.service === service));
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
  m.attribution = attribute(composed.causes);
  return m;
}

/** The intervals recorded against each service, cut to `within`. */
function perService(
  outages: readonly OutageRecord[],
  within: IntervalSet,
  asOf: number,
): Map<string, IntervalSet> {
  const pairs = new Map<string, [number, number][]>();
  for (const o of outages) {
    const list = pairs.get(o.service) ?? [];
    list.push([o.start, endOf(o, asOf)]);
    pairs.set(o.service, list);
  }
  return new Map([...pairs].map(([s, p]) => [s, intersect(unionOf(p), within)]));
}

/** The service and every service its composition reaches. */
export function reachable(service: string, composition: Composition): Set<string> {
  const seen = new Set<string>([service]);
  const pending = [service];
  while (pending.length > 0) {
    for (const dep of composition(pending.pop()!))
      for (const s of "service" in dep ? [dep.service] : dep.anyOf)
        if (!seen.has(s)) {
          seen.add(s);
          pending.push(s);
        }
  }
  return seen;
}

function endOf(o: OutageRecord, asOf: number): number {
  return o.end ?? Math.max(o.start, asOf);
}
