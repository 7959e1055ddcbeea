import { CALENDAR_24X7, type Calendar, type Model } from "../core/model.js";
import { DAY_MS, MINUTE_MS } from "../core/units.js";
import { weekdayOfEpochDay } from "../core/values/date.js";
import type { IntervalSet } from "./interval-set.js";
import { utcToWall, wallToUtc } from "./zone.js";

/**
 * Service hours as a function of real instants: the single place where business time is
 * computed (ticket clocks, service time, coverage's hours containment). Time zone and DST aware:
 * a window's ends are local wall-clock times converted to instants, so 08:00–18:00 is 10 h even
 * on a day with 23 or 25 hours, while a 00:00–24:00 window on that day has 23 or 25 hours.
 */
export interface BusinessCalendar {
  readonly name: string;
  readonly timezone: string;
  /** True for the built-in 24x7 calendar (every instant is service time). */
  readonly always: boolean;
  /** Milliseconds of service time in [startMs, endMs). */
  measure(startMs: number, endMs: number): number;
  /** The service-time intervals inside [startMs, endMs): sorted, disjoint, touching ones merged. */
  openIntervals(startMs: number, endMs: number): IntervalSet;
}

export const ALWAYS_OPEN: BusinessCalendar = {
  name: CALENDAR_24X7,
  timezone: "UTC",
  always: true,
  measure: (startMs, endMs) => Math.max(0, endMs - startMs),
  openIntervals: (startMs, endMs) => (endMs > startMs ? [startMs, endMs] : []),
};

export function compileCalendar(calendar: Calendar): BusinessCalendar {
  return new WeeklyCalendar(calendar);
}

const compiled = new WeakMap<Model, Map<string, BusinessCalendar>>();

/** The calendar named `name` ("24x7" is built in), compiled once per model. */
export function calendarFromModel(model: Model, name: string): BusinessCalendar {
  if (name === CALENDAR_24X7 && !model.calendars.has(name)) return ALWAYS_OPEN;
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
  /** Per weekday (0 = Sunday), merged windows as minute pairs [from, to, from, to, …]. */
  private readonly week: number[][];
  private readonly holidays: Set<number>;
  /** Local day → its windows as instants [start, end, start, end, …]. */
  private readonly days = new Map<number, number[]>();

  constructor(calendar: Calendar) {
    this.name = calendar.metadata.name;
    this.timezone = calendar.timezone;
    this.holidays = new Set(calendar.holidays.map((d) => d.day));
    this.week = Array.from({ length: 7 }, (_, weekday) =>
      mergeMinuteWindows(calendar.hours.filter((h) => h.days.includes(weekday)).map((h) => [h.from, h.to])),
    );
  }

  measure(startMs: number, endMs: number): number {
    let total = 0;
    this.forEachWindow(startMs, endMs, (s, e) => {
      total += e - s;
    });
    return total;
  }

  openIntervals(startMs: number, endMs: number): IntervalSet {
    const out: IntervalSet = [];
    this.forEachWindow(startMs, endMs, (s, e) => {
      if (out.length > 0 && out[out.length - 1]! >= s)
        out[out.length - 1] = Math.max(out[out.length - 1]!, e);
      else out.push(s, e);
    });
    return out;
  }

  /** Calls `visit` with every window clipped to [startMs, endMs), in order. */
  private forEachWindow(startMs: number, endMs: number, visit: (s: number, e: number) => void): void {
    if (endMs <= startMs) return;
    const firstDay = this.localDay(startMs);
    const lastDay = this.localDay(endMs - 1);
    for (let day = firstDay; day <= lastDay; day++) {
      const windows = this.windowsOf(day);
      for (let i = 0; i < windows.length; i += 2) {
        const s = Math.max(windows[i]!, startMs);
        const e = Math.min(windows[i + 1]!, endMs);
        if (e > s) visit(s, e);
      }
    }
  }

  private localDay(utcMs: number): number {
    return Math.floor(utcToWall(this.timezone, utcMs) / DAY_MS);
  }

  private windowsOf(day: number): number[] {
    let windows = this.days.get(day);
    if (windows) return windows;
    windows = [];
    if (!this.holidays.has(day)) {
      const minutes = this.week[weekdayOfEpochDay(day)]!;
      const midnight = day * DAY_MS;
      for (let i = 0; i < minutes.length; i += 2) {
        const s = wallToUtc(this.timezone, midnight + minutes[i]! * MINUTE_MS);
        const e = wallToUtc(this.timezone, midnight + minutes[i + 1]! * MINUTE_MS);
        if (e > s) windows.push(s, e);
      }
    }
    if (this.days.size > 100_000) this.days.clear();
    this.days.set(day, windows);
    return windows;
  }
}

/** Sorts and merges overlapping or touching [from, to] minute windows into a flat list. */
function mergeMinuteWindows(windows: number[][]): number[] {
  const sorted = windows.filter(([f, t]) => t! > f!).sort((a, b) => a[0]! - b[0]!);
  const out: number[] = [];
  for (const [from, to] of sorted) {
    if (out.length > 0 && from! <= out[out.length - 1]!)
      out[out.length - 1] = Math.max(out[out.length - 1]!, to!);
    else out.push(from!, to!);
  }
  return out;
}
