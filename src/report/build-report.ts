import type { Agreement } from "../core/model.js";
import { formatEpochDay } from "../core/values/date.js";
import { englishText } from "../text/locale-text.js";
import { isoInstant } from "../text/local-time.js";
import { summaryFactsOf, summarySentence } from "../text/summary-sentence.js";
import { periodMonths } from "../time/assessment-window.js";
import { lastLocalDay, periodInstants } from "../time/period.js";
import { targetSpans } from "../time/target-spans.js";
import { totalCredits } from "../verdict/credit-total.js";
import { breachReport } from "./breach-causes.js";
import { dataQuality } from "./data-quality.js";
import { type EvaluatedTarget, evaluateTarget, planPeriod } from "./evaluate-target.js";
import { improvementSection } from "./improvement-section.js";
import { downtimeAttribution } from "./downtime-attribution.js";
import { agreementZone, type ReportContext } from "./report-context.js";
import { reportInputs } from "./report-inputs.js";
import type { DataQuality, ReportModel } from "./report-model.js";
import { targetRow } from "./target-row.js";
import { termsUsed } from "./terms-used.js";
import { trendPoints } from "./trend-points.js";
import { worstItems } from "./worst-items.js";
import { planWorkload, workloadSection } from "./workload-section.js";

/** Registers everything an agreement's report will measure, before the sources are read. */
export function planReport(ctx: ReportContext, agreement: Agreement): void {
  const zone = agreementZone(ctx, agreement);
  for (const target of agreement.targets) {
    const spans = targetSpans(agreement, target, ctx.period, zone, ctx.trend);
    for (const period of [spans, ...spans.trend]) planPeriod(ctx, agreement, target, period);
  }
  planWorkload(ctx, agreement, zone);
}

/** The report model of one agreement for the context's period (SPEC §6, §9). */
export function buildReport(ctx: ReportContext, agreement: Agreement): ReportModel {
  const zone = agreementZone(ctx, agreement);
  const evaluated = agreement.targets
    .map((target) => evaluateTarget(ctx, agreement, target, zone))
    .filter((e): e is EvaluatedTarget => e !== null);
  const targets = evaluated.map((e) =>
    targetRow(e.agreement, e, e.scope, downtimeAttribution(ctx.model, e.agreement, e)),
  );
  const credits = totalCredits(
    evaluated.flatMap((e) => e.windows),
    agreement,
    periodMonths(ctx.period),
    evaluated.some((e) => e.target.credits.length > 0),
  );
  const breaches = evaluated.filter((e) => e.a.status === "breached").map((e) => breachReport(e, zone));
  // A target whose window is still running is counted apart, never as met or breached (SPEC §14).
  const count = (s: string) => targets.filter((t) => t.status === s && !t.provisional).length;
  const provisional = targets.filter((t) => t.provisional).length;
  const bySeverity = { minor: 0, major: 0, critical: 0 };
  for (const b of breaches) if (!b.provisional) bySeverity[b.severity]++;
  const instants = periodInstants(ctx.period, zone);
  const asOfs = evaluated.map((e) => e.m.asOf).filter((t): t is number => t !== null);
  const service = ctx.model.services.get(agreement.service);
  const terms = termsUsed(ctx.termsOrigin ?? { source: "current", skipped: () => [] }, evaluated);
  const summary = {
    targets: targets.length,
    met: count("met"),
    breached: count("breached"),
    noData: count("no-data"),
    excused: count("excused"),
    provisional,
    breaches: bySeverity,
  };
  return {
    sla: agreement.metadata.name,
    kind: agreement.kind,
    displayName: agreement.metadata.displayName ?? null,
    customer: agreement.customer,
    customerDisplayName: ctx.model.parties.get(agreement.customer)?.metadata.displayName ?? null,
    provider: agreement.provider,
    providerDisplayName: ctx.model.parties.get(agreement.provider)?.metadata.displayName ?? null,
    service: agreement.service,
    serviceDisplayName: service?.metadata.displayName ?? null,
    serviceTier: service?.tier ?? null,
    timezone: zone,
    period: { label: ctx.period.label, start: isoInstant(instants.start), end: isoInstant(instants.end) },
    generatedAt: ctx.generatedAt.toISOString(),
    asOf: asOfs.length > 0 ? isoInstant(Math.max(...asOfs)) : null,
    summary: { ...summary, sentence: summarySentence(summaryFactsOf({ summary, credits }), englishText()) },
    targets,
    breaches,
    worst: worstItems(evaluated),
    credits: {
      percent: credits.percent,
      amount: credits.amount,
      currency: credits.currency,
      capped: credits.capped,
      accruing: credits.accruing,
      direction: credits.direction,
      windows: credits.dueWindows.map((w) => {
        const span = evaluated.flatMap((e) => e.windows).find((x) => x.label === w.label)!.span;
        return {
          label: w.label,
          start: isoInstant(span.start),
          end: isoInstant(span.end),
          lastDay: formatEpochDay(lastLocalDay(span.end, zone)),
          amount: w.cents === null ? null : w.cents / 100,
        };
      }),
    },
    trend: trendPoints(ctx, agreement, evaluated),
    terms: terms.terms,
    dataQuality: withNotes(dataQuality(ctx, evaluated, zone), terms.notes),
    improvement: improvementSection(ctx, agreement, breaches),
    workload: workloadSection(ctx, agreement, zone),
    inputs: reportInputs(ctx, agreement, evaluated),
  };
}

function withNotes(quality: DataQuality, notes: readonly string[]): DataQuality {
  return notes.length === 0 ? quality : { ...quality, notes: [...notes, ...quality.notes] };
}
