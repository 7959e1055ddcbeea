import type { Agreement, Target } from "../core/model.js";
import { assessmentWindows, type WindowSpan } from "./assessment-window.js";
import { dayStartInstant, type Period, periodInstants, previousPeriod } from "./period.js";
import type { Span } from "./span.js";

export interface WindowPlan extends Span {
  label: string;
  months: number;
}

/** Everything a target is measured over for one report: the figures, the credit windows, the trend. */
export interface TargetSpans {
  /** The span the target row's figures cover: the single assessment window, or the period when it holds several. */
  figures: Span;
  windows: WindowPlan[];
  /** Earlier periods, each with its assessment windows (several when a quarter holds months). */
  trend: { period: Period; span: Span; windows: WindowPlan[] }[];
}

/**
 * Spans in instants for an agreement's time zone, cut to the agreement's term (time before the
 * term starts or after it ends is not the provider's commitment).
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
  const windowsOf = (p: Period): WindowPlan[] =>
    assessmentWindows(p, target.window).map((w: WindowSpan) => ({
      label: w.label,
      months: w.months,
      ...cut(dayStartInstant(w.startDay, zone), dayStartInstant(w.endDay, zone)),
    }));
  const windows = windowsOf(period);
  const whole = periodInstants(period, zone);
  const figures =
    windows.length === 1 ? { start: windows[0]!.start, end: windows[0]!.end } : cut(whole.start, whole.end);
  const trendSpans: TargetSpans["trend"] = [];
  let p = period;
  for (let i = 0; i < trend; i++) {
    p = previousPeriod(p);
    const t = periodInstants(p, zone);
    trendSpans.unshift({ period: p, span: cut(t.start, t.end), windows: windowsOf(p) });
  }
  return { figures, windows, trend: trendSpans };
}
