import type { ProcessKpis } from "../../kpi/process-kpis.js";

/** SPEC §9: `{ period, services: { total, withSla }, slaTargets, targets, breaches }` (plus `withoutSla`). */
export function formatKpiJson(kpis: ProcessKpis): string {
  return `${JSON.stringify(kpis, null, 2)}\n`;
}
