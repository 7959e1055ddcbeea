import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  isAbout,
  overdueActions
} from "./chunk-JWE4QTWT.js";
import {
  shiftDate
} from "./chunk-XGYTK23C.js";
import {
  compareStrings
} from "./chunk-2EXGQLEF.js";

// dist/lifecycle/review-schedule.js
function reviewSchedule(model, asOf, within) {
  const horizon = shiftDate(asOf, within).day;
  const items = [];
  const add = (a, event, date, detail) => {
    items.push({ kind: a.kind, name: a.metadata.name, event, date, days: date.day - asOf.day, detail });
  };
  for (const a of model.agreements) {
    const ended = a.term.end !== void 0 && a.term.end.day < asOf.day;
    if (ended)
      continue;
    const reviewDue = nextReview(a);
    if (a.review && reviewDue) {
      const basis = a.review.last ? `last review ${a.review.last.text}` : `term start ${a.term.start.text}, never reviewed`;
      const detail = `review every ${a.review.every.text}; ${basis}`;
      if (reviewDue.day < asOf.day)
        add(a, "review-overdue", reviewDue, detail);
      else if (reviewDue.day <= horizon)
        add(a, "review-due", reviewDue, detail);
    }
    if (a.term.end && a.term.end.day <= horizon) {
      add(a, "term-ending", a.term.end, a.contract?.autoRenew ? "renews automatically" : "does not renew automatically");
    }
    const notice = a.contract?.noticePeriod;
    if (a.term.end && notice) {
      const deadline = shiftDate(a.term.end, notice, -1);
      if (deadline.day <= horizon) {
        add(a, "notice-deadline", deadline, `term ends ${a.term.end.text}, notice period ${notice.text}`);
      }
    }
  }
  for (const imp of model.improvements) {
    const about = model.agreements.find((a) => isAbout(imp, a));
    const agreement = about ? `${about.kind} ${about.metadata.name}` : imp.agreement.name;
    for (const action of overdueActions(imp, asOf)) {
      const due = action.due;
      items.push({
        kind: "Improvement",
        name: imp.metadata.name,
        event: "action-overdue",
        date: due,
        days: due.day - asOf.day,
        detail: `${action.text}${action.owner ? ` (owner ${action.owner})` : ""}; improvement of ${agreement}`
      });
    }
  }
  items.sort((x, y) => x.date.day - y.date.day || compareStrings(x.name, y.name) || (x.event < y.event ? -1 : 1));
  return { asOf, within, items };
}
function nextReview(a) {
  if (!a.review)
    return void 0;
  const due = shiftDate(a.review.last ?? a.term.start, a.review.every);
  const afterTerm = a.term.end !== void 0 && !a.contract?.autoRenew && due.day > a.term.end.day;
  return afterTerm ? void 0 : due;
}
function hasOverdue(schedule) {
  return schedule.items.some((i) => i.event === "review-overdue" || i.event === "action-overdue");
}

export {
  reviewSchedule,
  nextReview,
  hasOverdue
};
