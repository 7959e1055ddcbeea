import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  englishText
} from "./chunk-DQEPQ35S.js";

// dist/formatters/kpi/kpi-rows.js
var share = (text, part, whole) => whole === 0 ? "\u2014" : text.t("kpi.share", { share: text.number(100 * part / whole, 1) });
function kpiRows(k, text = englishText()) {
  const { t } = text;
  const of = (part, whole) => t("kpi.of", { part, whole });
  return [
    [
      t("kpi.servicesWithSla"),
      of(k.services.withSla, k.services.total),
      share(text, k.services.withSla, k.services.total)
    ],
    [
      t("kpi.targetsUnderpinned"),
      of(k.slaTargets.covered, k.slaTargets.total),
      share(text, k.slaTargets.covered, k.slaTargets.total)
    ],
    [
      t("kpi.targetsAtRisk"),
      String(k.slaTargets.atRisk),
      share(text, k.slaTargets.atRisk, k.slaTargets.total)
    ],
    [
      t("kpi.targetsUncovered"),
      String(k.slaTargets.uncovered),
      share(text, k.slaTargets.uncovered, k.slaTargets.total)
    ],
    [
      t("kpi.targetsMet"),
      t("kpi.ofMeasured", { part: k.targets.met, whole: k.targets.measured }),
      share(text, k.targets.met, k.targets.measured)
    ],
    [
      t("kpi.targetsBreached"),
      String(k.targets.breached),
      share(text, k.targets.breached, k.targets.measured)
    ],
    [t("kpi.targetsNoData"), String(k.targets.noData), "\u2014"],
    [t("kpi.targetsProvisional"), String(k.targets.provisional), "\u2014"],
    // A report saved before workload limits (SPEC §15) has no `excused`.
    [t("kpi.targetsExcused"), String(k.targets.excused ?? 0), "\u2014"],
    [
      t("kpi.breachesBySeverity"),
      t("kpi.bySeverity", {
        minor: k.breaches.minor,
        major: k.breaches.major,
        critical: k.breaches.critical
      }),
      "\u2014"
    ],
    [
      t("kpi.breachesWithImprovement"),
      of(k.breaches.withImprovement, k.targets.breached),
      share(text, k.breaches.withImprovement, k.targets.breached)
    ],
    [t("kpi.improvementsOpen"), String(k.improvements.open), "\u2014"],
    [t("kpi.actionsOverdue", { date: k.actionsAsOf }), String(k.improvements.overdueActions), "\u2014"]
  ];
}
function tierHead(text = englishText()) {
  return ["kpi.tier.tier", "kpi.tier.services", "kpi.tier.targets", "kpi.tier.met", "kpi.tier.breached"].map((k) => text.t(k));
}
function tierRows(k, text = englishText()) {
  return k.tiers.map((tier) => [
    tier.tier ?? text.t("kpi.tier.none"),
    text.t("kpi.of", { part: tier.withSla, whole: tier.services }),
    String(tier.slaTargets),
    text.t("kpi.metShare", { met: tier.met, share: share(text, tier.met, tier.slaTargets) }),
    String(tier.breached)
  ]);
}
function templateHead(text = englishText()) {
  return [
    "kpi.template.template",
    "kpi.template.slas",
    "kpi.tier.targets",
    "kpi.tier.met",
    "kpi.tier.breached"
  ].map((k) => text.t(k));
}
function templateRows(k, text = englishText()) {
  return (k.templates ?? []).map((t) => [
    t.template,
    String(t.slas),
    String(t.slaTargets),
    text.t("kpi.metShare", { met: t.met, share: share(text, t.met, t.slaTargets) }),
    String(t.breached)
  ]);
}

export {
  kpiRows,
  tierHead,
  tierRows,
  templateHead,
  templateRows
};
