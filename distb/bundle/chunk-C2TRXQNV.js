import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  holidaySource,
  libraryYear
} from "./chunk-B6ZPJPSO.js";
import {
  epochDayParts,
  weekdayOfEpochDay
} from "./chunk-MPPKPTIV.js";
import {
  daysFromCivil
} from "./chunk-XH2FNGPU.js";
import {
  nextTransition,
  utcToWall,
  wallToUtc
} from "./chunk-VEAA5MQJ.js";
import {
  DAY_MS,
  MINUTE_MS
} from "./chunk-YUZ4Y2P5.js";
import {
  CALENDAR_24X7
} from "./chunk-ADLZAIGX.js";

// dist/time/local-day-pieces.js
function piecesByLocalDay(intervals, timezone) {
  const days = /* @__PURE__ */ new Map();
  for (let i = 0; i < intervals.length; i += 2) {
    const start = intervals[i];
    const end = intervals[i + 1];
    let day = Math.floor(utcToWall(timezone, start) / DAY_MS);
    let dayStart = wallToUtc(timezone, day * DAY_MS);
    while (dayStart < end) {
      const dayEnd = wallToUtc(timezone, (day + 1) * DAY_MS);
      const s = Math.max(start, dayStart);
      const e = Math.min(end, dayEnd);
      if (e > s) {
        const from = Math.round((utcToWall(timezone, s) - day * DAY_MS) / MINUTE_MS);
        const to = e === dayEnd ? 1440 : Math.round((utcToWall(timezone, e) - day * DAY_MS) / MINUTE_MS);
        if (to > from)
          addRange(days, day, [Math.max(0, from), Math.min(1440, to)]);
      }
      day++;
      dayStart = dayEnd;
    }
  }
  for (const ranges of days.values())
    mergeRanges(ranges);
  return days;
}
function addRange(days, day, range) {
  const list = days.get(day);
  if (list)
    list.push(range);
  else
    days.set(day, [range]);
}
function mergeRanges(ranges) {
  ranges.sort((a, b) => a[0] - b[0]);
  let w = 0;
  for (const r of ranges) {
    const last = ranges[w - 1];
    if (last && r[0] <= last[1])
      last[1] = Math.max(last[1], r[1]);
    else
      ranges[w++] = [r[0], r[1]];
  }
  ranges.length = w;
  return ranges;
}
function subtractRanges(a, b) {
  const out = [];
  for (const [s, e] of a) {
    let cursor = s;
    for (const [bs, be] of b) {
      if (be <= cursor || bs >= e)
        continue;
      if (bs > cursor)
        out.push([cursor, bs]);
      cursor = Math.max(cursor, be);
    }
    if (cursor < e)
      out.push([cursor, e]);
  }
  return out;
}
function rangesKey(ranges) {
  return (ranges ?? []).map(([s, e]) => `${s}-${e}`).join(",");
}

