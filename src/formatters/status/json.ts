import type { StatusResult } from "../../status/status-model.js";

/**
 * SPEC §20, exactly: `{ asOf, targets: [ { agreement, kind, target, metric, window: { start, end },
 * elapsed, value, consumed, burnRate, atRisk, forecast: { status } } ] }`.
 */
export function formatStatusJson(result: StatusResult): string {
  const targets = result.targets.map((t) => ({
    agreement: t.agreement,
    kind: t.kind,
    target: t.target,
    metric: t.metric,
    window: { start: t.window.start, end: t.window.end },
    elapsed: t.elapsed,
    value: t.value,
    consumed: t.consumed,
    burnRate: t.burnRate,
    atRisk: t.atRisk,
    forecast: { status: t.forecast.status },
  }));
  return `${JSON.stringify({ asOf: result.asOf, targets }, null, 2)}\n`;
}
