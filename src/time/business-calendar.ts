import { CALENDAR_24X7, type Calendar, type Model } from "../core/model.js";
import { DAY_MS, MINUTE_MS } from "../core/units.js";
import { epochDayParts, weekdayOfEpochDay } from "../core/values/date.js";
import { daysFromCivil } from "./civil-date.js";
import { holidaySource, type LibraryYear, libraryYear } from "./holiday-library.js";
import type { IntervalSet } from "./interval-set.js";
import { type MinuteRanges, mergeRanges, subtractRanges } from "./local-day-pieces.js";
import { nextTransition, utcToWall, wallToUtc } from "./zone.js";

/**
 * Service hours as a function of real instants: the single place where business time is
 * computed (ticket clocks, service time, business days, coverage's hours containment). Time zone
 * and DST aware: a window's ends are local wall-clock times converted to instants, so 08:00–18:00
 * is 10 h even on a day with 23 or 25 hours, while a 00:00–24:00 window on that day has 23 or 25
 * hours; an end inside a DST gap is the end of the gap (see `wallToUtc`).
 */
export interface BusinessCalendar {
  readonly name: string;
  readonly timezone: string;
  /** True for the built-in 24x7 calendar (every instant is service time). */
  readonly always: boolean;
  /**
   * Milliseconds of service time in [startMs, endMs). With `limitMs` the count may stop as soon
   * as it exceeds the limit: the result is exact when ≤ limitMs, else only known to be above it.
   */
  measure(startMs: number, endMs: number, limitMs?: number): number;
  /** The service-time intervals inside [startMs, endMs): sorted, disjoint, touching ones merged. */
  openIntervals(startMs: number, endMs: number): IntervalSet;
  /** The local day (epoch day of the wall clock in the calendar's zone) of an instant. */
  localDay(utcMs: number): number;
  /** A local day's service windows as instants [start, end, start, end, …]; empty on a day off. */
  dayWindows(day: number): readonly number[];
  /**
   * The library behind `holidaysFrom` and the years of [startMs, endMs) it has no data for
   * (whose public holidays and make-up working days are therefore not applied); null without one.
   */
  holidayGaps(startMs: number, endMs: number): { source: string; years: number[] } | null;
}

/** The built-in 24x7 calendar in `zone`: always open; its days (for business days) are local days. */
export function alwaysOpen(zone: string): BusinessCalendar {
  let calendar = alwaysOpenByZone.get(zone);
  if (!calendar) {
    const localDay = (utcMs: number) => Math.floor(utcToWall(zone, utcMs) / DAY_MS);
    calendar = {
      name: CALENDAR_24X7,
      timezone: zone,
      always: true,
      measure: (startMs, endMs) => Math.max(0, endMs - startMs),
      openIntervals: (startMs, endMs) => (endMs > startMs ? [startMs, endMs] : []),
      localDay,
      dayWindows: (day) => [wallToUtc(zone, day * DAY_MS), wallToUtc(zone, (day + 1) * DAY_MS)],
      holidayGaps: () => null,
    };
    alwaysOpenByZone.set(zone, calendar);
  }
  return calendar;
}
const alwaysOpenByZone = new Map<string, BusinessCalendar>();

/** The built-in 24x7 calendar outside any agreement (UTC). */
export const ALWAYS_OPEN: BusinessCalendar = alwaysOpen("UTC");

export function compileCalendar(calendar: Calendar): BusinessCalendar {
  return new WeeklyCalendar(calendar);
}

const compiled = new WeakMap<Model, Map<string, BusinessCalendar>>();

/**
 * The calendar named `name`, compiled once per model. The built-in "24x7" has no zone of its own:
 * inside an agreement it takes the agreement's (`zone`, SPEC §11), else UTC.
 */
export function calendarFromModel(model: Model, name: string, zone = "UTC"): BusinessCalendar {
  if (name === CALENDAR_24X7 && !model.calendars.has(name)) return alwaysOpen(zone);
  let byName = compiled.get(model);
  if (!byName) {
    byName = new Map();
    compiled.set(model, byName);
  }
  let calendar = byName.get(name);
  if (!calendar) {
    const spec = model.calendars.get(name);
    if (!spec) throw new Error(`unknown calendar "${name}" (validation should have caught this)`);
    calendar = compileCalendar(spec);
    byName.set(name, calendar);
  }
  return calendar;
}

