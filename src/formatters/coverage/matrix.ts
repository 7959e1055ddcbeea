import type { ComponentCoverage, CoverageResult, TargetCoverage } from "../../coverage/coverage-result.js";

/** One SLA's block of the matrix: its targets (rows) × the components any of them rests on (columns). */
export interface SlaMatrix {
  sla: string;
  customer: string;
  service: string;
  /** `header` names the service with how it was found (English); `via` and `anyOf` say the same as data. */
  columns: Array<{ service: string; header: string; via: ComponentCoverage["via"]; anyOf?: number }>;
  rows: Array<{ target: TargetCoverage; cells: Array<ComponentCoverage | undefined> }>;
}

/** Shared by the table and markdown formatters so both show the same matrix. */
export function slaMatrices(result: CoverageResult): SlaMatrix[] {
  const bySla = new Map<string, TargetCoverage[]>();
  for (const t of result.targets) {
    const list = bySla.get(t.sla);
    if (list) list.push(t);
    else bySla.set(t.sla, [t]);
  }
  return [...bySla.values()].map((targets) => {
    const first = targets[0]!;
    const columns: SlaMatrix["columns"] = [];
    const seen = new Set<string>();
    for (const t of targets) {
      for (const c of t.components) {
        if (seen.has(c.service)) continue;
        seen.add(c.service);
        const note = c.via === "link" ? " (link)" : c.anyOf !== undefined ? ` (anyOf ${c.anyOf + 1})` : "";
        columns.push({
          service: c.service,
          header: `${c.service}${note}`,
          via: c.via,
          ...(c.anyOf === undefined ? {} : { anyOf: c.anyOf }),
        });
      }
    }
    const rows = targets.map((target) => ({
      target,
      cells: columns.map((col) => target.components.find((c) => c.service === col.service)),
    }));
    return { sla: first.sla, customer: first.customer, service: first.service, columns, rows };
  });
}

/**
 * Warnings (notice deadlines) concern an agreement, not a target: one supplier's deadline would
 * otherwise repeat under every SLA target it supports. Formats list them once per SLA.
 */
export function slaWarnings(targets: readonly TargetCoverage[]): string[] {
  return [
    ...new Set(targets.flatMap((t) => t.reasons.filter((r) => r.effect === "warning").map((r) => r.message))),
  ];
}
