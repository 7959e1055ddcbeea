import type { CalendarEntry, SiteModel } from "../../site/site-model.js";
import { badge, esc, href, htmlPage, table } from "./html-page.js";
import { siteWord } from "./site-words.js";

const PATH = "calendar.html";
const EVENT_CLASS: Record<CalendarEntry["event"], string> = {
  "review-overdue": "breached",
  "review-due": "at-risk",
  "term-ending": "none",
  "notice-deadline": "at-risk",
};

export function daysText(days: number): string {
  if (days === 0) return siteWord("site.calendar.days.today");
  return days < 0
    ? siteWord("site.calendar.days.past", { days: -days })
    : siteWord("site.calendar.days.future", { days });
}

/** The calendar's entries as table rows, linking each agreement's page from the page at `from`. */
export function calendarRows(from: string, entries: readonly CalendarEntry[]): string[][] {
  return entries.map((e) => [
    `${esc(e.date)}<br><span class="sub">${esc(daysText(e.days))}</span>`,
    badge(EVENT_CLASS[e.event], siteWord(`site.event.${e.event}`)),
    e.page ? `<a href="${href(from, e.page)}">${esc(`${e.kind} ${e.name}`)}</a>` : esc(`${e.kind} ${e.name}`),
    esc(e.detail),
  ]);
}

export const CALENDAR_HEAD = [
  siteWord("site.head.date"),
  siteWord("site.head.event"),
  siteWord("site.head.agreement"),
  siteWord("site.head.detail"),
];

export function formatCalendarPage(site: SiteModel, ctx: { version: string }): string {
  const heading = siteWord("site.calendar.heading");
  const feed = `<a href="${href(PATH, "calendar.ics")}">${esc(siteWord("site.calendar.feed"))}</a>`;
  const lead = esc(siteWord("site.calendar.lead", { asOf: site.asOf, feed: "\u0000" })).replace(
    "\u0000",
    feed,
  );
  const body = `<h1>${esc(heading)}</h1>
<p class="lead">${lead}</p>
${site.calendar.length > 0 ? table(CALENDAR_HEAD, calendarRows(PATH, site.calendar)) : `<p>${esc(siteWord("site.calendar.none"))}</p>`}`;
  return htmlPage(site, PATH, heading, body, ctx);
}