class WeeklyCalendar implements BusinessCalendar {
  readonly name: string;
  readonly timezone: string;
  readonly always = false;
  /** Per weekday (0 = Sunday), merged windows as minute ranges. */
  private readonly week: MinuteRanges[];
  /** Service time of a week whose days are all ordinary and whose zone offset does not change. */
  private readonly weekMs: number;
  private readonly workdayHours: MinuteRanges;
  /** Explicit entries, which win over the library's: local day → closed ranges / working ranges. */
  private readonly holidays = new Map<number, MinuteRanges>();
  private readonly workdays = new Map<number, MinuteRanges>();
  /** The days of both explicit lists, sorted. */
  private readonly explicitDays: number[];
  private readonly library: Calendar["holidaysFrom"];
  private readonly libraryYears = new Map<number, LibraryYear>();
  /** The library year of the last lookup and its local days [from, to): clocks ask day after day. */
  private lastYear: { from: number; to: number; data: LibraryYear } | undefined;
  /** Local day → its windows as instants [start, end, start, end, …]. */
  private readonly days = new Map<number, number[]>();

  constructor(calendar: Calendar) {
    this.name = calendar.metadata.name;
    this.timezone = calendar.timezone;
    this.week = Array.from({ length: 7 }, (_, weekday) =>
      mergeRanges(
        calendar.hours
          .filter((h) => h.days.includes(weekday) && h.to > h.from)
          .map((h): [number, number] => [h.from, h.to]),
      ),
    );
    this.weekMs = this.week.flat().reduce((sum, [from, to]) => sum + (to - from), 0) * MINUTE_MS;
    this.workdayHours = this.week[calendar.workdayAs] ?? [];
    for (const h of calendar.holidays) addRanges(this.holidays, h.day, [[h.from, h.to]]);
    for (const w of calendar.workdays)
      addRanges(this.workdays, w.day, w.window ? [[w.window.from, w.window.to]] : this.workdayHours);
    this.library = calendar.holidaysFrom;
    this.explicitDays = [...new Set([...this.holidays.keys(), ...this.workdays.keys()])].sort(
      (a, b) => a - b,
    );
  }

  localDay(utcMs: number): number {
    return Math.floor(utcToWall(this.timezone, utcMs) / DAY_MS);
  }

  measure(startMs: number, endMs: number, limitMs = Number.POSITIVE_INFINITY): number {
    if (endMs <= startMs) return 0;
    let total = 0;
    const firstDay = this.localDay(startMs);
    const lastDay = this.localDay(endMs - 1);
    for (let day = firstDay; day <= lastDay; ) {
      // Whole weeks inside the span without a special day and without a change of offset all have
      // the same service time: count them at once, so a clock reaching the year 9999 costs a few
      // steps per year (and stops at its limit), not one per day.
      if (day > firstDay) {
        const weeks = Math.floor((Math.min(lastDay, this.nextIrregularDay(day)) - day) / 7);
        if (weeks > 0) {
          total += weeks * this.weekMs;
          day += weeks * 7;
          if (total > limitMs) return total;
          continue;
        }
      }
      const windows = this.dayWindows(day);
      for (let i = 0; i < windows.length; i += 2) {
        const s = Math.max(windows[i]!, startMs);
        const e = Math.min(windows[i + 1]!, endMs);
        if (e > s) total += e - s;
      }
      day++;
      if (total > limitMs) return total;
    }
    return total;
  }

