import type { ReviewSchedule } from "../../lifecycle/review-schedule.js";

/** SPEC §9: `{ asOf, items: [ { kind, name, event, date, days } ] }`. */
export function formatReviewJson(schedule: ReviewSchedule): string {
  return `${JSON.stringify(
    {
      asOf: schedule.asOf.text,
      items: schedule.items.map((i) => ({
        kind: i.kind,
        name: i.name,
        event: i.event,
        date: i.date.text,
        days: i.days,
        detail: i.detail,
      })),
    },
    null,
    2,
  )}\n`;
}
