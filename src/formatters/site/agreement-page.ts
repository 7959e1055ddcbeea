import type { AgreementEntry, SiteModel } from "../../site/site-model.js";
import { formatPercent, formatPeriodLabel } from "../../text/format-values.js";
import { CALENDAR_HEAD, calendarRows } from "./calendar-page.js";
import { badge, esc, href, htmlPage, table } from "./html-page.js";
import { creditsText, reportBadge } from "./portfolio-page.js";
import { siteWord } from "./site-words.js";
import { sparkline } from "./sparkline.js";

/** An agreement's page: who and what, its report in every format, its targets, its trend and its dates. */
export function formatAgreementPage(
  site: SiteModel,
  entry: AgreementEntry,
  ctx: { version: string },
): string {
  const path = entry.page;
  const r = entry.report;
  const heading = siteWord("site.agreement.heading", {
    kind: entry.kind,
    name: entry.displayName ?? entry.name,
  });
  const links = entry.reports
    .map(
      (f) =>
        `<li><a href="${href(path, f.path)}">${esc(siteWord(`site.agreement.format.${f.format}`))}</a></li>`,
    )
    .join("");
  const withCoverage = entry.kind === "SLA";
  const rows = r.targets.map((t) => {
    const status = t.provisional ? "provisional" : t.status;
    const word = t.provisional ? siteWord("site.status.provisional") : siteWord(`site.status.${t.status}`);
    const verdict = entry.targetCoverage[t.name] ?? null;
    return [
      esc(t.name),
      formatPercent(t.objective),
      formatPercent(t.value),
      badge(status, word),
      ...(withCoverage ? [verdict ? badge(verdict, siteWord(`site.verdict.${verdict}`)) : "–"] : []),
    ];
  });
  const head = [
    siteWord("site.head.target"),
    siteWord("site.head.objective"),
    siteWord("site.head.value"),
    siteWord("site.head.status"),
    ...(withCoverage ? [siteWord("site.head.verdict")] : []),
  ];
  const dates = site.calendar.filter((e) => e.kind === entry.kind && e.name === entry.name);
  const body = `<h1>${esc(heading)}</h1>
<p class="lead">${esc(
    siteWord("site.agreement.parties", {
      provider: r.providerDisplayName ?? r.provider,
      customer: r.customerDisplayName ?? r.customer,
      service: r.serviceDisplayName ?? r.service,
    }),
  )}</p>
<p>${reportBadge(entry)} · ${creditsText(entry)} · ${sparkline(entry.trend)}</p>
<h2>${esc(siteWord("site.agreement.reports", { period: formatPeriodLabel(r.period.label) }))}</h2>
<ul class="links">${links}</ul>
<h2>${esc(siteWord("site.agreement.targets"))}</h2>
${table(head, rows)}
${dates.length > 0 ? `<h2>${esc(siteWord("site.agreement.calendar"))}</h2>\n${table(CALENDAR_HEAD, calendarRows(path, dates))}` : ""}`;
  return htmlPage(site, path, heading, body, ctx);
}
