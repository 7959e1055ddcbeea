import { parseCalendarInterval, shiftDate } from "../core/values/calendar-interval.js";
import { parseDate } from "../core/values/date.js";
import { agreements, type Check } from "./check.js";

/**
 * The next review is due at last + every (without `last`: term start + every). An agreement whose
 * term has ended needs no review any more.
 */
export const reviewOverdue: Check = (ctx) => {
  for (const a of agreements(ctx)) {
    const review = a.spec.review;
    if (!review) continue;
    const end = a.spec.term.end === undefined ? undefined : parseDate(a.spec.term.end);
    if (end?.ok && end.value.day < ctx.today.day) continue;
    const every = parseCalendarInterval(review.every);
    const last = parseDate(review.last ?? a.spec.term.start);
    if (!every.ok || !last.ok) continue;
    const due = shiftDate(last.value, every.value);
    if (due.day >= ctx.today.day) continue;
    const since =
      review.last === undefined ? `term start ${last.value.text}` : `last review ${last.value.text}`;
    ctx.report(a, {
      code: "review/overdue",
      message: `review overdue since ${due.text} (${since}, every ${every.value.text})`,
      pointer: review.last === undefined ? "/spec/review" : "/spec/review/last",
      onKey: review.last === undefined,
    });
  }
};
