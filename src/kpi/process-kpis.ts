import { compareStrings } from "../core/compare.js";
import type { Improvement, Model } from "../core/model.js";
import type { CalendarDate } from "../core/values/date.js";
import { isAbout, isOpen, overdueActions } from "../lifecycle/improvement-register.js";
import type { CoverageResult } from "../coverage/coverage-result.js";
import type { ReportModel } from "../report/report-model.js";

/**
 * The process KPIs an ISO/IEC 20000 auditor asks of service level management: how much of the
 * catalogue is under an SLA, how much of the SLAs is underpinned, how many targets were met,
 * how many breaches of which severity. Every figure is about the SLAs in force during the period
 * (those that get a report), so the shares describe the same set of agreements.
 */
export interface ProcessKpis {
  period: string;
  /** Top-level services: those no other service depends on (the customer-facing catalogue). */
  services: { total: number; withSla: number; withoutSla: string[] };
  slaTargets: { total: number; covered: number; atRisk: number; uncovered: number };
  /**
   * `provisional`: targets whose window is still running at the period's end, never met or breached
   * (SPEC §14); `excused`: targets excused by an exceeded workload limit, never met or breached (SPEC §15).
   */
  targets: {
    measured: number;
    met: number;
    breached: number;
    noData: number;
    excused: number;
    provisional: number;
  };
  /** `withImprovement`: breached targets of the period addressed by an Improvement (SPEC §15). */
  breaches: { minor: number; major: number; critical: number; withImprovement: number };
  /**
   * The improvement register (SPEC §15): `open` = Improvements `open` or `in-progress`, whatever
   * their dates; `overdueActions` = their actions due before `asOf` and not done.
   */
  improvements: { open: number; overdueActions: number };
  /** The day `improvements.overdueActions` was judged on (YYYY-MM-DD). */
  actionsAsOf: string;
  /** Per service tier (SPEC §3, §19), by tier name; services without a tier last, as `tier: null`. */
  tiers: TierKpis[];
  /**
   * Per template (SPEC §21), as per tier: the SLAs in force that inherit from it (directly or
   * through another template) and how their targets fared. Present only when some SLA has one.
   */
  templates?: TemplateKpis[];
}

export interface TemplateKpis {
  template: string;
  /** SLAs in force in the period that inherit from this template. */
  slas: number;
  slaTargets: number;
  met: number;
  breached: number;
}

export interface TierKpis {
  tier: string | null;
  /** Top-level services of this tier, and how many of them have an SLA in force. */
  services: number;
  withSla: number;
  /** Targets of the SLAs in force on services of this tier, and how they fared (provisional ones apart). */
  slaTargets: number;
  met: number;
  breached: number;
}

export interface KpiOptions {
  /** The day improvement actions are judged overdue on (`--as-of`, default today). */
  actionsAsOf: CalendarDate;
  /** `--sla` or `--customer` narrowed the SLAs: count only the Improvements about those. */
  selected: boolean;
}

