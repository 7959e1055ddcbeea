import Table from "cli-table3";
import type { ProcessKpis } from "../../kpi/process-kpis.js";
import { localeText } from "../../text/locale-text.js";
import type { FormatContext } from "../formatter.js";
import { kpiRows, templateHead, templateRows, tierHead, tierRows } from "./kpi-rows.js";

export function formatKpiText(kpis: ProcessKpis, ctx: FormatContext): string {
  const text = localeText(ctx.locale ?? "en");
  const { t } = text;
  const table = new Table({
    head: [t("kpi.head.indicator"), t("kpi.head.value"), t("kpi.head.share")],
    style: { head: [], border: [] },
  });
  for (const row of kpiRows(kpis, text)) table.push(row);
  const missing = kpis.services.withoutSla.length
    ? `\n${t("kpi.withoutSla", { services: kpis.services.withoutSla.join(", ") })}\n`
    : "\n";
  const tiers = new Table({ head: tierHead(text), style: { head: [], border: [] } });
  for (const row of tierRows(kpis, text)) tiers.push(row);
  const byTier = kpis.tiers.length > 0 ? `${ctx.colors.bold(t("kpi.byTier"))}\n${tiers.toString()}\n` : "";
  const templates = new Table({ head: templateHead(text), style: { head: [], border: [] } });
  for (const row of templateRows(kpis, text)) templates.push(row);
  const byTemplate = kpis.templates?.length
    ? `${ctx.colors.bold(t("kpi.byTemplate"))}\n${templates.toString()}\n`
    : "";
  return `${ctx.colors.bold(t("kpi.title", { period: kpis.period }))}\n${table.toString()}${missing}${byTier}${byTemplate}`;
}
