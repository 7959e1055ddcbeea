import type { Agreement, Target } from "../core/model.js";
import { percentageFromPpb } from "../core/values/percentage.js";
import type { TargetMeasurement } from "../measure/engine.js";
import type { MeasuredTicket } from "../measure/measurement.js";
import type { Span } from "../time/span.js";
import { type PeriodSpans, type TargetSpans, targetSpans } from "../time/target-spans.js";
import { type Assessment, assess } from "../verdict/assessment.js";
import { creditDirection, type WindowCredit } from "../verdict/credit-total.js";
import { judgedOverWindows } from "../verdict/judge-windows.js";
import { percentOfCents, windowFeeCents } from "../verdict/money.js";
import type { ReportContext } from "./report-context.js";
import type { SupportingClock } from "./report-model.js";
import { supportingClocks } from "./supporting-clocks.js";

/** One assessment window of a target: its span, its verdict and its credit before the cap. */
export interface EvaluatedWindow extends WindowCredit {
  span: Span;
  judged: Assessment;
}

/** One target measured and judged for one report: the period's figures and each assessment window's verdict and credit. */
export interface EvaluatedTarget {
  target: Target;
  spans: TargetSpans;
  m: TargetMeasurement;
  a: Assessment;
  windows: EvaluatedWindow[];
  /** Some window is still running at the period's end: the status is the status so far (SPEC §14). */
  provisional: boolean;
  /** Breached tickets with the clocks of the supporting OLA/UC ticket targets on them (SPEC §17). */
  supporting: Map<MeasuredTicket, SupportingClock[]>;
}

export function evaluateTarget(
  ctx: ReportContext,
  agreement: Agreement,
  target: Target,
  zone: string,
): EvaluatedTarget {
  const spans = targetSpans(agreement, target, ctx.period, zone, ctx.trend);
  const judged = judgePeriod(ctx, agreement, target, spans);
  const supporting = new Map<MeasuredTicket, SupportingClock[]>();
  const clocks = supportingClocks(ctx.model, agreement, target);
  if (clocks)
    for (const t of judged.m.tickets)
      if (t.status === "breached") supporting.set(t, clocks(t, judged.m.asOf ?? spans.figures.end));
  return { target, spans, ...judged, supporting };
}

/**
 * Measures and judges a target over one period's spans, as the report row does (the trend uses it
 * for earlier periods): the figures over the single window, or over all windows with the status
 * judged window by window. OLAs carry no credits (SPEC §14).
 */
export function judgePeriod(
  ctx: ReportContext,
  agreement: Agreement,
  target: Target,
  spans: PeriodSpans,
): Omit<EvaluatedTarget, "target" | "spans" | "supporting"> {
  const judge = (m: TargetMeasurement) => assess(m, target.objective, agreement.severity, target.credits);
  const m = ctx.engine.measure(agreement, target, spans.figures);
  const a = judge(m);
  const withCredits = creditDirection(agreement.kind) !== null;
  const windows = spans.windows.map((w): EvaluatedWindow => {
    const judged = spans.windows.length === 1 ? a : judge(ctx.engine.measure(agreement, target, w));
    const feeCents = agreement.fee ? windowFeeCents(agreement.fee, w.months) : null;
    const creditPpb = withCredits ? (judged.credit?.credit.ppb ?? 0) : 0;
    return {
      label: w.label,
      months: w.months,
      provisional: w.provisional,
      span: { start: w.start, end: w.end },
      judged,
      feeCents,
      creditPpb,
      creditCents: feeCents === null ? null : percentOfCents(percentageFromPpb(creditPpb), feeCents),
    };
  });
  return {
    m,
    a:
      windows.length > 1
        ? judgedOverWindows(
            a,
            windows.map((w) => w.judged),
          )
        : a,
    windows,
    provisional: windows.some((w) => w.provisional),
  };
}
