import type { Window } from "../core/model.js";
import { daysInMonth, epochDayParts } from "../core/values/date.js";
import { monthPeriod, type Period, quarterPeriod, yearPeriod } from "./period.js";

/** An assessment window as local days, with its length in months (for scaling the fee). */
export interface WindowSpan {
  label: string;
  startDay: number;
  /** The window's last day + 1, or the period's end when the window is still running then. */
  endDay: number;
  months: number;
  /**
   * True when the window is still running at the end of the reported period: it is shown from
   * its start to the period's end, with its status so far, and its credit is not due yet.
   */
  provisional: boolean;
}

const WINDOW_MONTHS: Record<Window, number> = { month: 1, quarter: 3, year: 12 };

/**
 * The assessment windows a target is judged over for a period (SPEC §14, docs/measurement.md):
 * every calendar window (month, quarter, year) that ends in the period — whole, from its own
 * start, even when that lies before the period's first day (Q2 in a June report is April–June) —
 * and the window still running at the period's end, from its start to the period's end,
 * `provisional`. A custom range is no exception: its windows are the calendar's windows, so a
 * window's credit is worked out on the whole window and falls due in exactly one report.
 */
export function assessmentWindows(period: Period, window: Window): WindowSpan[] {
  const spans: WindowSpan[] = [];
  let day = period.startDay;
  while (day < period.endDay) {
    const w = windowContaining(day, window);
    spans.push({
      label: w.label,
      startDay: w.startDay,
      endDay: Math.min(w.endDay, period.endDay),
      months: WINDOW_MONTHS[window],
      provisional: w.endDay > period.endDay,
    });
    day = w.endDay;
  }
  return spans;
}

/** The calendar window (month, quarter, year) holding local day `day`. */
export function windowContaining(day: number, window: Window): Period {
  const [y, m] = epochDayParts(day);
  if (window === "month") return monthPeriod(y, m);
  if (window === "quarter") return quarterPeriod(y, Math.floor((m - 1) / 3) + 1);
  return yearPeriod(y);
}

export function monthsOf(per: "month" | "quarter" | "year"): number {
  return WINDOW_MONTHS[per];
}

/** A number of months as an exact fraction `num / den`. */
export interface Months {
  num: number;
  den: number;
}

/** lcm(28, 29, 30, 31): every month's days divide it, so a range's months are an exact fraction over it. */
const MONTH_DAYS_LCM = 377_580;

/**
 * The length of a period in months, for the fee of the report's period (SPEC §14 `credits.percent`):
 * 1, 3 or 12 for a month, quarter or year; a custom range counts each month it touches by the
 * share of that month's days it holds (2024-05-01..2024-05-15 is 15/31 of a month).
 */
export function periodMonths(period: Period): Months {
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
