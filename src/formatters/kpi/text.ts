import Table from "cli-table3";
import type { ProcessKpis } from "../../kpi/process-kpis.js";
import type { FormatContext } from "../formatter.js";
import { kpiRows, TIER_HEAD, tierRows } from "./kpi-rows.js";

export function formatKpiText(kpis: ProcessKpis, ctx: FormatContext): string {
  const table = new Table({ head: ["indicator", "value", "share"], style: { head: [], border: [] } });
  for (const row of kpiRows(kpis)) table.push(row);
  const missing = kpis.services.withoutSla.length
    ? `\nTop-level services without an SLA: ${kpis.services.withoutSla.join(", ")}\n`
    : "\n";
  const tiers = new Table({ head: TIER_HEAD, style: { head: [], border: [] } });
  for (const row of tierRows(kpis)) tiers.push(row);
  const byTier = kpis.tiers.length > 0 ? `${ctx.colors.bold("By service tier")}\n${tiers.toString()}\n` : "";
  return `${ctx.colors.bold(`Service level management KPIs, ${kpis.period}`)}\n${table.toString()}${missing}${byTier}`;
}
