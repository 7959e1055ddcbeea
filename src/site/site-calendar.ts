import { compareStrings } from "../core/compare.js";
import type { AgreementKind, Model } from "../core/model.js";
import type { CalendarInterval } from "../core/values/calendar-interval.js";
import { shiftDate } from "../core/values/calendar-interval.js";
import type { CalendarDate } from "../core/values/date.js";
import { DAY_MS } from "../core/units.js";
import type { ClaimableCredit } from "../credits/back-to-back-credits.js";
import { isAbout, isOpen, overdueActions } from "../lifecycle/improvement-register.js";
import type { ReviewItem, ReviewSchedule } from "../lifecycle/review-schedule.js";
import type { CalendarDetail, CalendarEntry, SiteImprovement } from "./site-model.js";

/**
 * The calendar's entries, by date: the review calendar's agreement dates, the claim deadlines of
 * the credits claimable from suppliers for the period (SPEC §14, §17: a UC window's last day +
 * `contract.claimWithin`), and the due dates of the open Improvements' actions not done — overdue
 * ones whatever their date, coming ones within the calendar's reach (docs/site.md).
 *
 * A UID names the event, what it is about and the date, so a subscribed calendar updates an event
 * in place when the feed is rebuilt and adds a new one when the date moves (a review that took
 * place moves the next due date). An action keeps its UID when it becomes overdue: the event is
 * the same due date, now passed.
 */
export function calendarEntries(
  model: Model,
  schedule: ReviewSchedule,
  pageOf: (kind: string, name: string) => string | null,
  claims: readonly ClaimableCredit[],
  improvements: readonly SiteImprovement[],
): CalendarEntry[] {
  const entries = schedule.items.flatMap((i) =>
    i.kind === "Improvement" || i.event === "action-overdue" ? [] : [entryOf(model, i, i.kind, pageOf)],
  );
  for (const c of claims) if (c.deadline !== null) entries.push(claimEntry(model, c, schedule.asOf, pageOf));
  entries.push(...actionEntries(improvements, schedule.asOf, schedule.within));
  return entries.sort(
    (x, y) =>
      compareStrings(x.date, y.date) || compareStrings(x.name, y.name) || compareStrings(x.uid, y.uid),
  );
}

function entryOf(
  model: Model,
  i: ReviewItem,
  kind: AgreementKind,
  pageOf: (kind: string, name: string) => string | null,
): CalendarEntry {
  return {
    kind,
    name: i.name,
    event: i.event,
    date: i.date.text,
    days: i.days,
    detail: detailOf(model, i),
    uid: `${i.event}.${i.kind.toLowerCase()}.${i.name}.${i.date.text}@slm`,
    page: pageOf(i.kind, i.name),
  };
}

function claimEntry(
  model: Model,
  c: ClaimableCredit,
  asOf: CalendarDate,
  pageOf: (kind: string, name: string) => string | null,
): CalendarEntry {
  const uc = model.agreements.find((a) => a.kind === "UC" && a.metadata.name === c.uc)!;
  const deadline = c.deadline!;
  return {
    kind: "UC",
    name: c.uc,
    event: "claim-deadline",
    date: deadline,
    days: dayNumber(deadline) - asOf.day,
    detail: {
      kind: "claim",
      window: c.window,
      claimWithin: uc.contract!.claimWithin!.text,
      amount: c.amount,
      currency: c.currency,
    },
    uid: `claim-deadline.uc.${c.uc}.${c.window}.${deadline}@slm`,
    page: pageOf("UC", c.uc),
  };
}

/** Every open Improvement's actions not done that have a due date: overdue ones, and those due within the reach. */
function actionEntries(
  improvements: readonly SiteImprovement[],
  asOf: CalendarDate,
  within: CalendarInterval,
): CalendarEntry[] {
  const horizon = shiftDate(asOf, within).day;
  const out: CalendarEntry[] = [];
  for (const imp of improvements) {
    if (!imp.open) continue;
    imp.actions.forEach((a, n) => {
      if (a.due === null || a.done !== null) return;
      const day = dayNumber(a.due);
      if (!a.overdue && day > horizon) return;
      out.push({
        kind: "Improvement",
        name: imp.name,
        event: a.overdue ? "action-overdue" : "action-due",
        date: a.due,
        days: day - asOf.day,
        detail: {
          kind: "action",
          text: a.text,
          owner: a.owner,
          agreement: imp.agreement ? `${imp.agreement.kind} ${imp.agreement.name}` : imp.reference,
        },
        uid: `action.improvement.${imp.name}.${n + 1}.${a.due}@slm`,
        page: imp.anchor,
      });
    });
  }
  return out;
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

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/** The register as the site shows it: every Improvement, its agreement's page, its actions judged on `asOf`. */
export function siteImprovements(
  model: Model,
  asOf: CalendarDate,
  pageOf: (kind: string, name: string) => string | null,
): SiteImprovement[] {
  return model.improvements.map((i) => {
    const about = model.agreements.find((a) => isAbout(i, a));
    const open = isOpen(i);
    const overdue = new Set(overdueActions(i, asOf));
    return {
      name: i.metadata.name,
      anchor: `improvements.html#improvement-${i.metadata.name}`,
      agreement: about
        ? { kind: about.kind, name: about.metadata.name, page: pageOf(about.kind, about.metadata.name) }
        : null,
      reference: i.agreement.kind ? `${i.agreement.kind}/${i.agreement.name}` : i.agreement.name,
      targets: i.targets ?? null,
      period: i.period ?? null,
      raised: i.raised.text,
      status: i.status,
      open,
      owner: i.owner ?? null,
      cause: i.cause ?? null,
      actions: i.actions.map((a) => ({
        text: a.text,
        owner: a.owner ?? null,
        due: a.due?.text ?? null,
        done: a.done?.text ?? null,
        overdue: overdue.has(a),
      })),
    };
  });
}
