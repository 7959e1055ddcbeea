import { DAY_MS } from "../units.js";
import { fail, ok, type ParseResult } from "./result.js";

/** A calendar date as days since 1970-01-01 (no time zone); `text` keeps the YYYY-MM-DD form. */
export interface CalendarDate {
  readonly day: number;
  readonly text: string;
}

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseDate(input: unknown): ParseResult<CalendarDate> {
  if (input instanceof Date) return fail("a date must be written as a string YYYY-MM-DD");
  if (typeof input !== "string") return fail("a date is a string YYYY-MM-DD");
  const match = PATTERN.exec(input.trim());
  if (!match) return fail(`"${input}" is not a date (expected YYYY-MM-DD)`);
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (m < 1 || m > 12) return fail(`"${input}" has no month ${m}`);
  const last = daysInMonth(y, m);
  if (d < 1 || d > last) return fail(`"${input}" does not exist (${monthName(m)} ${y} has ${last} days)`);
  return ok(dateFromParts(y, m, d));
}

export function dateFromParts(year: number, month: number, day: number): CalendarDate {
  const epochDay = Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
  return { day: epochDay, text: formatEpochDay(epochDay) };
}

export function dateFromEpochDay(day: number): CalendarDate {
  return { day, text: formatEpochDay(day) };
}

export function formatEpochDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** [year, month 1–12, day 1–31] of an epoch day. */
export function epochDayParts(day: number): [number, number, number] {
  const d = new Date(day * DAY_MS);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOfEpochDay(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function monthName(m: number): string {
  return [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ][m - 1]!;
}
