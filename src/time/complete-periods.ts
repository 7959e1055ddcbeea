import type { Window } from "../core/model.js";
import { epochDayParts } from "../core/values/date.js";
import { monthPeriod, type Period, previousPeriod, quarterPeriod, yearPeriod } from "./period.js";

/**
 * The last `n` calendar periods of a window's kind (month, quarter, year) that have ended by local
 * day `today` (epoch day; the period holding `today` is still running), oldest first: what
 * `slm diff --replay N` re-measures for targets judged per `window`.
 */
export function lastCompletePeriods(window: Window, today: number, n: number): Period[] {
  const [y, m] = epochDayParts(today);
  let p: Period =
    window === "month"
      ? monthPeriod(y, m)
      : window === "quarter"
        ? quarterPeriod(y, Math.floor((m - 1) / 3) + 1)
        : yearPeriod(y);
  const periods: Period[] = [];
  for (let i = 0; i < n; i++) {
    p = previousPeriod(p);
    periods.unshift(p);
  }
  return periods;
}
