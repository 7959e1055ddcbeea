import type { LocaleText } from "./locale-text.js";

/**
 * What caused a breach, as data (the report model's `breaches[].causeFacts`): the words are
 * chosen when a report is written, in its language. Fractions 0–1, seconds, ISO 8601 UTC instants.
 */
export type BreachFact =
  /** A breached assessment window, when the period holds several. */
  | { kind: "window"; window: string; value: number; objective: number; severity: string }
  /** An outage of an availability target with its own downtime (0: only while others were down). */
  | { kind: "outage"; cause: string | null; start: string; own: number; id: string | null }
  /** Outages down at the same time, their shared downtime counted once. */
  | { kind: "overlap"; outages: string[]; duration: number }
  /** An outage whose recovery clock passed the threshold. */
  | { kind: "recovery"; cause: string | null; start: string; duration: number; id: string | null }
  /** A ticket whose clock passed its threshold (`thresholdText` for business days: "2bd"). */
  | {
      kind: "ticket";
      id: string;
      priority: string | null;
      clock: number;
      capped: boolean;
      threshold: number;
      thresholdText: string | null;
      /** The clocks of the supporting OLA/UC ticket targets on this ticket (SPEC §17); absent or empty: none. */
      supporting?: { ref: string; clock: number; threshold: number; status: string }[];
    };

/** A breach cause in words, in the agreement's zone: "Upgrade overran from 2024-05-12 02:00 CEST: 3h 10m (INC-7)". */
export function describeBreachFact(fact: BreachFact, text: LocaleText, zone: string): string {
  const { t } = text;
  const at = (instant: string) => text.localTime(Date.parse(instant), zone);
  const what = (cause: string | null) => cause ?? t("cause.outage.unnamed");
  const ref = (id: string | null) => (id === null ? "" : t("cause.ref", { id }));
  switch (fact.kind) {
    case "window":
      return t("cause.window", {
        window: fact.window,
        value: text.percent(fact.value),
        objective: text.percent(fact.objective, 7),
        severity: t(`severity.${fact.severity}.lower`),
      });
    case "outage":
      return t("cause.outage", {
        what: what(fact.cause),
        start: at(fact.start),
        own: fact.own > 0 ? text.clock(fact.own) : t("cause.outage.noOwn"),
        ref: ref(fact.id),
      });
    case "overlap":
      return t("cause.overlap", { outages: text.list(fact.outages), duration: text.clock(fact.duration) });
    case "recovery":
      return t("cause.outage", {
        what: what(fact.cause),
        start: at(fact.start),
        own: text.clock(fact.duration),
        ref: ref(fact.id),
      });
    case "ticket":
      return (
        t("cause.ticket", {
          id: fact.id,
          priority: fact.priority === null ? "" : t("cause.priority", { priority: fact.priority }),
          clock: `${fact.capped ? "≥ " : ""}${text.clock(fact.clock)}`,
          threshold: text.clock(fact.threshold),
          businessDays:
            fact.thresholdText === null ? "" : t("cause.businessDays", { text: fact.thresholdText }),
        }) + supportingClause(fact.supporting ?? [], text)
      );
  }
}

/** Which supporting OLA/UC clocks also breached on a ticket (SPEC §17), as a clause of its cause. */
function supportingClause(
  clocks: readonly { ref: string; clock: number; threshold: number; status: string }[],
  text: LocaleText,
): string {
  if (clocks.length === 0) return "";
  const breached = clocks.filter((c) => c.status === "breached");
  if (breached.length === 0) return text.t("cause.supportingMet");
  return text.t("cause.supportingBreached", {
    clocks: text.list(
      breached.map((c) =>
        text.t("cause.supportingClock", {
          ref: c.ref,
          clock: text.clock(c.clock),
          threshold: text.clock(c.threshold),
        }),
      ),
    ),
  });
}
