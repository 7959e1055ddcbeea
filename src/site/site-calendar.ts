import type { ReviewSchedule } from "../lifecycle/review-schedule.js";
import type { CalendarEntry } from "./site-model.js";

/**
 * The review calendar's items as dated entries. A UID names the event, the agreement and the date,
 * so a subscribed calendar updates an event in place when the feed is rebuilt and adds a new one
 * when the date moves (a review that took place moves the next due date).
 */
export function calendarEntries(
  schedule: ReviewSchedule,
  pageOf: (kind: string, name: string) => string | null,
): CalendarEntry[] {
  return schedule.items.map((i) => ({
    kind: i.kind,
    name: i.name,
    event: i.event,
    date: i.date.text,
    days: i.days,
    detail: i.detail,
    uid: `${i.event}.${i.kind.toLowerCase()}.${i.name}.${i.date.text}@slm`,
    page: pageOf(i.kind, i.name),
  }));
}
