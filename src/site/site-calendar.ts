import type { AgreementKind, Model } from "../core/model.js";
import type { ReviewItem, ReviewSchedule } from "../lifecycle/review-schedule.js";
import type { CalendarDetail, CalendarEntry } from "./site-model.js";

/**
 * The review calendar's items as dated entries. A UID names the event, the agreement and the date,
 * so a subscribed calendar updates an event in place when the feed is rebuilt and adds a new one
 * when the date moves (a review that took place moves the next due date).
 */
export function calendarEntries(
  model: Model,
  schedule: ReviewSchedule,
  pageOf: (kind: string, name: string) => string | null,
): CalendarEntry[] {
  return schedule.items.flatMap((i) =>
    i.kind === "Improvement" || i.event === "action-overdue"
      ? []
      : [entryOf(model, i, i.kind, i.event, pageOf)],
  );
}

function entryOf(
  model: Model,
  i: ReviewItem,
  kind: AgreementKind,
  event: CalendarEntry["event"],
  pageOf: (kind: string, name: string) => string | null,
): CalendarEntry {
  return {
    kind,
    name: i.name,
    event,
    date: i.date.text,
    days: i.days,
    detail: detailOf(model, i),
    uid: `${i.event}.${i.kind.toLowerCase()}.${i.name}.${i.date.text}@slm`,
    page: pageOf(i.kind, i.name),
  };
}

/** The facts behind an item's date, as the agreement states them (values as written). */
function detailOf(model: Model, item: ReviewItem): CalendarDetail {
  const a = model.agreements.find((x) => x.kind === item.kind && x.metadata.name === item.name)!;
  if (item.event === "term-ending") return { kind: "term", autoRenew: a.contract?.autoRenew === true };
  if (item.event === "notice-deadline")
    return { kind: "notice", termEnd: a.term.end!.text, noticePeriod: a.contract!.noticePeriod!.text };
  return {
    kind: "review",
    every: a.review!.every.text,
    last: a.review?.last?.text ?? null,
    termStart: a.term.start.text,
  };
}
