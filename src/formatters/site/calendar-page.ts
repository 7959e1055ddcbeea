import type { CalendarEntry, SiteModel } from "../../site/site-model.js";
import type { LocaleText } from "../../text/locale-text.js";
import { daysText, dayText, detailText } from "./calendar-words.js";
import { badge, esc, href, htmlPage, siteText, table } from "./html-page.js";

const PATH = "calendar.html";
const EVENT_CLASS: Record<CalendarEntry["event"], string> = {
  "review-overdue": "breached",
  "review-due": "at-risk",
  "term-ending": "none",
  "notice-deadline": "at-risk",
  "claim-deadline": "at-risk",
  "action-due": "none",
  "action-overdue": "breached",
};

/** The calendar's entries as table rows, linking each agreement's page from the page at `from`. */
export function calendarRows(from: string, entries: readonly CalendarEntry[], text: LocaleText): string[][] {
  return entries.map((e) => [
    `${esc(dayText(e.date, text))}<br><span class="sub">${esc(daysText(e.days, text))}</span>`,
    badge(EVENT_CLASS[e.event], text.t(`site.event.${e.event}`)),
    e.page ? `<a href="${href(from, e.page)}">${esc(subject(e, text))}</a>` : esc(subject(e, text)),
    esc(detailText(e, text)),
  ]);
}

/** "SLA acme-email", or "Improvement acme-email-2024-05-upgrade" in the page's language. */
function subject(e: CalendarEntry, { t }: LocaleText): string {
  return e.kind === "Improvement" ? t("site.improvement.subject", { name: e.name }) : `${e.kind} ${e.name}`;
}

export function calendarHead({ t }: LocaleText): string[] {
  return ["date", "event", "agreement", "detail"].map((k) => t(`site.head.${k}`));
}

export function formatCalendarPage(site: SiteModel, ctx: { version: string }): string {
  const text = siteText(site);
  const heading = text.t("site.calendar.heading");
  const feed = `<a href="${href(PATH, "calendar.ics")}">calendar.ics</a>`;
  const body = `<h1>${esc(heading)}</h1>
<p class="lead">${esc(text.t("site.calendar.lead", { asOf: dayText(site.asOf, text) }))} ${feed}</p>
${site.calendar.length > 0 ? table(calendarHead(text), calendarRows(PATH, site.calendar, text)) : `<p>${esc(text.t("site.calendar.none"))}</p>`}`;
  return htmlPage(site, PATH, heading, body, ctx);
}
