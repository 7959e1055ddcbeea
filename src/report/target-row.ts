import type { Agreement } from "../core/model.js";
import { PPB } from "../core/values/percentage.js";
import type { EvaluatedTarget } from "./evaluate-target.js";
import type { TargetReport } from "./report-model.js";

/** A target's row of the report model (SPEC §9): seconds for durations, fractions 0–1, null where nothing applies. */
export function targetRow(agreement: Agreement, e: EvaluatedTarget): TargetReport {
  const { target, m, a } = e;
  const time = m.unit === "time";
  const seconds = (ms: number | null) => (ms === null ? null : ms / 1000);
  const creditCents = e.windows.some((w) => w.creditCents !== null)
    ? e.windows.reduce((sum, w) => sum + (w.creditCents ?? 0), 0)
    : null;
  const creditPpb = e.windows.reduce((max, w) => Math.max(max, w.creditPpb), 0);
  const breachedWindows =
    e.windows.length > 1 ? e.windows.filter((w) => w.judged.status === "breached").map((w) => w.label) : [];
  return {
    name: target.name,
    metric: target.metric,
    priority: target.priority ?? null,
    threshold: target.threshold === undefined ? null : target.threshold / 1000,
    thresholdText: target.thresholdText ?? null,
    calendar: target.calendar,
    window: target.window,
    objective: target.objective.fraction,
    value: a.value,
    status: a.status,
    severity: a.severity,
    margin: a.margin,
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
      percent: target.credits.length === 0 || a.status === "no-data" ? null : creditPpb / PPB,
      amount: agreement.fee && target.credits.length > 0 && creditCents !== null ? creditCents / 100 : null,
    },
    breachedWindows,
  };
}
