import type { AgreementEntry, SiteModel } from "../../site/site-model.js";
import { calendarHead, calendarRows } from "./calendar-page.js";
import { badge, esc, href, htmlPage, siteText, table } from "./html-page.js";
import { improvementHead, improvementRows } from "./improvements-page.js";
import { creditsText, reportBadge } from "./portfolio-page.js";
import { sparkline } from "./sparkline.js";

/** An agreement's page: who and what, its report in every format, its targets, its trend and its dates. */
export function formatAgreementPage(
  site: SiteModel,
  entry: AgreementEntry,
  ctx: { version: string },
): string {
  const text = siteText(site);
  const { t } = text;
  const path = entry.page;
  const r = entry.report;
  const heading = t("site.agreement.heading", { kind: entry.kind, name: entry.displayName ?? entry.name });
  const links = entry.reports
    .map((f) => `<li><a href="${href(path, f.path)}">${esc(t(`site.agreement.format.${f.format}`))}</a></li>`)
    .join("");
  const withCoverage = entry.kind === "SLA";
  const rows = r.targets.map((target) => {
    const status = target.provisional ? "provisional" : target.status;
    const word = target.provisional ? t("site.status.provisional") : t(`status.${target.status}`);
    const verdict = entry.targetCoverage[target.name] ?? null;
    return [
      esc(target.name),
      text.percent(target.objective),
      text.percent(target.value),
      badge(status, word),
      ...(withCoverage ? [verdict ? badge(verdict, t(`site.verdict.${verdict}`)) : "–"] : []),
    ];
  });
  const head = ["target", "objective", "value", "status", ...(withCoverage ? ["verdict"] : [])].map((k) =>
    t(`site.head.${k}`),
  );
  const dates = site.calendar.filter((e) => e.kind === entry.kind && e.name === entry.name);
  const register = site.improvements.filter(
    (i) => i.agreement?.kind === entry.kind && i.agreement.name === entry.name,
  );
  const parties = t("site.agreement.parties", {
    provider: r.providerDisplayName ?? r.provider,
    customer: r.customerDisplayName ?? r.customer,
    service: r.serviceDisplayName ?? r.service,
  });
  const body = `<h1>${esc(heading)}</h1>
<p class="lead">${esc(parties)}</p>
<p>${reportBadge(entry, text)} · ${creditsText(entry, text)} · ${sparkline(entry.trend, text)}</p>
<h2>${esc(t("site.agreement.reports", { period: text.periodLabel(r.period.label) }))}</h2>
<ul class="links">${links}</ul>
<h2>${esc(t("site.agreement.targets"))}</h2>
${table(head, rows)}
${dates.length > 0 ? `<h2>${esc(t("site.agreement.calendar"))}</h2>\n${table(calendarHead(text), calendarRows(path, dates, text))}` : ""}
<h2>${esc(t("site.agreement.improvements"))}</h2>
${register.length > 0 ? table(improvementHead(text, false), improvementRows(path, register, text, false)) : `<p>${esc(t("site.improvements.noneForAgreement"))}</p>`}`;
  return htmlPage(site, path, heading, body, ctx);
}
