import type { Agreement } from "../core/model.js";
import { PPB } from "../core/values/percentage.js";
import { isoInstant } from "../text/local-time.js";
import { creditDirection, creditStatus, targetCredit } from "../verdict/credit-total.js";
import type { EvaluatedTarget, EvaluatedWindow } from "./evaluate-target.js";
import type { AttributionReport, CreditReport, TargetReport, WindowReport } from "./report-model.js";
import { termsReport } from "./terms-used.js";

/** A target's row of the report model (SPEC §9, §13, §14, §19): seconds for durations, fractions 0–1, null where nothing applies. */
export function targetRow(
  agreement: Agreement,
  e: EvaluatedTarget,
  scope: Record<string, string[]> | null,
  attribution: AttributionReport | null,
): TargetReport {
  const { target, m, a } = e;
  const time = m.unit === "time";
  const seconds = (ms: number | null) => (ms === null ? null : ms / 1000);
  const breachedWindows =
    e.windows.length > 1 ? e.windows.filter((w) => w.judged.status === "breached").map((w) => w.label) : [];
  const hasCredits = target.credits.length > 0 && creditDirection(agreement.kind) !== null;
  const withFee = hasCredits && agreement.fee !== undefined;
  const credit = targetCredit(e.windows);
  return {
    name: target.name,
    metric: target.metric,
    priority: target.priority ?? null,
    threshold: target.threshold === undefined ? null : target.threshold / 1000,
    thresholdText: target.thresholdText ?? null,
    calendar: target.calendar,
    window: target.window,
    scope,
    objective: target.objective.fraction,
    value: a.value,
    status: a.status,
    severity: a.severity,
    margin: a.margin,
    provisional: e.provisional,
    serviceTime: time ? seconds(m.serviceTimeMs) : null,
    downtime: time ? seconds(m.downtimeMs) : null,
    unknownTime: time ? seconds(m.unknownMs) : null,
    count: time ? (m.serviceTimeMs === null ? null : m.outages.length) : m.total,
    good: time ? null : m.good,
    pending: m.pending,
    budget: {
      allowed: a.budgetAllowed === null ? null : time ? a.budgetAllowed / 1000 : a.budgetAllowed,
      consumed: a.budgetConsumed,
    },
    credit: {
      percent: !hasCredits || a.status === "no-data" ? null : credit.ppb / PPB,
      amount: withFee ? credit.cents / 100 : null,
      status: credit.status,
    },
    breachedWindows,
    windows: e.windows.map((w) => windowRow(w, hasCredits, withFee)),
    terms: termsReport(e.terms),
    attribution,
    workload: target.workload ?? null,
    excused: e.windows.flatMap((w) => (w.excused && w.judged.status === "excused" ? [w.excused] : [])),
    ...(target.compare
      ? {
          limit: {
            field: target.compare.field,
            op: target.compare.op,
            value: target.compare.limit,
            amount: target.compare.limitAmount,
            unit: target.compare.limitUnit ?? null,
            text: target.compare.limitText,
          },
        }
      : {}),
    ...(target.metric === "freshness" && m.source !== null ? { subject: m.source } : {}),
  };
}

function windowRow(w: EvaluatedWindow, hasCredits: boolean, withFee: boolean): WindowReport {
  const credit: CreditReport = {
    percent: !hasCredits || w.judged.status === "no-data" ? null : w.creditPpb / PPB,
    amount: withFee && w.creditCents !== null ? w.creditCents / 100 : null,
    status: creditStatus(w),
  };
  return {
    label: w.label,
    start: isoInstant(w.span.start),
    end: isoInstant(w.span.end),
    provisional: w.provisional,
    value: w.judged.value,
    status: w.judged.status,
    severity: w.judged.severity,
    credit,
    terms: termsReport(w.terms),
    excused: w.judged.status === "excused" ? w.excused : null,
  };
}
