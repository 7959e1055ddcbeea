import type { ProcessKpis } from "../../kpi/process-kpis.js";

const share = (part: number, whole: number): string =>
  whole === 0 ? "—" : `${((100 * part) / whole).toFixed(1)}%`;

/** The KPI lines shared by the text and Markdown formats: [indicator, value, share]. */
export function kpiRows(k: ProcessKpis): [string, string, string][] {
  return [
    [
      "Services with an SLA",
      `${k.services.withSla} of ${k.services.total}`,
      share(k.services.withSla, k.services.total),
    ],
    [
      "SLA targets underpinned by OLA/UC",
      `${k.slaTargets.covered} of ${k.slaTargets.total}`,
      share(k.slaTargets.covered, k.slaTargets.total),
    ],
    ["SLA targets at risk", String(k.slaTargets.atRisk), share(k.slaTargets.atRisk, k.slaTargets.total)],
    [
      "SLA targets uncovered",
      String(k.slaTargets.uncovered),
      share(k.slaTargets.uncovered, k.slaTargets.total),
    ],
    [
      "Targets met in the period",
      `${k.targets.met} of ${k.targets.measured} measured`,
      share(k.targets.met, k.targets.measured),
    ],
    ["Targets breached", String(k.targets.breached), share(k.targets.breached, k.targets.measured)],
    ["Targets without data", String(k.targets.noData), "—"],
    ["Targets still running (provisional)", String(k.targets.provisional), "—"],
    [
      "Breaches by severity",
      `${k.breaches.minor} minor, ${k.breaches.major} major, ${k.breaches.critical} critical`,
      "—",
    ],
    [
      "Breaches addressed by an Improvement",
      `${k.breaches.withImprovement} of ${k.targets.breached}`,
      share(k.breaches.withImprovement, k.targets.breached),
    ],
    ["Open Improvements", String(k.improvements.open), "—"],
    [`Improvement actions overdue (as of ${k.actionsAsOf})`, String(k.improvements.overdueActions), "—"],
  ];
}

export const TIER_HEAD = ["tier", "services with an SLA", "SLA targets", "met", "breached"];

/** One row per service tier: [tier, services with an SLA, SLA targets, met, breached]. */
export function tierRows(k: ProcessKpis): string[][] {
  return k.tiers.map((t) => [
    t.tier ?? "(no tier)",
    `${t.withSla} of ${t.services}`,
    String(t.slaTargets),
    `${t.met} (${share(t.met, t.slaTargets)})`,
    String(t.breached),
  ]);
}
