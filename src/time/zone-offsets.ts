import { DAY_MS } from "../core/units.js";
import { isWallTimeValid, wallToUtc } from "./zone.js";

/** Returned for a local time that does not exist (inside a spring-forward DST gap). */
export const IN_DST_GAP = Number.NEGATIVE_INFINITY;
const BUCKET_MS = 900_000;
const BUCKETS_PER_DAY = DAY_MS / BUCKET_MS;

/**
 * Offsets of wall-clock times of one zone, per row of an export: `offset(day, time)` for the
 * local `day` since 1970-01-01 and `time` ms into it is wall − UTC in ms, so the instant is
 * `day * 86_400_000 + time - offset`; NaN for a wall time inside a DST gap. Offsets are cached per 15-minute wall bucket whose whole span has one offset (DST
 * transitions fall on quarter hours), so only rows near a transition take the slow path. An
 * ambiguous time (the repeated hour in autumn) resolves to its first occurrence. Null for UTC
 * (nothing to do). Arguments and result are small integers: the call boxes no number, where
 * passing or returning an instant (beyond the small-integer range) would allocate one per row.
 */
export function zoneOffsets(zone: string): ((day: number, time: number) => number) | null {
  if (zone === "UTC" || zone === "Etc/UTC") return null;
  const offsets = new Map<number, number>();
  const slow = (wallMs: number): number =>
    isWallTimeValid(zone, wallMs) ? wallMs - wallToUtc(zone, wallMs) : Number.NaN;
  return (day, time) => {
    // `| 0` (time is never negative): a key known to be a small integer; a Math.floor result is a
    // double to the compiler and was boxed for the Map lookup, once per row.
    const bucket = day * BUCKETS_PER_DAY + ((time / BUCKET_MS) | 0);
    let offset = offsets.get(bucket);
    if (offset === undefined) {
      const start = bucket * BUCKET_MS;
      const a = slow(start);
      const b = slow(start + BUCKET_MS - 1);
      // NaN (not cached as stable) when the bucket holds a gap or a change of offset.
      offset = a === b ? a : Number.NaN;
      if (offsets.size > 100_000) offsets.clear();
      offsets.set(bucket, offset);
    }
    return Number.isNaN(offset) ? slow(day * DAY_MS + time) : offset;
  };
}
