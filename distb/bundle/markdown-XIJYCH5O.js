import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  kpiRows,
  templateHead,
  templateRows,
  tierHead,
  tierRows
} from "./chunk-HOFMDYJC.js";
import {
  localeText
} from "./chunk-DQEPQ35S.js";
import "./chunk-VEAA5MQJ.js";
import "./chunk-YUZ4Y2P5.js";
import "./chunk-ITEXS6TC.js";
import "./chunk-ZR5D3XWC.js";
import "./chunk-KBDRPUOI.js";

// dist/formatters/kpi/markdown.js
function formatKpiMarkdown(kpis, ctx) {
  const text = localeText(ctx.locale ?? "en");
  const { t } = text;
  const lines = [
    `### ${t("kpi.title", { period: kpis.period })}`,
    "",
    `| ${t("kpi.head.indicator")} | ${t("kpi.head.value")} | ${t("kpi.head.share")} |`,
    "|---|---|---|"
  ];
  for (const [a, b, c] of kpiRows(kpis, text))
    lines.push(`| ${a} | ${b} | ${c} |`);
  if (kpis.services.withoutSla.length)
    lines.push("", t("kpi.withoutSla", { services: kpis.services.withoutSla.join(", ") }));
  if (kpis.tiers.length > 0) {
    const head = tierHead(text);
    lines.push("", `#### ${t("kpi.byTier")}`, "", `| ${head.join(" | ")} |`, `|${"---|".repeat(head.length)}`);
    for (const row of tierRows(kpis, text))
      lines.push(`| ${row.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`);
  }
  if (kpis.templates?.length) {
    const head = templateHead(text);
    lines.push("", `#### ${t("kpi.byTemplate")}`, "", `| ${head.join(" | ")} |`, `|${"---|".repeat(head.length)}`);
    for (const row of templateRows(kpis, text))
      lines.push(`| ${row.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`);
  }
  return `${lines.join("\n")}
`;
}
export {
  formatKpiMarkdown
};
