import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  isAbout,
  isOpen,
  overdueActions
} from "./chunk-JWE4QTWT.js";
import {
  compareStrings
} from "./chunk-2EXGQLEF.js";

// dist/kpi/process-kpis.js
function processKpis(model, period, coverage, reports, options) {
  const dependedOn = /* @__PURE__ */ new Set();
  for (const service of model.services.values()) {
    for (const d of service.dependsOn)
      for (const name of "service" in d ? [d.service] : d.anyOf)
        dependedOn.add(name);
  }
  const topLevel = [...model.services.keys()].filter((name) => !dependedOn.has(name)).sort();
  const inForce = new Set(reports.map((r) => r.sla));
  const withSla = new Set(model.agreements.filter((a) => a.kind === "SLA" && inForce.has(a.metadata.name)).map((a) => a.service));
  const covered = coverage.targets.filter((t) => inForce.has(t.sla) && t.verdict !== "not-applicable");
  const verdicts = (v) => covered.filter((t) => t.verdict === v).length;
  const all = reports.flatMap((r) => r.targets);
  const targets = all.filter((t) => !t.provisional);
  const count = (status) => targets.filter((t) => t.status === status).length;
  const severity = (s) => targets.filter((t) => t.severity === s).length;
  return {
    period,
    services: {
      total: topLevel.length,
      withSla: topLevel.filter((s) => withSla.has(s)).length,
      withoutSla: topLevel.filter((s) => !withSla.has(s))
    },
    slaTargets: {
      total: covered.length,
      covered: verdicts("covered"),
      atRisk: verdicts("at-risk"),
      uncovered: verdicts("uncovered")
    },
    targets: {
      measured: targets.length - count("no-data"),
      met: count("met"),
      breached: count("breached"),
      noData: count("no-data"),
      excused: count("excused"),
      provisional: all.length - targets.length
    },
    breaches: {
      minor: severity("minor"),
      major: severity("major"),
      critical: severity("critical"),
      withImprovement: withImprovement(reports)
    },
    improvements: improvementKpis(register(model, reports, options.selected), options.actionsAsOf),
    actionsAsOf: options.actionsAsOf.text,
    tiers: tierKpis(model, topLevel, withSla, reports),
    ...templateSection(model, reports)
  };
}
function templateSection(model, reports) {
  const byName = new Map(model.agreements.filter((a) => a.kind === "SLA").map((a) => [a.metadata.name, a]));
  const templates = /* @__PURE__ */ new Map();
  for (const r of reports) {
    if (r.kind !== "SLA")
      continue;
    for (const { name: template } of byName.get(r.sla)?.templates ?? []) {
      let t = templates.get(template);
      if (!t) {
        t = { template, slas: 0, slaTargets: 0, met: 0, breached: 0 };
        templates.set(template, t);
      }
      t.slas++;
      t.slaTargets += r.targets.length;
      t.met += r.targets.filter((x) => x.status === "met" && !x.provisional).length;
      t.breached += r.targets.filter((x) => x.status === "breached" && !x.provisional).length;
    }
  }
  if (templates.size === 0)
    return {};
  return { templates: [...templates.values()].sort((a, b) => compareStrings(a.template, b.template)) };
}
function tierKpis(model, topLevel, withSla, reports) {
  const tiers = /* @__PURE__ */ new Map();
  const entry = (service) => {
    const tier = model.services.get(service)?.tier ?? null;
    let found = tiers.get(tier);
    if (!found) {
      found = { tier, services: 0, withSla: 0, slaTargets: 0, met: 0, breached: 0 };
      tiers.set(tier, found);
    }
    return found;
  };
  for (const service of topLevel) {
    const t = entry(service);
    t.services++;
    if (withSla.has(service))
      t.withSla++;
  }
  for (const r of reports) {
    if (r.kind !== "SLA")
      continue;
    const t = entry(r.service);
    t.slaTargets += r.targets.length;
    t.met += r.targets.filter((x) => x.status === "met" && !x.provisional).length;
    t.breached += r.targets.filter((x) => x.status === "breached" && !x.provisional).length;
  }
  return [...tiers.values()].sort((a, b) => a.tier === b.tier ? 0 : a.tier === null ? 1 : b.tier === null ? -1 : compareStrings(a.tier, b.tier));
}
function withImprovement(reports) {
  let count = 0;
  for (const r of reports) {
    const addressed = new Set(r.improvement.breaches.filter((b) => b.improvements.length > 0).map((b) => b.target));
    count += r.targets.filter((t) => t.status === "breached" && !t.provisional && addressed.has(t.name)).length;
  }
  return count;
}
function register(model, reports, selected) {
  if (!selected)
    return model.improvements;
  const chosen = model.agreements.filter((a) => a.kind === "SLA" && reports.some((r) => r.sla === a.metadata.name));
  return model.improvements.filter((i) => chosen.some((a) => isAbout(i, a)));
}
function improvementKpis(improvements, asOf) {
  return {
    open: improvements.filter(isOpen).length,
    overdueActions: improvements.reduce((n, i) => n + overdueActions(i, asOf).length, 0)
  };
}

export {
  processKpis
};
