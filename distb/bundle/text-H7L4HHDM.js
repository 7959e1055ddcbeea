import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  kpiRows,
  templateHead,
  templateRows,
  tierHead,
  tierRows
} from "./chunk-HOFMDYJC.js";
import {
  require_cli_table3
} from "./chunk-VMLK3ERF.js";
import {
  localeText
} from "./chunk-DQEPQ35S.js";
import "./chunk-VEAA5MQJ.js";
import "./chunk-YUZ4Y2P5.js";
import "./chunk-ITEXS6TC.js";
import "./chunk-ZR5D3XWC.js";
import {
  __toESM
} from "./chunk-KBDRPUOI.js";

// dist/formatters/kpi/text.js
var import_cli_table3 = __toESM(require_cli_table3(), 1);
function formatKpiText(kpis, ctx) {
  const text = localeText(ctx.locale ?? "en");
  const { t } = text;
  const table = new import_cli_table3.default({
    head: [t("kpi.head.indicator"), t("kpi.head.value"), t("kpi.head.share")],
    style: { head: [], border: [] }
  });
  for (const row of kpiRows(kpis, text))
    table.push(row);
  const missing = kpis.services.withoutSla.length ? `
${t("kpi.withoutSla", { services: kpis.services.withoutSla.join(", ") })}
` : "\n";
  const tiers = new import_cli_table3.default({ head: tierHead(text), style: { head: [], border: [] } });
  for (const row of tierRows(kpis, text))
    tiers.push(row);
  const byTier = kpis.tiers.length > 0 ? `${ctx.colors.bold(t("kpi.byTier"))}
${tiers.toString()}
` : "";
  const templates = new import_cli_table3.default({ head: templateHead(text), style: { head: [], border: [] } });
  for (const row of templateRows(kpis, text))
    templates.push(row);
  const byTemplate = kpis.templates?.length ? `${ctx.colors.bold(t("kpi.byTemplate"))}
${templates.toString()}
` : "";
  return `${ctx.colors.bold(t("kpi.title", { period: kpis.period }))}
${table.toString()}${missing}${byTier}${byTemplate}`;
}
export {
  formatKpiText
};