  /**
   * The first local day at or after `day` that may differ from its weekday's usual hours: a listed
   * or library holiday or working day, or the day before a change of the zone's offset.
   */
  private nextIrregularDay(day: number): number {
    let next = nextAtOrAfter(this.explicitDays, day);
    if (this.library) {
      const year = this.libraryDay(day);
      const found = nextAtOrAfter(year.specialDays, day);
      next = Math.min(next, found === Number.POSITIVE_INFINITY ? this.lastYear!.to : found);
    }
    // Probing from a day early is conservative: the offset is constant until the transition.
    const transition = nextTransition(this.timezone, (day - 1) * DAY_MS);
    return Math.min(next, Math.floor(transition / DAY_MS) - 1);
  }

  openIntervals(startMs: number, endMs: number): IntervalSet {
    const out: IntervalSet = [];
    if (endMs <= startMs) return out;
    const lastDay = this.localDay(endMs - 1);
    for (let day = this.localDay(startMs); day <= lastDay; day++) {
      const windows = this.dayWindows(day);
      for (let i = 0; i < windows.length; i += 2) {
        const s = Math.max(windows[i]!, startMs);
        const e = Math.min(windows[i + 1]!, endMs);
        if (e <= s) continue;
        if (out.length > 0 && out[out.length - 1]! >= s)
          out[out.length - 1] = Math.max(out[out.length - 1]!, e);
        else out.push(s, e);
      }
    }
    return out;
  }

  dayWindows(day: number): readonly number[] {
    let windows = this.days.get(day);
    if (windows) return windows;
    windows = [];
    const minutes = this.minutesOf(day);
    const midnight = day * DAY_MS;
    for (const [from, to] of minutes) {
      const s = wallToUtc(this.timezone, midnight + from * MINUTE_MS);
      const e = wallToUtc(this.timezone, midnight + to * MINUTE_MS);
      if (e > s) windows.push(s, e);
    }
    if (this.days.size > 100_000) this.days.clear();
    this.days.set(day, windows);
    return windows;
  }

  holidayGaps(startMs: number, endMs: number): { source: string; years: number[] } | null {
    if (!this.library) return null;
    const years: number[] = [];
    if (endMs > startMs) {
      const first = epochDayParts(this.localDay(startMs))[0];
      const last = epochDayParts(this.localDay(endMs - 1))[0];
      for (let y = first; y <= last; y++) if (!this.libraryYear(y).known) years.push(y);
    }
    return { source: holidaySource(this.library), years };
  }

  /**
   * The day's service hours in wall-clock minutes. Explicit `workdays` and `holidays` win over the
   * library's entries for the same date (a date in both explicit lists is a validation error); a
   * working day takes the hours of `workdayAs` (or its own window), a holiday closes its range.
   */
  private minutesOf(day: number): MinuteRanges {
    const workday = this.workdays.get(day);
    if (workday) return workday;
    const base = this.week[weekdayOfEpochDay(day)]!;
    const holiday = this.holidays.get(day);
    if (holiday) return subtractRanges(base, holiday);
    if (!this.library) return base;
    const year = this.libraryDay(day);
    if (year.workdays.has(day)) return this.workdayHours;
    const closed = year.holidays.get(day);
    return closed ? subtractRanges(base, closed) : base;
  }

  /** The library's data for the year of a local day. */
  private libraryDay(day: number): LibraryYear {
    const last = this.lastYear;
    if (last && day >= last.from && day < last.to) return last.data;
    const year = epochDayParts(day)[0];
    const data = this.libraryYear(year);
    this.lastYear = { from: daysFromCivil(year, 1, 1), to: daysFromCivil(year + 1, 1, 1), data };
    return data;
  }

  private libraryYear(year: number): LibraryYear {
    let data = this.libraryYears.get(year);
    if (!data) {
      data = libraryYear(this.library!, year);
      this.libraryYears.set(year, data);
    }
    return data;
  }
}

function addRanges(map: Map<number, MinuteRanges>, day: number, ranges: MinuteRanges): void {
  const list = map.get(day) ?? [];
  for (const [from, to] of ranges) if (to > from) list.push([from, to]);
  map.set(day, mergeRanges(list));
}

/** The first element ≥ `day` of a sorted array, or Infinity (binary search). */
function nextAtOrAfter(sorted: readonly number[], day: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length ? sorted[lo]! : Number.POSITIVE_INFINITY;
}
