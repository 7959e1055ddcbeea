import type { Agreement } from "../core/model.js";
import { isoInstant } from "../text/local-time.js";
import { totalLength } from "../time/interval-set.js";
import { periodInstants } from "../time/period.js";
import type { PeriodSpans } from "../time/target-spans.js";
import { type EvaluatedTarget, judgePeriod } from "./evaluate-target.js";
import { agreementZone, type ReportContext } from "./report-context.js";
import type { TrendPoint, TrendTarget } from "./report-model.js";

/** A trend point measured on less of its period's service time than this is marked partial. */
export const PARTIAL_BELOW = 0.9;

/** The earlier periods of the trend where any target has data, each judged like the report row. */
export function trendPoints(
  ctx: ReportContext,
  agreement: Agreement,
  evaluated: readonly EvaluatedTarget[],
): TrendPoint[] {
  const points: TrendPoint[] = [];
  for (let i = 0; i < ctx.trend; i++) {
    let any = false;
    const targets = evaluated.map((e): TrendTarget => {
      const spans = e.spans.trend[i]!;
      const judged = judgePeriod(ctx, agreement, e.target, spans);
      // Not a commitment of the terms then in force (SPEC §16): nothing to measure.
      if (!judged) return notInForce(e);
      const { a, m, provisional } = judged;
      if (a.status !== "no-data") any = true;
      const measured = a.status === "no-data" ? null : measuredShare(ctx, e, spans, m.unknownMs ?? 0);
      return {
        name: e.target.name,
        objective: judged.target.objective.fraction,
        value: a.value,
        status: a.status,
        provisional,
        partial: measured !== null && measured < PARTIAL_BELOW,
        measured,
      };
    });
    if (!any || evaluated.length === 0) continue;
    const span = evaluated[0]!.spans.trend[i]!;
    const instants = periodInstants(span.period, agreementZone(ctx, agreement));
    points.push({
      period: { label: span.period.label, start: isoInstant(instants.start), end: isoInstant(instants.end) },
      targets,
    });
  }
  return points;
}

/**
 * The share of the service time a full measurement would cover that was measured: less when the
 * term starts or ends inside the period, or when a checks series leaves time unknown.
 */
function measuredShare(
  ctx: ReportContext,
  e: EvaluatedTarget,
  spans: PeriodSpans,
  unknownMs: number,
): number {
  const full = totalLength(ctx.engine.open(e.target.calendar, spans.full));
  if (full === 0) return 1;
  return Math.max(0, totalLength(ctx.engine.open(e.target.calendar, spans.figures)) - unknownMs) / full;
}

function notInForce(e: EvaluatedTarget): TrendTarget {
  return {
    name: e.target.name,
    objective: e.target.objective.fraction,
    value: null,
    status: "no-data",
    provisional: false,
    partial: false,
    measured: null,
  };
}
