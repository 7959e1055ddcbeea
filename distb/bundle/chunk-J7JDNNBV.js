import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);

// dist/formatters/site/calendar-words.js
function dayText(date, text) {
  return text.date(`${date}T00:00:00.000Z`, "UTC", "date");
}
function daysText(days, { t }) {
  if (days === 0)
    return t("site.calendar.today");
  return days < 0 ? t("site.calendar.past", { days: -days }) : t("site.calendar.future", { days });
}
function detailText(e, text) {
  const d = e.detail;
  if (d.kind === "term")
    return text.t(d.autoRenew ? "site.detail.renews" : "site.detail.noRenewal");
  if (d.kind === "notice")
    return text.t("site.detail.notice", { end: dayText(d.termEnd, text), notice: d.noticePeriod });
  if (d.kind === "claim")
    return text.t("site.detail.claim", {
      amount: text.currency(d.amount, d.currency),
      window: text.periodLabel(d.window),
      within: d.claimWithin
    });
  if (d.kind === "action")
    return d.owner === null ? text.t("site.detail.action", { text: d.text, agreement: d.agreement }) : text.t("site.detail.actionOwner", { text: d.text, owner: d.owner, agreement: d.agreement });
  return d.last === null ? text.t("site.detail.reviewNever", { every: d.every, start: dayText(d.termStart, text) }) : text.t("site.detail.review", { every: d.every, last: dayText(d.last, text) });
}

export {
  dayText,
  daysText,
  detailText
};
