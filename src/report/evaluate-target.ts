import type { Agreement, Target } from "../core/model.js";
import { percentageFromPpb } from "../core/values/percentage.js";
import type { TargetMeasurement } from "../measure/engine.js";
import { type TargetSpans, targetSpans } from "../time/target-spans.js";
import { type Assessment, assess } from "../verdict/assessment.js";
import type { WindowCredit } from "../verdict/credit-total.js";
import { judgedOverWindows } from "../verdict/judge-windows.js";
import { percentOfCents, windowFeeCents } from "../verdict/money.js";
import type { ReportContext } from "./report-context.js";

/** One target measured and judged for one report: the period's figures and each assessment window's verdict and credit. */
export interface EvaluatedTarget {
  target: Target;
  spans: TargetSpans;
  m: TargetMeasurement;
  a: Assessment;
  windows: (WindowCredit & { judged: Assessment })[];
}

export function evaluateTarget(
  ctx: ReportContext,
  agreement: Agreement,
  target: Target,
  zone: string,
): EvaluatedTarget {
  const spans = targetSpans(agreement, target, ctx.period, zone, ctx.trend);
  const m = ctx.engine.measure(agreement, target, spans.figures);
  const a = assess(m, target.objective, agreement.severity, target.credits);
  const windows = spans.windows.map((w) => {
    const judged =
      spans.windows.length === 1
        ? a
        : assess(
            ctx.engine.measure(agreement, target, w),
            target.objective,
            agreement.severity,
            target.credits,
          );
    const feeCents = agreement.fee ? windowFeeCents(agreement.fee, w.months) : null;
    const creditPpb = judged.credit?.credit.ppb ?? 0;
    return {
      label: w.label,
      judged,
      feeCents,
      creditPpb,
      creditCents: feeCents === null ? null : percentOfCents(percentageFromPpb(creditPpb), feeCents),
    };
  });
  return {
    target,
    spans,
    m,
    a:
      windows.length > 1
        ? judgedOverWindows(
            a,
            windows.map((w) => w.judged),
          )
        : a,
    windows,
  };
}
