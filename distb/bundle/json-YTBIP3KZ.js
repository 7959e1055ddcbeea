import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import "./chunk-KBDRPUOI.js";

// dist/formatters/coverage/json.js
function formatCoverageJson(result) {
  const json = {
    targets: result.targets.map((t) => ({
      sla: t.sla,
      target: t.target,
      metric: t.metric,
      verdict: t.verdict,
      ...t.composed === void 0 ? {} : { composed: t.composed },
      reasons: t.reasons.map((r) => ({
        kind: r.kind,
        message: r.message,
        effect: r.effect,
        ...r.component === void 0 ? {} : { component: r.component }
      })),
      components: t.components.map((c) => ({
        service: c.service,
        supportedBy: c.supportedBy.map((s) => s.ref),
        linked: c.supportedBy.filter((s) => s.via === "link").map((s) => s.ref),
        via: c.via,
        path: c.path,
        ...c.anyOf === void 0 ? {} : { anyOf: c.anyOf },
        verdict: c.verdict
      })),
      customer: t.customer,
      service: t.service,
      ...t.priority === void 0 ? {} : { priority: t.priority },
      objective: t.objective,
      ...t.threshold === void 0 ? {} : { threshold: t.threshold },
      requirement: t.requirement,
      ...t.composition === void 0 ? {} : { composition: t.composition }
    })),
    orphans: result.orphans,
    summary: { ...result.summary, total: result.targets.length }
  };
  return `${JSON.stringify(json, null, 2)}
`;
}
export {
  formatCoverageJson
};
