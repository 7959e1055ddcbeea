import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  sparkline
} from "./chunk-MSRTPGDN.js";
import {
  badge,
  esc,
  href,
  htmlPage,
  siteText,
  table
} from "./chunk-DPJWOEM6.js";

// dist/formatters/site/portfolio-page.js
var PATH = "index.html";
function reportBadge(entry, text) {
  const s = entry.report.summary;
  const cls = s.breached > 0 ? "breached" : s.met > 0 ? "met" : s.provisional > 0 ? "provisional" : "no-data";
  const word = cls === "provisional" ? text.t("site.status.provisional") : text.t(`status.${cls}`);
  return `${badge(cls, word)} <span class="sub">${esc(text.t("site.summary", { met: s.met, targets: s.targets }))}</span>`;
}
function creditsText(entry, text) {
  const c = entry.report.credits;
  const parts = [];
  if (c.amount !== null && c.amount > 0)
    parts.push(text.t("site.credits.due", { amount: text.currency(c.amount, c.currency) }));
  if (c.accruing !== null && c.accruing > 0)
    parts.push(text.t("site.credits.accruing", { amount: text.currency(c.accruing, c.currency) }));
  return esc(parts.length > 0 ? parts.join("; ") : text.t("site.credits.none"));
}
function agreementLink(from, entry) {
  const label = entry.displayName ?? entry.name;
  return `<a href="${href(from, entry.page)}">${esc(label)}</a>${entry.displayName ? `<br><span class="sub">${esc(entry.name)}</span>` : ""}`;
}
function formatPortfolioPage(site, ctx) {
  const text = siteText(site);
  const { t } = text;
  const rows = site.portfolio.map(({ entry, coverage }) => [
    agreementLink(PATH, entry),
    esc(entry.report.customerDisplayName ?? entry.report.customer),
    esc(entry.report.serviceDisplayName ?? entry.report.service),
    reportBadge(entry, text),
    creditsText(entry, text),
    sparkline(entry.trend, text),
    coverage ? badge(coverage, t(`site.verdict.${coverage}`)) : "\u2013"
  ]);
  const head = ["agreement", "customer", "service", "status", "credits", "trend", "coverage"].map((k) => t(`site.head.${k}`));
  const others = site.agreements.filter((a) => a.kind !== "SLA");
  const otherRows = others.map((entry) => [
    esc(entry.kind),
    agreementLink(PATH, entry),
    esc(entry.report.providerDisplayName ?? entry.report.provider),
    esc(entry.report.serviceDisplayName ?? entry.report.service),
    reportBadge(entry, text),
    creditsText(entry, text),
    sparkline(entry.trend, text)
  ]);
  const otherHead = ["kind", "agreement", "provider", "service", "status", "credits", "trend"].map((k) => t(`site.head.${k}`));
  const heading = t("site.portfolio.heading", { period: text.periodLabel(site.period.label) });
  const body = `<h1>${esc(heading)}</h1>
<p class="lead">${esc(t("site.portfolio.lead"))}</p>
${site.portfolio.length > 0 ? table(head, rows) : `<p>${esc(t("site.portfolio.none"))}</p>`}
${others.length > 0 ? `<h2>${esc(t("site.others.heading"))}</h2>
${table(otherHead, otherRows)}` : ""}`;
  return htmlPage(site, PATH, heading, body, ctx);
}

export {
  reportBadge,
  creditsText,
  formatPortfolioPage
};
