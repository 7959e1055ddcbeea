import type { SiteModel } from "../../site/site-model.js";
import { formatNumber, formatPercent, formatPeriodLabel } from "../../text/format-values.js";
import { esc, htmlPage, table } from "./html-page.js";
import { siteWord } from "./site-words.js";
import { sparkline } from "./sparkline.js";

const PATH = "kpis.html";

function share(part: number, whole: number): string {
  return whole > 0 ? formatPercent(part / whole, 1) : "–";
}

/** The process KPIs of the period (as `slm kpi`) and the share of SLA targets met per period of the trend. */
export function formatKpisPage(site: SiteModel, ctx: { version: string }): string {
  const k = site.kpis;
  const judged = k.targets.met + k.targets.breached;
  const rows: [string, number | string, string][] = [
    [
      siteWord("site.kpis.services"),
      `${k.services.withSla} / ${k.services.total}`,
      share(k.services.withSla, k.services.total),
    ],
    [
      siteWord("site.kpis.covered"),
      `${k.slaTargets.covered} / ${k.slaTargets.total}`,
      share(k.slaTargets.covered, k.slaTargets.total),
    ],
    [siteWord("site.kpis.atRisk"), k.slaTargets.atRisk, share(k.slaTargets.atRisk, k.slaTargets.total)],
    [
      siteWord("site.kpis.uncovered"),
      k.slaTargets.uncovered,
      share(k.slaTargets.uncovered, k.slaTargets.total),
    ],
    [siteWord("site.kpis.met"), `${k.targets.met} / ${judged}`, share(k.targets.met, judged)],
    [siteWord("site.kpis.breached"), k.targets.breached, share(k.targets.breached, judged)],
    [siteWord("site.kpis.noData"), k.targets.noData, ""],
    [siteWord("site.kpis.provisional"), k.targets.provisional, ""],
    [
      siteWord("site.kpis.breaches"),
      `${k.breaches.minor} / ${k.breaches.major} / ${k.breaches.critical}`,
      "",
    ],
  ];
  const trendRows = site.kpiTrend.map((p) => [
    esc(formatPeriodLabel(p.label)),
    `<span class="num">${formatNumber(p.met)}</span>`,
    `<span class="num">${formatNumber(p.breached)}</span>`,
    p.share === null ? "–" : formatPercent(p.share, 1),
  ]);
  const heading = siteWord("site.kpis.heading", { period: formatPeriodLabel(site.period.label) });
  const body = `<h1>${esc(heading)}</h1>
${table(
  [siteWord("site.head.indicator"), siteWord("site.head.value"), siteWord("site.head.share")],
  rows.map(([a, b, c]) => [esc(a), esc(String(b)), esc(c)]),
)}
<h2>${esc(siteWord("site.kpis.trend"))}</h2>
<p>${sparkline(site.kpiTrend)}</p>
${table(
  [
    siteWord("site.head.period"),
    siteWord("site.head.met"),
    siteWord("site.head.breached"),
    siteWord("site.head.share"),
  ],
  trendRows,
)}`;
  return htmlPage(site, PATH, heading, body, ctx);
}
