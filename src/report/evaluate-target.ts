import type { Agreement, DimensionFilter, Target } from "../core/model.js";
import { percentageFromPpb } from "../core/values/percentage.js";
import type { TargetMeasurement } from "../measure/engine.js";
import type { MeasureView } from "../measure/revision-measurements.js";
import type { TermsRef } from "../model/terms-in-force.js";
import type { MeasuredTicket } from "../measure/measurement.js";
import type { Span } from "../time/span.js";
import { type PeriodSpans, type TargetSpans, targetSpans, type WindowPlan } from "../time/target-spans.js";
import { type Assessment, assess, excuse } from "../verdict/assessment.js";
import { creditDirection, type WindowCredit } from "../verdict/credit-total.js";
import { judgedOverWindows } from "../verdict/judge-windows.js";
import { percentOfCents, windowFeeCents } from "../verdict/money.js";
import { agreementZone, type ReportContext } from "./report-context.js";
import type { ExcuseReport, SupportingClock } from "./report-model.js";
import { supportingClocks } from "./supporting-clocks.js";
import { planWindowWorkload, windowExcuse } from "./workload-section.js";

/** One assessment window of a target: its span, its verdict and its credit before the cap. */
export interface EvaluatedWindow extends WindowCredit {
  span: Span;
  judged: Assessment;
  /** The revision of the agreement the window was judged under (SPEC §16). */
  terms: TermsRef;
  /** No revision takes effect by the window's start: judged under the earliest. */
  early: boolean;
  /** The window's workload limit was exceeded (SPEC §15): why it is excused. */
  excused: ExcuseReport | null;
}

/** One target measured and judged for one report: the period's figures and each assessment window's verdict and credit. */
export interface EvaluatedTarget {
  /** The target as the revision of the period's last window states it: the row's objective, calendar, credits. */
  target: Target;
  /** The agreement as that revision states it. */
  agreement: Agreement;
  terms: TermsRef;
  /** Whose rows count under that revision (SPEC §13), null for the whole service. */
  scope: DimensionFilter | null;
  spans: TargetSpans;
  m: TargetMeasurement;
  a: Assessment;
  windows: EvaluatedWindow[];
  /** Some window is still running at the period's end: the status is the status so far (SPEC §14). */
  provisional: boolean;
  /** Breached tickets with the clocks of the supporting OLA/UC ticket targets on them (SPEC §17). */
  supporting: Map<MeasuredTicket, SupportingClock[]>;
}

/** A target as one revision states it, with that revision's measurements. */
interface TargetTerms {
  agreement: Agreement;
  target: Target;
  engine: MeasureView;
  ref: TermsRef;
  early: boolean;
}

/** The target's report row, or null when no revision in force during the period has the target. */
export function evaluateTarget(
  ctx: ReportContext,
  agreement: Agreement,
  target: Target,
  zone: string,
): EvaluatedTarget | null {
  const spans = targetSpans(agreement, target, ctx.period, zone, ctx.trend);
  const judged = judgePeriod(ctx, agreement, target, spans);
  if (!judged) return null;
  const supporting = new Map<MeasuredTicket, SupportingClock[]>();
  const clocks = supportingClocks(ctx.model, judged.agreement, judged.target);
  if (clocks)
    for (const t of judged.m.tickets)
      if (t.status === "breached") supporting.set(t, clocks(t, judged.m.asOf ?? spans.figures.end));
  return { spans, ...judged, supporting };
}

/**
 * The terms of each window of one period (SPEC §16): each window is judged under the revision in
 * force at its start — windows of a revision without the target are not judged at all — and the
 * period's figures under the revision of its last window, from the first window judged.
 */
export function periodTerms(
  ctx: ReportContext,
  agreement: Agreement,
  target: Target,
  spans: PeriodSpans,
): { figures: Span; row: TargetTerms; windows: { plan: WindowPlan; terms: TargetTerms }[] } | null {
  const given: TargetTerms = {
    agreement,
    target,
    engine: ctx.engine,
    ref: { commit: null, effective: agreement.effective },
    early: false,
  };
  const windows = spans.windows.flatMap((plan) => {
    if (!ctx.termsAt) return [{ plan, terms: given }];
    const at = ctx.termsAt(agreement, plan.startDay);
    const stated = at.agreement.targets.find((t) => t.name === target.name);
    return stated ? [{ plan, terms: { ...at, target: stated } }] : [];
  });
  if (windows.length === 0) return null;
  const first = windows[0]!.plan;
  const figures =
    first === spans.windows[0]
      ? spans.figures
      : { start: Math.max(first.start, spans.figures.start), end: spans.figures.end };
  return { figures, row: windows[windows.length - 1]!.terms, windows };
}

/**
 * Measures and judges a target over one period's spans, as the report row does (the trend uses it
 * for earlier periods): the figures over the single window, or over all windows with the status
 * judged window by window, each under its own terms. OLAs carry no credits (SPEC §14). Null when
 * no revision in force in the period has the target.
 */
export function judgePeriod(
  ctx: ReportContext,
  agreement: Agreement,
  target: Target,
  spans: PeriodSpans,
): Omit<EvaluatedTarget, "spans" | "supporting"> | null {
  const terms = periodTerms(ctx, agreement, target, spans);
  if (!terms) return null;
  const judge = (t: TargetTerms, m: TargetMeasurement) =>
    assess(m, t.target.objective, t.agreement.severity, t.target.credits);
  const { row } = terms;
  const zone = agreementZone(ctx, agreement);
  const m = row.engine.measure(row.agreement, row.target, terms.figures);
  const unexcused = judge(row, m);
  const windows = terms.windows.map(({ plan: w, terms: t }): EvaluatedWindow => {
    const measured =
      terms.windows.length === 1 ? unexcused : judge(t, t.engine.measure(t.agreement, t.target, w));
    // An exceeded workload limit excuses the window: no breach, no credit (SPEC §15).
    const excused =
      measured.status === "no-data" ? null : windowExcuse(t.engine, t.agreement, t.target, w, zone);
    const judged = excused ? excuse(measured) : measured;
    const feeCents = t.agreement.fee ? windowFeeCents(t.agreement.fee, w.months) : null;
    const creditPpb = creditDirection(t.agreement.kind) !== null ? (judged.credit?.credit.ppb ?? 0) : 0;
    return {
      label: w.label,
      months: w.months,
      provisional: w.provisional,
      span: { start: w.start, end: w.end },
      judged,
      feeCents,
      creditPpb,
      creditCents: feeCents === null ? null : percentOfCents(percentageFromPpb(creditPpb), feeCents),
      terms: t.ref,
      early: t.early,
      excused,
    };
  });
  const a = terms.windows.length === 1 ? windows[0]!.judged : unexcused;
  return {
    target: row.target,
    agreement: row.agreement,
    terms: row.ref,
    scope: row.engine.scope(row.agreement, row.target),
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

/** Registers every span a period's judgement will measure, on the engine of the terms that measure it. */
export function planPeriod(
  ctx: ReportContext,
  agreement: Agreement,
  target: Target,
  spans: PeriodSpans,
): void {
  const terms = periodTerms(ctx, agreement, target, spans);
  if (!terms) return;
  terms.row.engine.plan(terms.row.agreement, terms.row.target, [terms.figures]);
  const zone = agreementZone(ctx, agreement);
  for (const { plan, terms: t } of terms.windows) {
    t.engine.plan(t.agreement, t.target, [plan]);
    planWindowWorkload(t.engine, t.agreement, t.target, plan, zone);
  }
}
