import type { SiteModel } from "../../site/site-model.js";
import { kpiRows, tierHead, tierRows } from "../kpi/kpi-rows.js";
import { esc, htmlPage, siteText, table } from "./html-page.js";
import { sparkline } from "./sparkline.js";

const PATH = "kpis.html";

/** The process KPIs of the period, worded as `slm kpi` words them, and the SLA targets met per period of the trend. */
export function formatKpisPage(site: SiteModel, ctx: { version: string }): string {
  const text = siteText(site);
  const { t } = text;
  const k = site.kpis;
  const cells = (row: readonly string[]) => row.map((c) => esc(c));
  const trendRows = site.kpiTrend.map((p) => [
    esc(text.periodLabel(p.label)),
    text.number(p.met),
    text.number(p.breached),
    p.share === null ? "–" : text.percent(p.share, 1),
  ]);
  const heading = t("site.kpis.heading", { period: text.periodLabel(site.period.label) });
  const body = `<h1>${esc(heading)}</h1>
${table([t("kpi.head.indicator"), t("kpi.head.value"), t("kpi.head.share")], kpiRows(k, text).map(cells))}
${k.tiers.length > 0 ? `<h2>${esc(t("kpi.byTier"))}</h2>\n${table(tierHead(text), tierRows(k, text).map(cells))}` : ""}
<h2>${esc(t("site.kpis.trend"))}</h2>
<p>${sparkline(site.kpiTrend, text)}</p>
${table(
  ["period", "met", "breached", "share"].map((x) => t(`site.head.${x}`)),
  trendRows,
)}`;
  return htmlPage(site, PATH, heading, body, ctx);
}
