import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import "./chunk-KBDRPUOI.js";

// dist/formatters/status/json.js
function formatStatusJson(result) {
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
    forecast: { status: t.forecast.status }
  }));
  return `${JSON.stringify({ asOf: result.asOf, targets }, null, 2)}
`;
}
export {
  formatStatusJson
};
