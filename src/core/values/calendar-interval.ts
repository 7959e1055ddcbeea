import { type CalendarDate, dateFromEpochDay, dateFromParts, daysInMonth, epochDayParts } from "./date.js";
import { fail, ok, type ParseResult } from "./result.js";

/** A calendar interval (review cycles, notice periods): months and days, added on the calendar. */
export interface CalendarInterval {
  readonly months: number;
  readonly days: number;
  readonly text: string;
}

const SHORT = /^(?:(\d+)y)?(?:(\d+)mo)?(?:(\d+)w)?(?:(\d+)d)?$/;
const ISO = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;

export function parseCalendarInterval(input: unknown): ParseResult<CalendarInterval> {
  if (typeof input !== "string")
    return fail('a calendar interval is a string like "1y", "6mo", "90d" or "P1Y"');
  const text = input.trim();
  const match = SHORT.exec(text) ?? ISO.exec(text);
  if (!match || text === "" || text === "P") {
    return fail(`"${text}" is not a calendar interval (expected e.g. 1y, 6mo, 3mo, 90d, 2w, P1Y, P6M)`);
  }
  const [y, mo, w, d] = match.slice(1).map((v) => (v === undefined ? 0 : Number(v)));
  return ok({ months: y! * 12 + mo!, days: w! * 7 + d!, text });
}

/** Adds (sign 1) or subtracts (sign -1) an interval; a month-end overflow clamps (Jan 31 + 1mo = Feb 29). */
export function shiftDate(date: CalendarDate, interval: CalendarInterval, sign: 1 | -1 = 1): CalendarDate {
  const [y, m, d] = epochDayParts(date.day);
  const monthIndex = y * 12 + (m - 1) + sign * interval.months;
  const ny = Math.floor(monthIndex / 12);
  const nm = (monthIndex % 12) + 1;
  const shifted = dateFromParts(ny, nm, Math.min(d, daysInMonth(ny, nm)));
  return dateFromEpochDay(shifted.day + sign * interval.days);
}
