import type { LocaleText } from "./locale-text.js";

/**
 * Why a coverage verdict is what it is, as data: `slm coverage --format json` writes the English
 * words (`reasons[].message`), the Markdown format words the facts in its locale. Names, refs
 * (`OLA erp-app-ops/p1-fix`), thresholds and dates are written as in the agreements; the
 * uncovered hours (`mon-fri 18:00-08:00`) and why a business day has no fixed length come worded
 * by coverage/ and stay English.
 */
export type ReasonFact =
  /** The SLA target has no component and no linked support (`answered`: whoever takes the call). */
  | { kind: "no-support"; what: string; service: string; slaRef: string; answered: boolean }
  /** A component without a supporting target. */
  | { kind: "missing"; component: string; what: string; slaRef: string }
  /** The composed availability is below the objective (the arithmetic as coverage wrote it). */
  | { kind: "composition"; text: string }
  | { kind: "metric"; component: string; support: string; slaRef: string; measures: string; needs: string }
  | { kind: "threshold-looser"; component: string; support: string; supporting: string; sla: string }
  | {
      kind: "threshold-inexact";
      component: string;
      support: string;
      supporting: string;
      sla: string;
      why: string;
    }
  | { kind: "objective"; component: string; support: string; objective: string; slaObjective: string }
  | {
      kind: "hours";
      component: string;
      calendar: string;
      zone: string;
      by: { support: string; calendar: string }[];
      hours: string;
    }
  | {
      kind: "term";
      component: string;
      term: TermText;
      by: { agreement: string; term: TermText }[];
      gaps: DayRangeText[];
    }
  | {
      kind: "notice";
      component: string;
      agreement: string;
      deadline: string;
      termEnd: string;
      noticePeriod: string;
      /** The SLA's term end, or null when it is open-ended. */
      slaEnd: string | null;
    };

/** A term as dates: `end` null when open-ended. */
export interface TermText {
  start: string;
  end: string | null;
}

/** A range of days: `to` null for "onwards", equal to `from` for one day. */
export interface DayRangeText {
  from: string;
  to: string | null;
}

/** A coverage reason in words. */
export function describeReasonFact(fact: ReasonFact, text: LocaleText): string {
  const { t } = text;
  const at = (component: string, message: string) => t("coverage.reason.component", { component, message });
  const term = (x: TermText) =>
    x.end === null
      ? t("coverage.onwards", { from: x.start })
      : t("coverage.dayRange", { from: x.start, to: x.end });
  const range = (r: DayRangeText) =>
    r.to === null
      ? t("coverage.onwards", { from: r.from })
      : r.to === r.from
        ? r.from
        : t("coverage.dayRange", { from: r.from, to: r.to });
  const separator = t("format.listSeparator");
  switch (fact.kind) {
    case "no-support":
      return fact.answered
        ? t("coverage.reason.noSupportAnswered", {
            what: fact.what,
            service: fact.service,
            slaRef: fact.slaRef,
          })
        : t("coverage.reason.noComponents", { what: fact.what, service: fact.service, slaRef: fact.slaRef });
    case "missing":
      return at(fact.component, t("coverage.reason.missing", { what: fact.what, slaRef: fact.slaRef }));
    case "composition":
      return fact.text;
    case "metric":
      return at(
        fact.component,
        t("coverage.reason.metric", {
          support: fact.support,
          slaRef: fact.slaRef,
          measures: fact.measures,
          needs: fact.needs,
        }),
      );
    case "threshold-looser":
      return at(
        fact.component,
        t("coverage.reason.thresholdLooser", {
          support: fact.support,
          supporting: fact.supporting,
          sla: fact.sla,
        }),
      );
    case "threshold-inexact":
      return at(
        fact.component,
        t("coverage.reason.thresholdInexact", {
          support: fact.support,
          supporting: fact.supporting,
          sla: fact.sla,
          why: fact.why,
        }),
      );
    case "objective":
      return at(
        fact.component,
        t("coverage.reason.objective", {
          support: fact.support,
          objective: fact.objective,
          slaObjective: fact.slaObjective,
        }),
      );
    case "hours":
      return at(
        fact.component,
        t("coverage.reason.hours", {
          calendar: fact.calendar,
          zone: fact.zone,
          by: fact.by.map((b) => t("coverage.withCalendar", b)).join(separator),
          hours: fact.hours,
        }),
      );
    case "term":
      return at(
        fact.component,
        t("coverage.reason.term", {
          term: term(fact.term),
          by: fact.by
            .map((b) => t("coverage.withTerm", { agreement: b.agreement, term: term(b.term) }))
            .join(separator),
          gaps: fact.gaps.map(range).join(separator),
        }),
      );
    case "notice": {
      const { agreement, deadline, termEnd, noticePeriod, slaEnd } = fact;
      const params = { agreement, deadline, termEnd, noticePeriod };
      return at(
        fact.component,
        slaEnd === null
          ? t("coverage.reason.noticeOpen", params)
          : t("coverage.reason.notice", { ...params, slaEnd }),
      );
    }
  }
}
