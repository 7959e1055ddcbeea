import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  monthPeriod,
  quarterPeriod,
  yearPeriod
} from "./chunk-JKYJYC5M.js";
import {
  daysInMonth,
  epochDayParts
} from "./chunk-MPPKPTIV.js";

// dist/time/assessment-window.js
var WINDOW_MONTHS = { month: 1, quarter: 3, year: 12 };
function assessmentWindows(period, window) {
  const spans = [];
  let day = period.startDay;
  while (day < period.endDay) {
    const w = windowContaining(day, window);
    spans.push({
      label: w.label,
      startDay: w.startDay,
      endDay: Math.min(w.endDay, period.endDay),
      months: WINDOW_MONTHS[window],
      provisional: w.endDay > period.endDay
    });
    day = w.endDay;
  }
  return spans;
}
function windowContaining(day, window) {
  const [y, m] = epochDayParts(day);
  if (window === "month")
    return monthPeriod(y, m);
  if (window === "quarter")
    return quarterPeriod(y, Math.floor((m - 1) / 3) + 1);
  return yearPeriod(y);
}
function monthsOf(per) {
  return WINDOW_MONTHS[per];
}
var MONTH_DAYS_LCM = 377580;
function periodMonths(period) {
  if (period.kind !== "range")
    return { num: period.kind === "month" ? 1 : period.kind === "quarter" ? 3 : 12, den: 1 };
  let num = 0;
  let day = period.startDay;
  while (day < period.endDay) {
    const [y, m, d] = epochDayParts(day);
    const length = daysInMonth(y, m);
    const monthEnd = day - (d - 1) + length;
    const days = Math.min(monthEnd, period.endDay) - day;
    num += days * (MONTH_DAYS_LCM / length);
    day += days;
  }
  return { num, den: MONTH_DAYS_LCM };
}

export {
  assessmentWindows,
  windowContaining,
  monthsOf,
  periodMonths
};
