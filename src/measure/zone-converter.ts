import { isWallTimeValid, wallToUtc } from "../core/values/timezone.js";

/** Returned for a local time that does not exist (inside a spring-forward DST gap). */
export const IN_DST_GAP = Number.NEGATIVE_INFINITY;
const BUCKET_MS = 900_000;

/**
 * Converts wall-clock times of one zone (fields encoded as if UTC) to instants, per row of an
 * export. Offsets are cached per 15-minute wall bucket whose whole span has one offset (DST
 * transitions fall on quarter hours), so only rows near a transition take the slow path.
 * An ambiguous time (the repeated hour in autumn) resolves to its first occurrence.
 */
export function zoneConverter(zone: string): (wallMs: number) => number {
  if (zone === "UTC" || zone === "Etc/UTC") return (wallMs) => wallMs;
  const offsets = new Map<number, number>();
  const slow = (wallMs: number): number =>
    isWallTimeValid(zone, wallMs) ? wallToUtc(zone, wallMs) : IN_DST_GAP;
  return (wallMs) => {
    const bucket = Math.floor(wallMs / BUCKET_MS);
    let offset = offsets.get(bucket);
    if (offset === undefined) {
      const start = bucket * BUCKET_MS;
      const end = start + BUCKET_MS - 1;
      const a = slow(start);
      const b = slow(end);
      const stable = a !== IN_DST_GAP && b !== IN_DST_GAP && start - a === end - b;
      offset = stable ? start - a : Number.NaN;
      if (offsets.size > 100_000) offsets.clear();
      offsets.set(bucket, offset);
    }
    return Number.isNaN(offset) ? slow(wallMs) : wallMs - offset;
  };
}