export function processKpis(
  model: Model,
  period: string,
  coverage: CoverageResult,
  reports: readonly ReportModel[],
  options: KpiOptions,
): ProcessKpis {
  const dependedOn = new Set<string>();
  for (const service of model.services.values()) {
    for (const d of service.dependsOn)
      for (const name of "service" in d ? [d.service] : d.anyOf) dependedOn.add(name);
  }
  const topLevel = [...model.services.keys()].filter((name) => !dependedOn.has(name)).sort();
  const inForce = new Set(reports.map((r) => r.sla));
  const withSla = new Set(
    model.agreements.filter((a) => a.kind === "SLA" && inForce.has(a.metadata.name)).map((a) => a.service),
  );
  // Satisfaction targets are no component's to underpin (SPEC §19): not part of the share at all.
  const covered = coverage.targets.filter((t) => inForce.has(t.sla) && t.verdict !== "not-applicable");
  const verdicts = (v: string) => covered.filter((t) => t.verdict === v).length;
  const all = reports.flatMap((r) => r.targets);
  const targets = all.filter((t) => !t.provisional);
  const count = (status: string) => targets.filter((t) => t.status === status).length;
  const severity = (s: string) => targets.filter((t) => t.severity === s).length;
  return {
    period,
    services: {
      total: topLevel.length,
      withSla: topLevel.filter((s) => withSla.has(s)).length,
      withoutSla: topLevel.filter((s) => !withSla.has(s)),
    },
    slaTargets: {
      total: covered.length,
      covered: verdicts("covered"),
      atRisk: verdicts("at-risk"),
      uncovered: verdicts("uncovered"),
    },
    targets: {
      measured: targets.length - count("no-data"),
      met: count("met"),
      breached: count("breached"),
      noData: count("no-data"),
      excused: count("excused"),
      provisional: all.length - targets.length,
    },
    breaches: {
      minor: severity("minor"),
      major: severity("major"),
      critical: severity("critical"),
      withImprovement: withImprovement(reports),
    },
    improvements: improvementKpis(register(model, reports, options.selected), options.actionsAsOf),
    actionsAsOf: options.actionsAsOf.text,
    tiers: tierKpis(model, topLevel, withSla, reports),
    ...templateSection(model, reports),
  };
}

function templateSection(model: Model, reports: readonly ReportModel[]): { templates?: TemplateKpis[] } {
  const byName = new Map(model.agreements.filter((a) => a.kind === "SLA").map((a) => [a.metadata.name, a]));
  const templates = new Map<string, TemplateKpis>();
  for (const r of reports) {
    if (r.kind !== "SLA") continue;
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
  if (templates.size === 0) return {};
  return { templates: [...templates.values()].sort((a, b) => compareStrings(a.template, b.template)) };
}

function tierKpis(
  model: Model,
  topLevel: readonly string[],
  withSla: ReadonlySet<string>,
  reports: readonly ReportModel[],
): TierKpis[] {
  const tiers = new Map<string | null, TierKpis>();
  const entry = (service: string): TierKpis => {
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
    if (withSla.has(service)) t.withSla++;
  }
  for (const r of reports) {
    if (r.kind !== "SLA") continue;
    const t = entry(r.service);
    t.slaTargets += r.targets.length;
    t.met += r.targets.filter((x) => x.status === "met" && !x.provisional).length;
    t.breached += r.targets.filter((x) => x.status === "breached" && !x.provisional).length;
  }
  return [...tiers.values()].sort((a, b) =>
    a.tier === b.tier ? 0 : a.tier === null ? 1 : b.tier === null ? -1 : compareStrings(a.tier, b.tier),
  );
}

/** Breached targets (not provisional) for which the report found an addressing Improvement. */
function withImprovement(reports: readonly ReportModel[]): number {
  let count = 0;
  for (const r of reports) {
    const addressed = new Set(
      r.improvement.breaches.filter((b) => b.improvements.length > 0).map((b) => b.target),
    );
    count += r.targets.filter(
      (t) => t.status === "breached" && !t.provisional && addressed.has(t.name),
    ).length;
  }
  return count;
}

/** The whole register; with a selection, the Improvements about the selected SLAs. */
function register(model: Model, reports: readonly ReportModel[], selected: boolean): Improvement[] {
  if (!selected) return model.improvements;
  const chosen = model.agreements.filter(
    (a) => a.kind === "SLA" && reports.some((r) => r.sla === a.metadata.name),
  );
  return model.improvements.filter((i) => chosen.some((a) => isAbout(i, a)));
}

function improvementKpis(
  improvements: readonly Improvement[],
  asOf: CalendarDate,
): ProcessKpis["improvements"] {
  return {
    open: improvements.filter(isOpen).length,
    overdueActions: improvements.reduce((n, i) => n + overdueActions(i, asOf).length, 0),
  };
}
