import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  fail,
  ok
} from "./chunk-VYAAX46D.js";
import {
  DAY_MS
} from "./chunk-YUZ4Y2P5.js";

// dist/core/values/date.js
var PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
function parseDate(input) {
  if (input instanceof Date)
    return fail("a date must be written as a string YYYY-MM-DD");
  if (typeof input !== "string")
    return fail("a date is a string YYYY-MM-DD");
  const match = PATTERN.exec(input.trim());
  if (!match)
    return fail(`"${input}" is not a date (expected YYYY-MM-DD)`);
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (m < 1 || m > 12)
    return fail(`"${input}" has no month ${m}`);
  const last = daysInMonth(y, m);
  if (d < 1 || d > last)
    return fail(`"${input}" does not exist (${monthName(m)} ${y} has ${last} days)`);
  return ok(dateFromParts(y, m, d));
}
function dateFromParts(year, month, day) {
  const epochDay = Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
  return { day: epochDay, text: formatEpochDay(epochDay) };
}
function dateFromEpochDay(day) {
  return { day, text: formatEpochDay(day) };
}
function formatEpochDay(day) {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
function epochDayParts(day) {
  const d = new Date(day * DAY_MS);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}
function weekdayOfEpochDay(day) {
  return ((day + 4) % 7 + 7) % 7;
}
function daysInMonth(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
function monthName(m) {
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
    "December"
  ][m - 1];
}

export {
  parseDate,
  dateFromParts,
  dateFromEpochDay,
  formatEpochDay,
  epochDayParts,
  weekdayOfEpochDay,
  daysInMonth
};
