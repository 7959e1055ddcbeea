import type { CalendarEntry } from "../../site/site-model.js";
import type { LocaleText } from "../../text/locale-text.js";

/** A calendar date (YYYY-MM-DD) as the language writes dates. */
export function dayText(date: string, text: LocaleText): string {
  return text.date(`${date}T00:00:00.000Z`, "UTC", "date");
}

/** "in 77 days", "41 days ago", "today". */
export function daysText(days: number, { t }: LocaleText): string {
  if (days === 0) return t("site.calendar.today");
  return days < 0 ? t("site.calendar.past", { days: -days }) : t("site.calendar.future", { days });
}

/** The facts behind an entry's date, in words: the review cycle, the renewal, the notice period, the credit to claim, the action. */
export function detailText(e: CalendarEntry, text: LocaleText): string {
  const d = e.detail;
  if (d.kind === "term") return text.t(d.autoRenew ? "site.detail.renews" : "site.detail.noRenewal");
  if (d.kind === "notice")
    return text.t("site.detail.notice", { end: dayText(d.termEnd, text), notice: d.noticePeriod });
  if (d.kind === "claim")
    return text.t("site.detail.claim", {
      amount: text.currency(d.amount, d.currency),
      window: text.periodLabel(d.window),
      within: d.claimWithin,
    });
  if (d.kind === "action")
    return d.owner === null
      ? text.t("site.detail.action", { text: d.text, agreement: d.agreement })
      : text.t("site.detail.actionOwner", { text: d.text, owner: d.owner, agreement: d.agreement });
  return d.last === null
    ? text.t("site.detail.reviewNever", { every: d.every, start: dayText(d.termStart, text) })
    : text.t("site.detail.review", { every: d.every, last: dayText(d.last, text) });
}
