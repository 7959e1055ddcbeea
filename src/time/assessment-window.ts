import type { Window } from "../core/model.js";
import { epochDayParts } from "../core/values/date.js";
import { monthPeriod, type Period, quarterPeriod, yearPeriod } from "./period.js";

/** An assessment window as local days, with its length in months (for scaling the fee). */
export interface WindowSpan {
  label: string;
  startDay: number;
  endDay: number;
  months: number;
  /** True when the span is cut short by the end of the reported period (window to date). */
  toDate: boolean;
}

const WINDOW_MONTHS: Record<Window, number> = { month: 1, quarter: 3, year: 12 };

/**
 * The assessment windows a target is judged over for a period (docs/measurement.md):
 * every calendar window (month, quarter, year) that overlaps the period, cut at the period's end —
 * a quarterly target in the May report is assessed over April 1 to May 31 ("quarter to date"),
 * and in the June report over the whole quarter. A custom range also cuts the window's start,
 * so a report never assesses days before its first day unless the period is calendar aligned.
 */
export function assessmentWindows(period: Period, window: Window): WindowSpan[] {
  const spans: WindowSpan[] = [];
  let day = period.startDay;
  while (day < period.endDay) {
    const w = windowContaining(day, window);
    const startDay = period.kind === "range" ? Math.max(w.startDay, period.startDay) : w.startDay;
    const endDay = Math.min(w.endDay, period.endDay);
    spans.push({
      label: w.label,
      startDay,
      endDay,
      months: WINDOW_MONTHS[window],
      toDate: endDay < w.endDay,
    });
    day = w.endDay;
  }
  return spans;
}

function windowContaining(day: number, window: Window): Period {
  const [y, m] = epochDayParts(day);
  if (window === "month") return monthPeriod(y, m);
  if (window === "quarter") return quarterPeriod(y, Math.floor((m - 1) / 3) + 1);
  return yearPeriod(y);
}

export function monthsOf(per: "month" | "quarter" | "year"): number {
  return WINDOW_MONTHS[per];
}
