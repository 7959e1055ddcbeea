import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  dateFromEpochDay,
  dateFromParts,
  daysInMonth,
  epochDayParts
} from "./chunk-MPPKPTIV.js";
import {
  fail,
  ok
} from "./chunk-VYAAX46D.js";

// dist/core/values/calendar-interval.js
var SHORT = /^(?:(\d+)y)?(?:(\d+)mo)?(?:(\d+)w)?(?:(\d+)d)?$/;
var ISO = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;
function parseCalendarInterval(input) {
  if (typeof input !== "string")
    return fail('a calendar interval is a string like "1y", "6mo", "90d" or "P1Y"');
  const text = input.trim();
  const match = SHORT.exec(text) ?? ISO.exec(text);
  if (!match || text === "" || text === "P") {
    return fail(`"${text}" is not a calendar interval (expected e.g. 1y, 6mo, 3mo, 90d, 2w, P1Y, P6M)`);
  }
  const [y, mo, w, d] = match.slice(1).map((v) => v === void 0 ? 0 : Number(v));
  return ok({ months: y * 12 + mo, days: w * 7 + d, text });
}
function shiftDate(date, interval, sign = 1) {
  const [y, m, d] = epochDayParts(date.day);
  const monthIndex = y * 12 + (m - 1) + sign * interval.months;
  const ny = Math.floor(monthIndex / 12);
  const nm = monthIndex % 12 + 1;
  const shifted = dateFromParts(ny, nm, Math.min(d, daysInMonth(ny, nm)));
  return dateFromEpochDay(shifted.day + sign * interval.days);
}

export {
  parseCalendarInterval,
  shiftDate
};
