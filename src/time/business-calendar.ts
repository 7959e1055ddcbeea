import { CALENDAR_24X7, type Calendar, type Model } from "../core/model.js";
import { DAY_MS, MINUTE_MS } from "../core/units.js";
import { epochDayParts, weekdayOfEpochDay } from "../core/values/date.js";
import { holidaySource, type LibraryYear, libraryYear } from "./holiday-library.js";
import type { IntervalSet } from "./interval-set.js";
import { type MinuteRanges, mergeRanges, subtractRanges } from "./local-day-pieces.js";
import { utcToWall, wallToUtc, zoneOffsetMs } from "./zone.js";

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
  private readonly library: Calendar["holidaysFrom"];
  private readonly libraryYears = new Map<number, LibraryYear>();
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
      // A whole week inside the span, with no special day and no change of offset, has the
      // service time of every such week: count it at once (a clock reaching the year 9999 takes
      // weeks, not days, and stops at its limit).
      if (day > firstDay && day + 7 < lastDay && this.isOrdinaryWeek(day)) {
        total += this.weekMs;
        day += 7;
      } else {
        const windows = this.dayWindows(day);
        for (let i = 0; i < windows.length; i += 2) {
          const s = Math.max(windows[i]!, startMs);
          const e = Math.min(windows[i + 1]!, endMs);
          if (e > s) total += e - s;
        }
        day++;
      }
      if (total > limitMs) return total;
    }
    return total;
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
        if (out.length > 0 && out[out.length - 1]! >= s) out[out.length - 1] = Math.max(out[out.length - 1]!, e);
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
    const year = this.libraryYear(epochDayParts(day)[0]);
    if (year.workdays.has(day)) return this.workdayHours;
    const closed = year.holidays.get(day);
    return closed ? subtractRanges(base, closed) : base;
  }

  private isSpecial(day: number): boolean {
    if (this.workdays.has(day) || this.holidays.has(day)) return true;
    if (!this.library) return false;
    const year = this.libraryYear(epochDayParts(day)[0]);
    return year.workdays.has(day) || year.holidays.has(day);
  }

  /** Seven days from `day` with their weekdays' usual hours and one zone offset throughout. */
  private isOrdinaryWeek(day: number): boolean {
    for (let d = day; d < day + 7; d++) if (this.isSpecial(d)) return false;
    // Probing a day beyond each end is conservative: zones change offset months apart.
    return zoneOffsetMs(this.timezone, (day - 1) * DAY_MS) === zoneOffsetMs(this.timezone, (day + 8) * DAY_MS);
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
