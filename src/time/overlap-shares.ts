import type { IntervalSet } from "./interval-set.js";

export interface OverlapShares {
  /** Per set: the length during which it alone covered the time. */
  own: number[];
  /** Each combination of sets that covered time together, with that length (counted once). */
  overlaps: { members: number[]; length: number }[];
}

/**
 * Splits the union of several interval sets into what each set covers alone and what several
 * cover together, so that a list of outages never sums past the downtime they caused: the own
 * lengths plus the overlap lengths add up to the length of the union exactly. One sweep over the
 * sorted ends of every interval.
 */
export function overlapShares(sets: readonly IntervalSet[]): OverlapShares {
  const events: [number, number, number][] = [];
  sets.forEach((set, i) => {
    for (let k = 0; k < set.length; k += 2) events.push([set[k]!, 1, i], [set[k + 1]!, -1, i]);
  });
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const own = sets.map(() => 0);
  const together = new Map<string, { members: number[]; length: number }>();
  const active = new Set<number>();
  let last = 0;
  for (const [t, delta, i] of events) {
    if (t > last && active.size > 0) {
      if (active.size === 1) {
        const [only] = active;
        own[only!]! += t - last;
      } else {
        const members = [...active].sort((a, b) => a - b);
        const key = members.join(",");
        const entry = together.get(key) ?? { members, length: 0 };
        entry.length += t - last;
        together.set(key, entry);
      }
    }
    last = t;
    if (delta > 0) active.add(i);
    else active.delete(i);
  }
  return { own, overlaps: [...together.values()] };
}
