import { DAY_MS } from "../core/units.js";
import type { BusinessCalendar } from "./business-calendar.js";
import { utcToWall, wallToUtc } from "./zone.js";

/** How far ahead a search for service days looks: a calendar closed for longer has none left. */
const SEARCH_DAYS = 800;

/**
 * The deadline of a business-day threshold (SPEC §11): `days` = 3 lets the clock run until the
 * same local time of day on the 3rd following service day (a day with open hours), or until that
 * day's close when it closes earlier. Service days count from the day after the clock starts; a
 * clock started outside service hours starts at the next opening and takes that time of day.
 * Paused time is not handled here: it moves the deadline by as much service time, which is the
 * same as comparing the clock net of pauses with the service time up to this deadline.
 */
export function businessDayDeadline(calendar: BusinessCalendar, startMs: number, days: number): number {
  const start = nextOpening(calendar, startMs);
  if (start === null) return startMs;
  const startDay = calendar.localDay(start);
  const timeOfDay = utcToWall(calendar.timezone, start) - startDay * DAY_MS;
  let day = startDay;
  let windows: readonly number[] = [];
  for (let counted = 0, looked = 0; counted < days; ) {
    day++;
    windows = calendar.dayWindows(day);
    if (windows.length > 0) counted++;
    // A calendar with no service day left: the clock has nothing more to run in.
    else if (++looked > SEARCH_DAYS) return start;
  }
  const sameTime = wallToUtc(calendar.timezone, day * DAY_MS + timeOfDay);
  return Math.min(sameTime, windows[windows.length - 1]!);
}

/** The first instant at or after `ms` inside service hours, or null when none comes within the search horizon. */
export function nextOpening(calendar: BusinessCalendar, ms: number): number | null {
  let day = calendar.localDay(ms);
  for (let i = 0; i <= SEARCH_DAYS; i++, day++) {
    const windows = calendar.dayWindows(day);
    for (let w = 0; w < windows.length; w += 2) {
      if (windows[w + 1]! > ms) return Math.max(windows[w]!, ms);
    }
  }
  return null;
}
