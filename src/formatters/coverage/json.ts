import type { CoverageResult } from "../../coverage/coverage-result.js";

/**
 * SPEC §9: `{targets:[{sla,target,metric,verdict,composed?,reasons:[{kind,message}],
 * components:[{service,supportedBy}]}], orphans, summary}`, with added fields (customer, service,
 * priority, composition; reason effect and component; component via, path, anyOf, verdict and
 * the refs that came from explicit links). `composed` is a fraction 0–1.
 */
export function formatCoverageJson(result: CoverageResult): string {
  const json = {
    targets: result.targets.map((t) => ({
      sla: t.sla,
      target: t.target,
      metric: t.metric,
      verdict: t.verdict,
      ...(t.composed === undefined ? {} : { composed: t.composed }),
      reasons: t.reasons.map((r) => ({
        kind: r.kind,
        message: r.message,
        effect: r.effect,
        ...(r.component === undefined ? {} : { component: r.component }),
      })),
      components: t.components.map((c) => ({
        service: c.service,
        supportedBy: c.supportedBy.map((s) => s.ref),
        linked: c.supportedBy.filter((s) => s.via === "link").map((s) => s.ref),
        via: c.via,
        path: c.path,
        ...(c.anyOf === undefined ? {} : { anyOf: c.anyOf }),
        verdict: c.verdict,
      })),
      customer: t.customer,
      service: t.service,
      ...(t.priority === undefined ? {} : { priority: t.priority }),
      objective: t.objective,
      ...(t.threshold === undefined ? {} : { threshold: t.threshold }),
      requirement: t.requirement,
      ...(t.composition === undefined ? {} : { composition: t.composition }),
    })),
    orphans: result.orphans,
    summary: { ...result.summary, total: result.targets.length },
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
