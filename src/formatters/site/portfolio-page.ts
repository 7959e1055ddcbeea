import type { AgreementEntry, SiteModel } from "../../site/site-model.js";
import type { LocaleText } from "../../text/locale-text.js";
import { badge, esc, href, htmlPage, siteText, table } from "./html-page.js";
import { sparkline } from "./sparkline.js";

const PATH = "index.html";

/** The status of an agreement's report in a word: breached when any target is, else met, else so far or no data. */
export function reportBadge(entry: AgreementEntry, text: LocaleText): string {
  const s = entry.report.summary;
  const cls = s.breached > 0 ? "breached" : s.met > 0 ? "met" : s.provisional > 0 ? "provisional" : "no-data";
  const word = cls === "provisional" ? text.t("site.status.provisional") : text.t(`status.${cls}`);
  return `${badge(cls, word)} <span class="sub">${esc(text.t("site.summary", { met: s.met, targets: s.targets }))}</span>`;
}

export function creditsText(entry: AgreementEntry, text: LocaleText): string {
  const c = entry.report.credits;
  const parts: string[] = [];
  if (c.amount !== null && c.amount > 0)
    parts.push(text.t("site.credits.due", { amount: text.currency(c.amount, c.currency) }));
  if (c.accruing !== null && c.accruing > 0)
    parts.push(text.t("site.credits.accruing", { amount: text.currency(c.accruing, c.currency) }));
  return esc(parts.length > 0 ? parts.join("; ") : text.t("site.credits.none"));
}

function agreementLink(from: string, entry: AgreementEntry): string {
  const label = entry.displayName ?? entry.name;
  return `<a href="${href(from, entry.page)}">${esc(label)}</a>${entry.displayName ? `<br><span class="sub">${esc(entry.name)}</span>` : ""}`;
}

export function formatPortfolioPage(site: SiteModel, ctx: { version: string }): string {
  const text = siteText(site);
  const { t } = text;
  const rows = site.portfolio.map(({ entry, coverage }) => [
    agreementLink(PATH, entry),
    esc(entry.report.customerDisplayName ?? entry.report.customer),
    esc(entry.report.serviceDisplayName ?? entry.report.service),
    reportBadge(entry, text),
    creditsText(entry, text),
    sparkline(entry.trend, text),
    coverage ? badge(coverage, t(`site.verdict.${coverage}`)) : "–",
  ]);
  const head = ["agreement", "customer", "service", "status", "credits", "trend", "coverage"].map((k) =>
    t(`site.head.${k}`),
  );
  const others = site.agreements.filter((a) => a.kind !== "SLA");
  const otherRows = others.map((entry) => [
    esc(entry.kind),
    agreementLink(PATH, entry),
    esc(entry.report.providerDisplayName ?? entry.report.provider),
    esc(entry.report.serviceDisplayName ?? entry.report.service),
    reportBadge(entry, text),
    creditsText(entry, text),
    sparkline(entry.trend, text),
  ]);
  const otherHead = ["kind", "agreement", "provider", "service", "status", "credits", "trend"].map((k) =>
    t(`site.head.${k}`),
  );
  const heading = t("site.portfolio.heading", { period: text.periodLabel(site.period.label) });
  const body = `<h1>${esc(heading)}</h1>
<p class="lead">${esc(t("site.portfolio.lead"))}</p>
${site.portfolio.length > 0 ? table(head, rows) : `<p>${esc(t("site.portfolio.none"))}</p>`}
${others.length > 0 ? `<h2>${esc(t("site.others.heading"))}</h2>\n${table(otherHead, otherRows)}` : ""}`;
  return htmlPage(site, PATH, heading, body, ctx);
}
