import { compareStrings } from "../core/compare.js";
import { type IntervalSet, totalLength } from "../time/interval-set.js";
import { overlapShares } from "../time/overlap-shares.js";
import type { Attribution } from "./measurement.js";

/** Seconds per service that caused downtime, and the stretches several caused together, once each. */
export function attribute(causes: ReadonlyMap<string, IntervalSet>): Attribution {
  const names = [...causes.keys()];
  const sets = names.map((n) => causes.get(n)!);
  const shares = overlapShares(sets);
  return {
    components: names.map((name, i) => ({
      service: name,
      downtimeMs: totalLength(sets[i]!),
      aloneMs: shares.own[i]!,
    })),
    shared: shares.overlaps
      .map((s) => ({ services: s.members.map((i) => names[i]!), durationMs: s.length }))
      .sort((a, b) => b.durationMs - a.durationMs || compareStrings(a.services.join(), b.services.join())),
  };
}
