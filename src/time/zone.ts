import { DAY_MS } from "../core/units.js";

/**
 * IANA time zones through Intl (no bundled database). Asking Intl is slow (a formatToParts call),
 * so offsets are cached per zone and UTC day: two calls tell whether the day has a transition,
 * and only a day that has one is searched (to the minute) for the instant it happens. Zones
 * change offset at most once a day, always on a whole minute.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
const dayCache = new Map<string, Map<number, DayOffsets>>();

/** The offsets of one UTC day: `before` until `at`, `after` from `at` (equal when no transition). */
interface DayOffsets {
  before: number;
  at: number;
  after: number;
}

function getFormatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(zone, f);
  }
  return f;
}

/** Offset of `zone` from UTC at instant `utcMs`, in ms (Berlin in summer: +7_200_000). */
export function zoneOffsetMs(zone: string, utcMs: number): number {
  if (zone === "UTC" || zone === "Etc/UTC") return 0;
  let cache = dayCache.get(zone);
  if (!cache) {
    cache = new Map();
    dayCache.set(zone, cache);
  }
  const day = Math.floor(utcMs / DAY_MS);
  let offsets = cache.get(day);
  if (!offsets) {
    offsets = dayOffsets(zone, day * DAY_MS);
    if (cache.size > 20_000) cache.clear();
    cache.set(day, offsets);
  }
  return utcMs < offsets.at ? offsets.before : offsets.after;
}

function dayOffsets(zone: string, dayStart: number): DayOffsets {
  const before = intlOffset(zone, dayStart);
  const after = intlOffset(zone, dayStart + DAY_MS - 60_000);
  if (before === after) return { before, at: dayStart + DAY_MS, after };
  // Binary search on whole minutes for the first one with the new offset.
  let lo = 0; // minute index known to have `before`
  let hi = 1439; // minute index known to have `after`
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (intlOffset(zone, dayStart + mid * 60_000) === before) lo = mid;
    else hi = mid;
  }
  return { before, at: dayStart + hi * 60_000, after };
}

function intlOffset(zone: string, at: number): number {
  const parts = getFormatter(zone).formatToParts(new Date(at));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return wall - at;
}

/**
 * The instant at which the wall clock of `zone` shows `wallMs` (wall-clock fields encoded as if UTC).
 * In a DST gap the wall time does not exist: the result is the end of the gap, the instant the
 * clock jumps (02:30 on a spring-forward day in Berlin → 03:00 CEST, 01:00Z), so that a window
 * edge in the gap keeps exactly the part of the window that exists (02:30–05:00 is 2 h that day)
 * and no time is lost or invented; `isWallTimeValid` reports such times. In an overlap the
 * earlier instant is taken. Both rules make this the earliest instant whose wall time is at least
 * `wallMs`.
 */
export function wallToUtc(zone: string, wallMs: number): number {
  if (zone === "UTC" || zone === "Etc/UTC") return wallMs;
  const before = zoneOffsetMs(zone, wallMs - DAY_MS);
  const after = zoneOffsetMs(zone, wallMs + DAY_MS);
  // Try the earlier offset first so that ambiguous times resolve to the first occurrence.
  const candidates = before >= after ? [before, after] : [after, before];
  for (const off of candidates) {
    const t = wallMs - off;
    if (zoneOffsetMs(zone, t) === off) return t;
  }
  return transitionBetween(zone, wallMs - Math.max(before, after), wallMs - Math.min(before, after));
}

/** The first whole minute in (lo, hi] whose offset differs from lo's: the transition of a gap. */
function transitionBetween(zone: string, lo: number, hi: number): number {
  const first = zoneOffsetMs(zone, lo);
  let a = Math.floor(lo / 60_000); // minute known to have `first`
  let b = Math.ceil(hi / 60_000); // minute known not to
  if (zoneOffsetMs(zone, b * 60_000) === first) return hi;
  while (b - a > 1) {
    const mid = Math.floor((a + b) / 2);
    if (zoneOffsetMs(zone, mid * 60_000) === first) a = mid;
    else b = mid;
  }
  return b * 60_000;
}

export function isWallTimeValid(zone: string, wallMs: number): boolean {
  const t = wallToUtc(zone, wallMs);
  return t + zoneOffsetMs(zone, t) === wallMs;
}

/** Wall-clock fields of an instant in `zone`, encoded as a UTC ms value. */
export function utcToWall(zone: string, utcMs: number): number {
  return utcMs + zoneOffsetMs(zone, utcMs);
}

const transitionCache = new Map<string, Map<number, number[]>>();

/**
 * The instants in UTC year `year` at which `zone` changes its offset, found by probing a week
 * apart and then the day (zones change at most a few times a year, months apart), cached.
 */
export function transitionsOfYear(zone: string, year: number): readonly number[] {
  if (zone === "UTC" || zone === "Etc/UTC") return [];
  let byYear = transitionCache.get(zone);
  if (!byYear) {
    byYear = new Map();
    transitionCache.set(zone, byYear);
  }
  let list = byYear.get(year);
  if (list) return list;
  list = [];
  const first = Math.floor(Date.UTC(year, 0, 1) / DAY_MS);
  const end = Math.floor(Date.UTC(year + 1, 0, 1) / DAY_MS);
  let day = first;
  let offset = zoneOffsetMs(zone, day * DAY_MS);
  while (day < end) {
    const next = Math.min(day + 7, end);
    const nextOffset = zoneOffsetMs(zone, next * DAY_MS);
    if (nextOffset !== offset) {
      // The change lies in [day, next): find the UTC day whose end has the new offset.
      for (let d = day; d < next; d++) {
        const at = zoneOffsetMs(zone, d * DAY_MS);
        const after = zoneOffsetMs(zone, (d + 1) * DAY_MS - 60_000);
        if (at !== after) list.push(dayTransition(zone, d));
      }
    }
    day = next;
    offset = nextOffset;
  }
  if (byYear.size > 1_000) byYear.clear();
  byYear.set(year, list);
  return list;
}

function dayTransition(zone: string, day: number): number {
  zoneOffsetMs(zone, day * DAY_MS);
  return dayCache.get(zone)!.get(day)!.at;
}

/**
 * The first offset change of `zone` after `utcMs`; when there is none in this UTC year or the
 * next, the start of the year after (the caller looks again from there).
 */
export function nextTransition(zone: string, utcMs: number): number {
  const year = new Date(utcMs).getUTCFullYear();
  for (const y of [year, year + 1]) {
    for (const t of transitionsOfYear(zone, y)) if (t > utcMs) return t;
  }
  return Date.UTC(year + 2, 0, 1);
}
