import type { AgreementEntry, SiteModel } from "../../site/site-model.js";
import { formatCurrency, formatPeriodLabel } from "../../text/format-values.js";
import { badge, esc, href, htmlPage, table } from "./html-page.js";
import { siteWord } from "./site-words.js";
import { sparkline } from "./sparkline.js";

const PATH = "index.html";

/** The status of an agreement's report in a word: breached when any target is, else met, else no data. */
export function reportBadge(entry: AgreementEntry): string {
  const s = entry.report.summary;
  const cls = s.breached > 0 ? "breached" : s.met > 0 ? "met" : s.provisional > 0 ? "provisional" : "no-data";
  const word = cls === "provisional" ? siteWord("site.status.provisional") : siteWord(`site.status.${cls}`);
  return `${badge(cls, word)} <span class="sub">${esc(siteWord("site.summary", { met: s.met, targets: s.targets }))}</span>`;
}

export function creditsText(entry: AgreementEntry): string {
  const c = entry.report.credits;
  const parts: string[] = [];
  if (c.amount !== null && c.amount > 0)
    parts.push(siteWord("site.credits.due", { amount: formatCurrency(c.amount, c.currency) }));
  if (c.accruing !== null && c.accruing > 0)
    parts.push(siteWord("site.credits.accruing", { amount: formatCurrency(c.accruing, c.currency) }));
  return esc(parts.length > 0 ? parts.join("; ") : siteWord("site.credits.none"));
}

export function agreementLink(from: string, entry: AgreementEntry): string {
  const label = entry.displayName ?? entry.name;
  return `<a href="${href(from, entry.page)}">${esc(label)}</a>${entry.displayName ? `<br><span class="sub">${esc(entry.name)}</span>` : ""}`;
}

export function formatPortfolioPage(site: SiteModel, ctx: { version: string }): string {
  const period = formatPeriodLabel(site.period.label);
  const rows = site.portfolio.map(({ entry, coverage }) => [
    agreementLink(PATH, entry),
    esc(entry.report.customerDisplayName ?? entry.report.customer),
    esc(entry.report.serviceDisplayName ?? entry.report.service),
    reportBadge(entry),
    creditsText(entry),
    sparkline(entry.trend),
    coverage ? badge(coverage, siteWord(`site.verdict.${coverage}`)) : "–",
  ]);
  const head = [
    siteWord("site.head.agreement"),
    siteWord("site.head.customer"),
    siteWord("site.head.service"),
    siteWord("site.head.status"),
    siteWord("site.head.credits"),
    siteWord("site.head.trend"),
    siteWord("site.head.coverage"),
  ];
  const others = site.agreements.filter((a) => a.kind !== "SLA");
  const otherRows = others.map((entry) => [
    esc(entry.kind),
    agreementLink(PATH, entry),
    esc(entry.report.providerDisplayName ?? entry.report.provider),
    esc(entry.report.serviceDisplayName ?? entry.report.service),
    reportBadge(entry),
    creditsText(entry),
    sparkline(entry.trend),
  ]);
  const heading = siteWord("site.portfolio.heading", { period });
  const body = `<h1>${esc(heading)}</h1>
<p class="lead">${esc(siteWord("site.portfolio.lead"))}</p>
${site.portfolio.length > 0 ? table(head, rows) : `<p>${esc(siteWord("site.portfolio.none"))}</p>`}
${
  others.length > 0
    ? `<h2>${esc(siteWord("site.others.heading"))}</h2>
${table(
  [
    siteWord("site.head.kind"),
    siteWord("site.head.agreement"),
    siteWord("site.head.provider"),
    siteWord("site.head.service"),
    siteWord("site.head.status"),
    siteWord("site.head.credits"),
    siteWord("site.head.trend"),
  ],
  otherRows,
)}`
    : ""
}`;
  return htmlPage(site, PATH, heading, body, ctx);
}
