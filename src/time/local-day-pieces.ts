import { DAY_MS, MINUTE_MS } from "../core/units.js";
import type { IntervalSet } from "./interval-set.js";
import { utcToWall, wallToUtc } from "./zone.js";

/** Minute ranges [from, to) after local midnight, to ≤ 1440; sorted, disjoint. */
export type MinuteRanges = Array<[number, number]>;

/**
 * Cuts instants into local days of `timezone`: local day (epoch day of the wall clock) → the
 * wall-clock minute ranges of that day. Day boundaries are local midnights converted to instants,
 * so a 23- or 25-hour day still runs 00:00–24:00 on the wall clock.
 */
export function piecesByLocalDay(intervals: IntervalSet, timezone: string): Map<number, MinuteRanges> {
  const days = new Map<number, MinuteRanges>();
  for (let i = 0; i < intervals.length; i += 2) {
    const start = intervals[i]!;
    const end = intervals[i + 1]!;
    let day = Math.floor(utcToWall(timezone, start) / DAY_MS);
    let dayStart = wallToUtc(timezone, day * DAY_MS);
    while (dayStart < end) {
      const dayEnd = wallToUtc(timezone, (day + 1) * DAY_MS);
      const s = Math.max(start, dayStart);
      const e = Math.min(end, dayEnd);
      if (e > s) {
        const from = Math.round((utcToWall(timezone, s) - day * DAY_MS) / MINUTE_MS);
        const to = e === dayEnd ? 1440 : Math.round((utcToWall(timezone, e) - day * DAY_MS) / MINUTE_MS);
        // Inside a repeated (fall-back) hour the wall clock runs backwards; keep what is ordered.
        if (to > from) addRange(days, day, [Math.max(0, from), Math.min(1440, to)]);
      }
      day++;
      dayStart = dayEnd;
    }
  }
  for (const ranges of days.values()) mergeRanges(ranges);
  return days;
}

function addRange(days: Map<number, MinuteRanges>, day: number, range: [number, number]): void {
  const list = days.get(day);
  if (list) list.push(range);
  else days.set(day, [range]);
}

/** Sorts and merges in place (touching ranges join). */
export function mergeRanges(ranges: MinuteRanges): MinuteRanges {
  ranges.sort((a, b) => a[0] - b[0]);
  let w = 0;
  for (const r of ranges) {
    const last = ranges[w - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else ranges[w++] = [r[0], r[1]];
  }
  ranges.length = w;
  return ranges;
}

/** `a` minus `b` for minute ranges of one day. */
export function subtractRanges(a: MinuteRanges, b: MinuteRanges): MinuteRanges {
  const out: MinuteRanges = [];
  for (const [s, e] of a) {
    let cursor = s;
    for (const [bs, be] of b) {
      if (be <= cursor || bs >= e) continue;
      if (bs > cursor) out.push([cursor, bs]);
      cursor = Math.max(cursor, be);
    }
    if (cursor < e) out.push([cursor, e]);
  }
  return out;
}

export function rangesKey(ranges: MinuteRanges | undefined): string {
  return (ranges ?? []).map(([s, e]) => `${s}-${e}`).join(",");
}
