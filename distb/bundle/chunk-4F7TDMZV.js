import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  dayText,
  daysText,
  detailText
} from "./chunk-J7JDNNBV.js";
import {
  badge,
  esc,
  href,
  htmlPage,
  siteText,
  table
} from "./chunk-DPJWOEM6.js";

// dist/formatters/site/calendar-page.js
var PATH = "calendar.html";
var EVENT_CLASS = {
  "review-overdue": "breached",
  "review-due": "at-risk",
  "term-ending": "none",
  "notice-deadline": "at-risk",
  "claim-deadline": "at-risk",
  "action-due": "none",
  "action-overdue": "breached"
};
function calendarRows(from, entries, text) {
  return entries.map((e) => [
    `${esc(dayText(e.date, text))}<br><span class="sub">${esc(daysText(e.days, text))}</span>`,
    badge(EVENT_CLASS[e.event], text.t(`site.event.${e.event}`)),
    e.page ? `<a href="${href(from, e.page)}">${esc(subject(e, text))}</a>` : esc(subject(e, text)),
    esc(detailText(e, text))
  ]);
}
function subject(e, { t }) {
  return e.kind === "Improvement" ? t("site.improvement.subject", { name: e.name }) : `${e.kind} ${e.name}`;
}
function calendarHead({ t }) {
  return ["date", "event", "agreement", "detail"].map((k) => t(`site.head.${k}`));
}
function formatCalendarPage(site, ctx) {
  const text = siteText(site);
  const heading = text.t("site.calendar.heading");
  const feed = `<a href="${href(PATH, "calendar.ics")}">calendar.ics</a>`;
  const body = `<h1>${esc(heading)}</h1>
<p class="lead">${esc(text.t("site.calendar.lead", { asOf: dayText(site.asOf, text) }))} ${feed}</p>
${site.calendar.length > 0 ? table(calendarHead(text), calendarRows(PATH, site.calendar, text)) : `<p>${esc(text.t("site.calendar.none"))}</p>`}`;
  return htmlPage(site, PATH, heading, body, ctx);
}

export {
  calendarRows,
  calendarHead,
  formatCalendarPage
};
