import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  sparkline
} from "./chunk-MSRTPGDN.js";
import {
  kpiRows,
  tierHead,
  tierRows
} from "./chunk-HOFMDYJC.js";
import {
  esc,
  htmlPage,
  siteText,
  table
} from "./chunk-DPJWOEM6.js";
import "./chunk-DQEPQ35S.js";
import "./chunk-VEAA5MQJ.js";
import "./chunk-YUZ4Y2P5.js";
import "./chunk-ITEXS6TC.js";
import "./chunk-ZR5D3XWC.js";
import "./chunk-KBDRPUOI.js";

// dist/formatters/site/kpis-page.js
var PATH = "kpis.html";
function formatKpisPage(site, ctx) {
  const text = siteText(site);
  const { t } = text;
  const k = site.kpis;
  const cells = (row) => row.map((c) => esc(c));
  const trendRows = site.kpiTrend.map((p) => [
    esc(text.periodLabel(p.label)),
    text.number(p.met),
    text.number(p.breached),
    p.share === null ? "\u2013" : text.percent(p.share, 1)
  ]);
  const heading = t("site.kpis.heading", { period: text.periodLabel(site.period.label) });
  const body = `<h1>${esc(heading)}</h1>
${table([t("kpi.head.indicator"), t("kpi.head.value"), t("kpi.head.share")], kpiRows(k, text).map(cells))}
${k.tiers.length > 0 ? `<h2>${esc(t("kpi.byTier"))}</h2>
${table(tierHead(text), tierRows(k, text).map(cells))}` : ""}
<h2>${esc(t("site.kpis.trend"))}</h2>
<p>${sparkline(site.kpiTrend, text)}</p>
${table(["period", "met", "breached", "share"].map((x) => t(`site.head.${x}`)), trendRows)}`;
  return htmlPage(site, PATH, heading, body, ctx);
}
export {
  formatKpisPage
};
