import Table from "cli-table3";
import type { ProcessKpis } from "../../kpi/process-kpis.js";
import type { FormatContext } from "../formatter.js";
import { kpiRows } from "./kpi-rows.js";

export function formatKpiText(kpis: ProcessKpis, ctx: FormatContext): string {
  const table = new Table({ head: ["indicator", "value", "share"], style: { head: [], border: [] } });
  for (const row of kpiRows(kpis)) table.push(row);
  const missing = kpis.services.withoutSla.length
    ? `\nTop-level services without an SLA: ${kpis.services.withoutSla.join(", ")}\n`
    : "\n";
  return `${ctx.colors.bold(`Service level management KPIs, ${kpis.period}`)}\n${table.toString()}${missing}`;
}
