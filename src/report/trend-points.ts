import type { Agreement } from "../core/model.js";
import { isoInstant } from "../text/local-time.js";
import { periodInstants } from "../time/period.js";
import type { Span } from "../time/span.js";
import { assess } from "../verdict/assessment.js";
import { judgedOverWindows } from "../verdict/judge-windows.js";
import type { EvaluatedTarget } from "./evaluate-target.js";
import { agreementZone, type ReportContext } from "./report-context.js";
import type { TrendPoint } from "./report-model.js";

/** The earlier periods of the trend where any target has data, each judged like the report row. */
export function trendPoints(
  ctx: ReportContext,
  agreement: Agreement,
  evaluated: readonly EvaluatedTarget[],
): TrendPoint[] {
  const points: TrendPoint[] = [];
  for (let i = 0; i < ctx.trend; i++) {
    let any = false;
    const targets = evaluated.map((e) => {
      const t = e.spans.trend[i]!;
      const judge = (span: Span) =>
        assess(ctx.engine.measure(agreement, e.target, span), e.target.objective, agreement.severity, []);
      // Judged like the report row: window by window when the period holds several.
      const whole = judge(t.span);
      const a = t.windows.length > 1 ? judgedOverWindows(whole, t.windows.map(judge)) : whole;
      if (a.status !== "no-data") any = true;
      return {
        name: e.target.name,
        objective: e.target.objective.fraction,
        value: a.value,
        status: a.status,
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
