import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);

// dist/text/coverage-reasons.js
function describeReasonFact(fact, text) {
  const { t } = text;
  const at = (component, message) => t("coverage.reason.component", { component, message });
  const term = (x) => x.end === null ? t("coverage.onwards", { from: x.start }) : t("coverage.dayRange", { from: x.start, to: x.end });
  const range = (r) => r.to === null ? t("coverage.onwards", { from: r.from }) : r.to === r.from ? r.from : t("coverage.dayRange", { from: r.from, to: r.to });
  const separator = t("format.listSeparator");
  switch (fact.kind) {
    case "no-support":
      return fact.answered ? t("coverage.reason.noSupportAnswered", {
        what: fact.what,
        service: fact.service,
        slaRef: fact.slaRef
      }) : t("coverage.reason.noComponents", { what: fact.what, service: fact.service, slaRef: fact.slaRef });
    case "missing":
      return at(fact.component, t("coverage.reason.missing", { what: fact.what, slaRef: fact.slaRef }));
    case "composition":
      return fact.text;
    case "metric":
      return at(fact.component, t("coverage.reason.metric", {
        support: fact.support,
        slaRef: fact.slaRef,
        measures: fact.measures,
        needs: fact.needs
      }));
    case "threshold-looser":
      return at(fact.component, t("coverage.reason.thresholdLooser", {
        support: fact.support,
        supporting: fact.supporting,
        sla: fact.sla
      }));
    case "threshold-inexact":
      return at(fact.component, t("coverage.reason.thresholdInexact", {
        support: fact.support,
        supporting: fact.supporting,
        sla: fact.sla,
        why: fact.why
      }));
    case "objective":
      return at(fact.component, t("coverage.reason.objective", {
        support: fact.support,
        objective: fact.objective,
        slaObjective: fact.slaObjective
      }));
    case "hours":
      return at(fact.component, t("coverage.reason.hours", {
        calendar: fact.calendar,
        zone: fact.zone,
        by: fact.by.map((b) => t("coverage.withCalendar", b)).join(separator),
        hours: fact.hours
      }));
    case "term":
      return at(fact.component, t("coverage.reason.term", {
        term: term(fact.term),
        by: fact.by.map((b) => t("coverage.withTerm", { agreement: b.agreement, term: term(b.term) })).join(separator),
        gaps: fact.gaps.map(range).join(separator)
      }));
    case "notice": {
      const { agreement, deadline, termEnd, noticePeriod, slaEnd } = fact;
      const params = { agreement, deadline, termEnd, noticePeriod };
      return at(fact.component, slaEnd === null ? t("coverage.reason.noticeOpen", params) : t("coverage.reason.notice", { ...params, slaEnd }));
    }
  }
}

export {
  describeReasonFact
};
