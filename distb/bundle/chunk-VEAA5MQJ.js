import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  DAY_MS
} from "./chunk-YUZ4Y2P5.js";

// dist/time/zone.js
var formatters = /* @__PURE__ */ new Map();
var dayCache = /* @__PURE__ */ new Map();
function getFormatter(zone) {
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
      second: "numeric"
    });
    formatters.set(zone, f);
  }
  return f;
}
function zoneOffsetMs(zone, utcMs) {
  if (zone === "UTC" || zone === "Etc/UTC")
    return 0;
  let cache = dayCache.get(zone);
  if (!cache) {
    cache = /* @__PURE__ */ new Map();
    dayCache.set(zone, cache);
  }
  const day = Math.floor(utcMs / DAY_MS);
  let offsets = cache.get(day);
  if (!offsets) {
    offsets = dayOffsets(zone, day * DAY_MS);
    if (cache.size > 2e4)
      cache.clear();
    cache.set(day, offsets);
  }
  return utcMs < offsets.at ? offsets.before : offsets.after;
}
function dayOffsets(zone, dayStart) {
  const before = intlOffset(zone, dayStart);
  const after = intlOffset(zone, dayStart + DAY_MS - 6e4);
  if (before === after)
    return { before, at: dayStart + DAY_MS, after };
  let lo = 0;
  let hi = 1439;
  while (hi - lo > 1) {
    const mid = lo + hi >> 1;
    if (intlOffset(zone, dayStart + mid * 6e4) === before)
      lo = mid;
    else
      hi = mid;
  }
  return { before, at: dayStart + hi * 6e4, after };
}
function intlOffset(zone, at) {
  const parts = getFormatter(zone).formatToParts(new Date(at));
  const get = (type) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return wall - at;
}
function wallToUtc(zone, wallMs) {
  if (zone === "UTC" || zone === "Etc/UTC")
    return wallMs;
  const before = zoneOffsetMs(zone, wallMs - DAY_MS);
  const after = zoneOffsetMs(zone, wallMs + DAY_MS);
  const candidates = before >= after ? [before, after] : [after, before];
  for (const off of candidates) {
    const t = wallMs - off;
    if (zoneOffsetMs(zone, t) === off)
      return t;
  }
  return transitionBetween(zone, wallMs - Math.max(before, after), wallMs - Math.min(before, after));
}
function transitionBetween(zone, lo, hi) {
  const first = zoneOffsetMs(zone, lo);
  let a = Math.floor(lo / 6e4);
  let b = Math.ceil(hi / 6e4);
  if (zoneOffsetMs(zone, b * 6e4) === first)
    return hi;
  while (b - a > 1) {
    const mid = Math.floor((a + b) / 2);
    if (zoneOffsetMs(zone, mid * 6e4) === first)
      a = mid;
    else
      b = mid;
  }
  return b * 6e4;
}
function isWallTimeValid(zone, wallMs) {
  const t = wallToUtc(zone, wallMs);
  return t + zoneOffsetMs(zone, t) === wallMs;
}
function utcToWall(zone, utcMs) {
  return utcMs + zoneOffsetMs(zone, utcMs);
}
var transitionCache = /* @__PURE__ */ new Map();
function transitionsOfYear(zone, year) {
  if (zone === "UTC" || zone === "Etc/UTC")
    return [];
  let byYear = transitionCache.get(zone);
  if (!byYear) {
    byYear = /* @__PURE__ */ new Map();
    transitionCache.set(zone, byYear);
  }
  let list = byYear.get(year);
  if (list)
    return list;
  list = [];
  const first = Math.floor(Date.UTC(year, 0, 1) / DAY_MS);
  const end = Math.floor(Date.UTC(year + 1, 0, 1) / DAY_MS);
  let day = first;
  let offset = zoneOffsetMs(zone, day * DAY_MS);
  while (day < end) {
    const next = Math.min(day + 7, end);
    const nextOffset = zoneOffsetMs(zone, next * DAY_MS);
    if (nextOffset !== offset) {
      for (let d = day; d < next; d++) {
        const at = zoneOffsetMs(zone, d * DAY_MS);
        const after = zoneOffsetMs(zone, (d + 1) * DAY_MS - 6e4);
        if (at !== after)
          list.push(dayTransition(zone, d));
      }
    }
    day = next;
    offset = nextOffset;
  }
  if (byYear.size > 1e3)
    byYear.clear();
  byYear.set(year, list);
  return list;
}
function dayTransition(zone, day) {
  zoneOffsetMs(zone, day * DAY_MS);
  return dayCache.get(zone).get(day).at;
}
function nextTransition(zone, utcMs) {
  const year = new Date(utcMs).getUTCFullYear();
  for (const y of [year, year + 1]) {
    for (const t of transitionsOfYear(zone, y))
      if (t > utcMs)
        return t;
  }
  return Date.UTC(year + 2, 0, 1);
}

export {
  wallToUtc,
  isWallTimeValid,
  utcToWall,
  nextTransition
};
