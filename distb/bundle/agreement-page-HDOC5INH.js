import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  calendarHead,
  calendarRows
} from "./chunk-4F7TDMZV.js";
import {
  improvementHead,
  improvementRows
} from "./chunk-4DM2D5OO.js";
import "./chunk-J7JDNNBV.js";
import {
  creditsText,
  reportBadge
} from "./chunk-QSP6ZW6V.js";
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
import "./chunk-DQEPQ35S.js";
import "./chunk-VEAA5MQJ.js";
import "./chunk-YUZ4Y2P5.js";
import "./chunk-ITEXS6TC.js";
import "./chunk-ZR5D3XWC.js";
import "./chunk-KBDRPUOI.js";

// dist/formatters/site/agreement-page.js
function formatAgreementPage(site, entry, ctx) {
  const text = siteText(site);
  const { t } = text;
  const path = entry.page;
  const r = entry.report;
  const heading = t("site.agreement.heading", { kind: entry.kind, name: entry.displayName ?? entry.name });
  const links = entry.reports.map((f) => `<li><a href="${href(path, f.path)}">${esc(t(`site.agreement.format.${f.format}`))}</a></li>`).join("");
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
      ...withCoverage ? [verdict ? badge(verdict, t(`site.verdict.${verdict}`)) : "\u2013"] : []
    ];
  });
  const head = ["target", "objective", "value", "status", ...withCoverage ? ["verdict"] : []].map((k) => t(`site.head.${k}`));
  const dates = site.calendar.filter((e) => e.kind === entry.kind && e.name === entry.name);
  const register = site.improvements.filter((i) => i.agreement?.kind === entry.kind && i.agreement.name === entry.name);
  const parties = t("site.agreement.parties", {
    provider: r.providerDisplayName ?? r.provider,
    customer: r.customerDisplayName ?? r.customer,
    service: r.serviceDisplayName ?? r.service
  });
  const body = `<h1>${esc(heading)}</h1>
<p class="lead">${esc(parties)}</p>
<p>${reportBadge(entry, text)} \xB7 ${creditsText(entry, text)} \xB7 ${sparkline(entry.trend, text)}</p>
<h2>${esc(t("site.agreement.reports", { period: text.periodLabel(r.period.label) }))}</h2>
<ul class="links">${links}</ul>
<h2>${esc(t("site.agreement.targets"))}</h2>
${table(head, rows)}
${dates.length > 0 ? `<h2>${esc(t("site.agreement.calendar"))}</h2>
${table(calendarHead(text), calendarRows(path, dates, text))}` : ""}
<h2>${esc(t("site.agreement.improvements"))}</h2>
${register.length > 0 ? table(improvementHead(text, false), improvementRows(path, register, text, false)) : `<p>${esc(t("site.improvements.noneForAgreement"))}</p>`}`;
  return htmlPage(site, path, heading, body, ctx);
}
export {
  formatAgreementPage
};