// dist/time/business-calendar.js
function alwaysOpen(zone) {
  let calendar = alwaysOpenByZone.get(zone);
  if (!calendar) {
    const localDay = (utcMs) => Math.floor(utcToWall(zone, utcMs) / DAY_MS);
    calendar = {
      name: CALENDAR_24X7,
      timezone: zone,
      always: true,
      measure: (startMs, endMs) => Math.max(0, endMs - startMs),
      openIntervals: (startMs, endMs) => endMs > startMs ? [startMs, endMs] : [],
      localDay,
      dayWindows: (day) => [wallToUtc(zone, day * DAY_MS), wallToUtc(zone, (day + 1) * DAY_MS)],
      holidayGaps: () => null
    };
    alwaysOpenByZone.set(zone, calendar);
  }
  return calendar;
}
var alwaysOpenByZone = /* @__PURE__ */ new Map();
var ALWAYS_OPEN = alwaysOpen("UTC");
function compileCalendar(calendar) {
  return new WeeklyCalendar(calendar);
}
var compiled = /* @__PURE__ */ new WeakMap();
function calendarFromModel(model, name, zone = "UTC") {
  if (name === CALENDAR_24X7 && !model.calendars.has(name))
    return alwaysOpen(zone);
  let byName = compiled.get(model);
  if (!byName) {
    byName = /* @__PURE__ */ new Map();
    compiled.set(model, byName);
  }
  let calendar = byName.get(name);
  if (!calendar) {
    const spec = model.calendars.get(name);
    if (!spec)
      throw new Error(`unknown calendar "${name}" (validation should have caught this)`);
    calendar = compileCalendar(spec);
    byName.set(name, calendar);
  }
  return calendar;
}
var WeeklyCalendar = class {
  name;
  timezone;
  always = false;
  /** Per weekday (0 = Sunday), merged windows as minute ranges. */
  week;
  /** Service time of a week whose days are all ordinary and whose zone offset does not change. */
  weekMs;
  workdayHours;
  /** Explicit entries, which win over the library's: local day → closed ranges / working ranges. */
  holidays = /* @__PURE__ */ new Map();
  workdays = /* @__PURE__ */ new Map();
  /** The days of both explicit lists, sorted. */
  explicitDays;
  library;
  libraryYears = /* @__PURE__ */ new Map();
  /** The library year of the last lookup and its local days [from, to): clocks ask day after day. */
  lastYear;
  /** Local day → its windows as instants [start, end, start, end, …]. */
  days = /* @__PURE__ */ new Map();
  constructor(calendar) {
    this.name = calendar.metadata.name;
    this.timezone = calendar.timezone;
    this.week = Array.from({ length: 7 }, (_, weekday) => mergeRanges(calendar.hours.filter((h) => h.days.includes(weekday) && h.to > h.from).map((h) => [h.from, h.to])));
    this.weekMs = this.week.flat().reduce((sum, [from, to]) => sum + (to - from), 0) * MINUTE_MS;
    this.workdayHours = this.week[calendar.workdayAs] ?? [];
    for (const h of calendar.holidays)
      addRanges(this.holidays, h.day, [[h.from, h.to]]);
    for (const w of calendar.workdays)
      addRanges(this.workdays, w.day, w.window ? [[w.window.from, w.window.to]] : this.workdayHours);
    this.library = calendar.holidaysFrom;
    this.explicitDays = [.../* @__PURE__ */ new Set([...this.holidays.keys(), ...this.workdays.keys()])].sort((a, b) => a - b);
  }
  localDay(utcMs) {
    return Math.floor(utcToWall(this.timezone, utcMs) / DAY_MS);
  }
  measure(startMs, endMs, limitMs = Number.POSITIVE_INFINITY) {
    if (endMs <= startMs)
      return 0;
    let total = 0;
    const firstDay = this.localDay(startMs);
    const lastDay = this.localDay(endMs - 1);
    for (let day = firstDay; day <= lastDay; ) {
      if (day > firstDay) {
        const weeks = Math.floor((Math.min(lastDay, this.nextIrregularDay(day)) - day) / 7);
        if (weeks > 0) {
          total += weeks * this.weekMs;
          day += weeks * 7;
          if (total > limitMs)
            return total;
          continue;
        }
      }
      const windows = this.dayWindows(day);
      for (let i = 0; i < windows.length; i += 2) {
        const s = Math.max(windows[i], startMs);
        const e = Math.min(windows[i + 1], endMs);
        if (e > s)
          total += e - s;
      }
      day++;
      if (total > limitMs)
        return total;
    }
    return total;
  }
  /**
   * The first local day at or after `day` that may differ from its weekday's usual hours: a listed
   * or library holiday or working day, or the day before a change of the zone's offset.
   */
  nextIrregularDay(day) {
    let next = nextAtOrAfter(this.explicitDays, day);
    if (this.library) {
      const year = this.libraryDay(day);
      const found = nextAtOrAfter(year.specialDays, day);
      next = Math.min(next, found === Number.POSITIVE_INFINITY ? this.lastYear.to : found);
    }
    const transition = nextTransition(this.timezone, (day - 1) * DAY_MS);
    return Math.min(next, Math.floor(transition / DAY_MS) - 1);
  }
  openIntervals(startMs, endMs) {
    const out = [];
    if (endMs <= startMs)
      return out;
    const lastDay = this.localDay(endMs - 1);
    for (let day = this.localDay(startMs); day <= lastDay; day++) {
      const windows = this.dayWindows(day);
      for (let i = 0; i < windows.length; i += 2) {
        const s = Math.max(windows[i], startMs);
        const e = Math.min(windows[i + 1], endMs);
        if (e <= s)
          continue;
        if (out.length > 0 && out[out.length - 1] >= s)
          out[out.length - 1] = Math.max(out[out.length - 1], e);
        else
          out.push(s, e);
      }
    }
    return out;
  }
  dayWindows(day) {
    let windows = this.days.get(day);
    if (windows)
      return windows;
    windows = [];
    const minutes = this.minutesOf(day);
    const midnight = day * DAY_MS;
    for (const [from, to] of minutes) {
      const s = wallToUtc(this.timezone, midnight + from * MINUTE_MS);
      const e = wallToUtc(this.timezone, midnight + to * MINUTE_MS);
      if (e > s)
        windows.push(s, e);
    }
    if (this.days.size > 1e5)
      this.days.clear();
    this.days.set(day, windows);
    return windows;
  }
  holidayGaps(startMs, endMs) {
    if (!this.library)
      return null;
    const years = [];
    if (endMs > startMs) {
      const first = epochDayParts(this.localDay(startMs))[0];
      const last = epochDayParts(this.localDay(endMs - 1))[0];
      for (let y = first; y <= last; y++)
        if (!this.libraryYear(y).known)
          years.push(y);
    }
    return { source: holidaySource(this.library), years };
  }
  /**
   * The day's service hours in wall-clock minutes. Explicit `workdays` and `holidays` win over the
   * library's entries for the same date (a date in both explicit lists is a validation error); a
   * working day takes the hours of `workdayAs` (or its own window), a holiday closes its range.
   */
  minutesOf(day) {
    const workday = this.workdays.get(day);
    if (workday)
      return workday;
    const base = this.week[weekdayOfEpochDay(day)];
    const holiday = this.holidays.get(day);
    if (holiday)
      return subtractRanges(base, holiday);
    if (!this.library)
      return base;
    const year = this.libraryDay(day);
    if (year.workdays.has(day))
      return this.workdayHours;
    const closed = year.holidays.get(day);
    return closed ? subtractRanges(base, closed) : base;
  }
  /** The library's data for the year of a local day. */
  libraryDay(day) {
    const last = this.lastYear;
    if (last && day >= last.from && day < last.to)
      return last.data;
    const year = epochDayParts(day)[0];
    const data = this.libraryYear(year);
    this.lastYear = { from: daysFromCivil(year, 1, 1), to: daysFromCivil(year + 1, 1, 1), data };
    return data;
  }
  libraryYear(year) {
    let data = this.libraryYears.get(year);
    if (!data) {
      data = libraryYear(this.library, year);
      this.libraryYears.set(year, data);
    }
    return data;
  }
};
function addRanges(map, day, ranges) {
  const list = map.get(day) ?? [];
  for (const [from, to] of ranges)
    if (to > from)
      list.push([from, to]);
  map.set(day, mergeRanges(list));
}
function nextAtOrAfter(sorted, day) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (sorted[mid] < day)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < sorted.length ? sorted[lo] : Number.POSITIVE_INFINITY;
}

export {
  piecesByLocalDay,
  subtractRanges,
  rangesKey,
  calendarFromModel
};
