import type { Agreement, Target } from "../core/model.js";
import { assessmentWindows } from "./assessment-window.js";
import { dayStartInstant, type Period, previousPeriod } from "./period.js";
import type { Span } from "./span.js";

export interface WindowPlan extends Span {
  label: string;
  /** The window's first local day (epoch day), before any cut to the term: which terms are in force (SPEC §16). */
  startDay: number;
  /** The window's last local day + 1 (the period's end for a window still running). */
  endDay: number;
  months: number;
  /** Still running at the period's end (SPEC §14): measured so far, its credit not due yet. */
  provisional: boolean;
}

/** What a target is measured over for one period: the row's figures and the assessment windows. */
export interface PeriodSpans {
  period: Period;
  /** The span the figures cover: the single assessment window, or all of the period's windows together. */
  figures: Span;
  /** `figures` before the cut to the agreement's term: what a full measurement would cover. */
  full: Span;
  windows: WindowPlan[];
}

/** Everything a target is measured over for one report: the period, and the earlier periods of the trend. */
export interface TargetSpans extends PeriodSpans {
  /** Earlier periods, oldest first, each planned like the report's own. */
  trend: PeriodSpans[];
}

/**
 * Spans in instants for an agreement's time zone, cut to the agreement's term (time before the
 * term starts or after it ends is not the provider's commitment). A window cut short by the end of
 * the term ends there: it is not provisional once the term has ended.
 */
export function targetSpans(
  agreement: Agreement,
  target: Target,
  period: Period,
  zone: string,
  trend: number,
): TargetSpans {
  const termStart = dayStartInstant(agreement.term.start.day, zone);
  const termEnd = agreement.term.end
    ? dayStartInstant(agreement.term.end.day + 1, zone)
    : Number.POSITIVE_INFINITY;
  const cut = (start: number, end: number): Span => {
    const s = Math.max(start, termStart);
    const e = Math.min(end, termEnd);
    return e > s ? { start: s, end: e } : { start: s, end: s };
  };
  const plan = (p: Period): PeriodSpans => {
    const periodEnd = dayStartInstant(p.endDay, zone);
    const days = assessmentWindows(p, target.window);
    const windows = days.map((w) => ({
      label: w.label,
      startDay: w.startDay,
      endDay: w.endDay,
      months: w.months,
      provisional: w.provisional && termEnd > periodEnd,
      ...cut(dayStartInstant(w.startDay, zone), dayStartInstant(w.endDay, zone)),
    }));
    const full = {
      start: dayStartInstant(days[0]!.startDay, zone),
      end: dayStartInstant(days[days.length - 1]!.endDay, zone),
    };
    return { period: p, figures: cut(full.start, full.end), full, windows };
  };
  const trendSpans: PeriodSpans[] = [];
  let p = period;
  for (let i = 0; i < trend; i++) {
    p = previousPeriod(p);
    trendSpans.unshift(plan(p));
  }
  return { ...plan(period), trend: trendSpans };
}
