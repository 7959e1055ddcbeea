import type { ProcessKpis } from "../../kpi/process-kpis.js";
import { kpiRows, TIER_HEAD, tierRows } from "./kpi-rows.js";

export function formatKpiMarkdown(kpis: ProcessKpis): string {
  const lines = [
    `### Service level management KPIs, ${kpis.period}`,
    "",
    "| indicator | value | share |",
    "|---|---|---|",
  ];
  for (const [a, b, c] of kpiRows(kpis)) lines.push(`| ${a} | ${b} | ${c} |`);
  if (kpis.services.withoutSla.length)
    lines.push("", `Top-level services without an SLA: ${kpis.services.withoutSla.join(", ")}`);
  if (kpis.tiers.length > 0) {
    lines.push(
      "",
      "#### By service tier",
      "",
      `| ${TIER_HEAD.join(" | ")} |`,
      `|${"---|".repeat(TIER_HEAD.length)}`,
    );
    for (const row of tierRows(kpis))
      lines.push(`| ${row.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`);
  }
  return `${lines.join("\n")}\n`;
}
