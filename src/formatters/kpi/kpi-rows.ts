import type { ProcessKpis } from "../../kpi/process-kpis.js";
import { englishText, type LocaleText } from "../../text/locale-text.js";

/** A share rounded to one decimal ("80.0%", "80,0 %"), or a dash without a whole. */
const share = (text: LocaleText, part: number, whole: number): string =>
  whole === 0 ? "—" : text.t("kpi.share", { share: text.number((100 * part) / whole, 1) });

/** The KPI lines shared by the text and Markdown formats: [indicator, value, share]. */
export function kpiRows(k: ProcessKpis, text: LocaleText = englishText()): [string, string, string][] {
  const { t } = text;
  const of = (part: number, whole: number) => t("kpi.of", { part, whole });
  return [
    [
      t("kpi.servicesWithSla"),
      of(k.services.withSla, k.services.total),
      share(text, k.services.withSla, k.services.total),
    ],
    [
      t("kpi.targetsUnderpinned"),
      of(k.slaTargets.covered, k.slaTargets.total),
      share(text, k.slaTargets.covered, k.slaTargets.total),
    ],
    [
      t("kpi.targetsAtRisk"),
      String(k.slaTargets.atRisk),
      share(text, k.slaTargets.atRisk, k.slaTargets.total),
    ],
    [
      t("kpi.targetsUncovered"),
      String(k.slaTargets.uncovered),
      share(text, k.slaTargets.uncovered, k.slaTargets.total),
    ],
    [
      t("kpi.targetsMet"),
      t("kpi.ofMeasured", { part: k.targets.met, whole: k.targets.measured }),
      share(text, k.targets.met, k.targets.measured),
    ],
    [
      t("kpi.targetsBreached"),
      String(k.targets.breached),
      share(text, k.targets.breached, k.targets.measured),
    ],
    [t("kpi.targetsNoData"), String(k.targets.noData), "—"],
    [t("kpi.targetsProvisional"), String(k.targets.provisional), "—"],
    // A report saved before workload limits (SPEC §15) has no `excused`.
    [t("kpi.targetsExcused"), String(k.targets.excused ?? 0), "—"],
    [
      t("kpi.breachesBySeverity"),
      t("kpi.bySeverity", {
        minor: k.breaches.minor,
        major: k.breaches.major,
        critical: k.breaches.critical,
      }),
      "—",
    ],
    [
      t("kpi.breachesWithImprovement"),
      of(k.breaches.withImprovement, k.targets.breached),
      share(text, k.breaches.withImprovement, k.targets.breached),
    ],
    [t("kpi.improvementsOpen"), String(k.improvements.open), "—"],
    [t("kpi.actionsOverdue", { date: k.actionsAsOf }), String(k.improvements.overdueActions), "—"],
  ];
}

/** The head of the per-tier table. */
export function tierHead(text: LocaleText = englishText()): string[] {
  return ["kpi.tier.tier", "kpi.tier.services", "kpi.tier.targets", "kpi.tier.met", "kpi.tier.breached"].map(
    (k) => text.t(k),
  );
}

/** One row per service tier: [tier, services with an SLA, SLA targets, met, breached]. */
export function tierRows(k: ProcessKpis, text: LocaleText = englishText()): string[][] {
  return k.tiers.map((tier) => [
    tier.tier ?? text.t("kpi.tier.none"),
    text.t("kpi.of", { part: tier.withSla, whole: tier.services }),
    String(tier.slaTargets),
    text.t("kpi.metShare", { met: tier.met, share: share(text, tier.met, tier.slaTargets) }),
    String(tier.breached),
  ]);
}

/** The head of the per-template table. */
export function templateHead(text: LocaleText = englishText()): string[] {
  return [
    "kpi.template.template",
    "kpi.template.slas",
    "kpi.tier.targets",
    "kpi.tier.met",
    "kpi.tier.breached",
  ].map((k) => text.t(k));
}

/** One row per template: [template, SLAs, SLA targets, met, breached]. */
export function templateRows(k: ProcessKpis, text: LocaleText = englishText()): string[][] {
  return (k.templates ?? []).map((t) => [
    t.template,
    String(t.slas),
    String(t.slaTargets),
    text.t("kpi.metShare", { met: t.met, share: share(text, t.met, t.slaTargets) }),
    String(t.breached),
  ]);
}
