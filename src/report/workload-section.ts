import type { Agreement, Target, WorkloadLimit } from "../core/model.js";
import type { MeasureView } from "../measure/revision-measurements.js";
import { englishText } from "../text/locale-text.js";
import { isoInstant } from "../text/local-time.js";
import { excuseReason } from "../text/workload-text.js";
import type { WindowPlan } from "../time/target-spans.js";
import { reportWorkloadWindows, workloadWindowsWithin } from "../time/workload-windows.js";
import type { ReportContext } from "./report-context.js";
import type { ExcuseReport, WorkloadReport } from "./report-model.js";

/** Registers the workload windows the report shows, for every limit of the agreement. */
export function planWorkload(ctx: ReportContext, agreement: Agreement, zone: string): void {
  for (const limit of agreement.workload)
    ctx.engine.planWorkload(agreement, limit, reportWorkloadWindows(ctx.period, limit.per, zone));
}

/** The agreement's workload against its limits per window of the period (SPEC §15). */
export function workloadSection(ctx: ReportContext, agreement: Agreement, zone: string): WorkloadReport[] {
  return agreement.workload.map((limit) => {
    let source: string | null = null;
    const windows = reportWorkloadWindows(ctx.period, limit.per, zone).map((w) => {
      const counted = ctx.engine.workload(agreement, limit, w);
      source ??= counted.source;
      return {
        label: w.label,
        start: isoInstant(w.start),
        end: isoInstant(w.end),
        provisional: w.provisional,
        actual: counted.actual,
        exceeded: counted.actual !== null && counted.actual > limit.max,
      };
    });
    return {
      name: limit.name,
      measure: limit.measure,
      priority: limit.priority ?? null,
      max: limit.max,
      per: limit.per,
      source,
      windows,
    };
  });
}

/** The limit a target is bound to, in the agreement as the window's terms state it. */
function boundLimit(agreement: Agreement, target: Target): WorkloadLimit | undefined {
  return target.workload === undefined
    ? undefined
    : agreement.workload.find((w) => w.name === target.workload);
}

/** Registers the workload windows that can excuse a target's assessment window. */
export function planWindowWorkload(
  engine: MeasureView,
  agreement: Agreement,
  target: Target,
  plan: WindowPlan,
  zone: string,
): void {
  const limit = boundLimit(agreement, target);
  if (limit)
    engine.planWorkload(agreement, limit, workloadWindowsWithin(plan.startDay, plan.endDay, limit.per, zone));
}

/**
 * Why a target's assessment window is excused (SPEC §15), or null: the first workload window of its
 * limit overlapping the assessment window (counted up to the assessment window's end) whose demand
 * exceeded the limit. A demand equal to the limit is within it.
 */
export function windowExcuse(
  engine: MeasureView,
  agreement: Agreement,
  target: Target,
  plan: WindowPlan,
  zone: string,
): ExcuseReport | null {
  const limit = boundLimit(agreement, target);
  if (!limit) return null;
  for (const w of workloadWindowsWithin(plan.startDay, plan.endDay, limit.per, zone)) {
    const { actual } = engine.workload(agreement, limit, w);
    if (actual === null || actual <= limit.max) continue;
    const fact = { measure: limit.measure, actual, max: limit.max };
    return {
      window: plan.label,
      workload: limit.name,
      measure: limit.measure,
      workloadWindow: w.label,
      actual,
      max: limit.max,
      reason: excuseReason(fact, englishText()),
    };
  }
  return null;
}
