import { compareStrings } from "../core/compare.js";
import type { Agreement, Model } from "../core/model.js";
import { type CalendarInterval, shiftDate } from "../core/values/calendar-interval.js";
import type { CalendarDate } from "../core/values/date.js";
import { isAbout, overdueActions } from "./improvement-register.js";

/**
 * The agreement lifecycle calendar (ISO/IEC 20000: agreements are reviewed at planned intervals):
 * reviews overdue or due soon, terms ending, and UC notice deadlines — the last day on which
 * the provider can still give notice, after which the contract runs (or renews) regardless.
 */
export type ReviewEvent =
  | "review-overdue"
  | "review-due"
  | "term-ending"
  | "notice-deadline"
  | "action-overdue";

export interface ReviewItem {
  /** The agreement's kind, or `Improvement` for an overdue action of the improvement register. */
  kind: Agreement["kind"] | "Improvement";
  name: string;
  event: ReviewEvent;
  date: CalendarDate;
  /** Days from the as-of date to `date`; negative when past. */
  days: number;
  detail: string;
}

export interface ReviewSchedule {
  asOf: CalendarDate;
  within: CalendarInterval;
  items: ReviewItem[];
}

export function reviewSchedule(model: Model, asOf: CalendarDate, within: CalendarInterval): ReviewSchedule {
  const horizon = shiftDate(asOf, within).day;
  const items: ReviewItem[] = [];
  const add = (a: Agreement, event: ReviewEvent, date: CalendarDate, detail: string): void => {
    items.push({ kind: a.kind, name: a.metadata.name, event, date, days: date.day - asOf.day, detail });
  };
  for (const a of model.agreements) {
    const ended = a.term.end !== undefined && a.term.end.day < asOf.day;
    if (ended) continue;
    const reviewDue = nextReview(a);
    if (a.review && reviewDue) {
      // Without a last review, the first one falls due one cycle after the term starts.
      const basis = a.review.last
        ? `last review ${a.review.last.text}`
        : `term start ${a.term.start.text}, never reviewed`;
      const detail = `review every ${a.review.every.text}; ${basis}`;
      if (reviewDue.day < asOf.day) add(a, "review-overdue", reviewDue, detail);
      else if (reviewDue.day <= horizon) add(a, "review-due", reviewDue, detail);
    }
    if (a.term.end && a.term.end.day <= horizon) {
      add(
        a,
        "term-ending",
        a.term.end,
        a.contract?.autoRenew ? "renews automatically" : "does not renew automatically",
      );
    }
    const notice = a.contract?.noticePeriod;
    if (a.term.end && notice) {
      const deadline = shiftDate(a.term.end, notice, -1);
      // A passed deadline stays listed until the term ends: the contract can no longer be left.
      if (deadline.day <= horizon) {
        add(a, "notice-deadline", deadline, `term ends ${a.term.end.text}, notice period ${notice.text}`);
      }
    }
  }
  // An overdue action is a finding like an overdue review (SPEC §15): the plan is not being followed.
  for (const imp of model.improvements) {
    const about = model.agreements.find((a) => isAbout(imp, a));
    const agreement = about ? `${about.kind} ${about.metadata.name}` : imp.agreement.name;
    for (const action of overdueActions(imp, asOf)) {
      const due = action.due as CalendarDate;
      items.push({
        kind: "Improvement",
        name: imp.metadata.name,
        event: "action-overdue",
        date: due,
        days: due.day - asOf.day,
        detail: `${action.text}${action.owner ? ` (owner ${action.owner})` : ""}; improvement of ${agreement}`,
      });
    }
  }
  items.sort(
    (x, y) => x.date.day - y.date.day || compareStrings(x.name, y.name) || (x.event < y.event ? -1 : 1),
  );
  return { asOf, within, items };
}

/**
 * The agreement's next review date: one cycle after the last review, or after the term's start
 * when it was never reviewed. Undefined without a review cycle, and when the review would fall
 * after a term that does not renew: no review at all, the agreement is over by then.
 */
export function nextReview(a: Agreement): CalendarDate | undefined {
  if (!a.review) return undefined;
  const due = shiftDate(a.review.last ?? a.term.start, a.review.every);
  const afterTerm = a.term.end !== undefined && !a.contract?.autoRenew && due.day > a.term.end.day;
  return afterTerm ? undefined : due;
}

export function hasOverdue(schedule: ReviewSchedule): boolean {
  return schedule.items.some((i) => i.event === "review-overdue" || i.event === "action-overdue");
}
