import type { LocaleText } from "./locale-text.js";
import { rewordReaderText } from "./reader-texts.js";

/**
 * A data quality note as data (the report model's `dataQuality.noteFacts`): the words are chosen
 * when a report is written, in its language.
 */
export type NoteFact =
  /** A note of a source reader or of the measurement, as it wrote it (English; reworded when known). */
  | { kind: "text"; text: string }
  /** Ticket or outage exports whose newest record is more than a month before the period ends. */
  | { kind: "stale-source"; source: string; newest: string }
  /** Rows replaced by a later row with the same id (`dedupe`). */
  | { kind: "replaced-rows"; source: string; rows: number }
  /** A target that could not be measured, and why (as the engine said it). */
  | { kind: "unmeasured"; target: string; problem: string }
  /** Outages without an end, counted as still down. */
  | { kind: "open-outages"; target: string; outages: number }
  /** An assessment window still running at the period's end (SPEC §14). */
  | { kind: "window-running"; target: string; window: string; label: string }
  /** A calendar whose holiday library lacks years of the period (SPEC §11). */
  | { kind: "holiday-gap"; calendar: string; source: string; years: number[] };

/** A data quality note in words. */
export function describeNoteFact(fact: NoteFact, text: LocaleText): string {
  const { t } = text;
  switch (fact.kind) {
    case "text":
      return rewordReaderText(fact.text, text);
    case "stale-source":
      return t("note.staleSource", {
        source: fact.source,
        newest: text.date(`${fact.newest}T00:00:00Z`, "UTC", "date"),
      });
    case "replaced-rows":
      return t("note.replacedRows", { source: fact.source, rows: fact.rows });
    case "unmeasured":
      return t("note.unmeasured", { target: fact.target, problem: rewordReaderText(fact.problem, text) });
    case "open-outages":
      return t("note.openOutages", { target: fact.target, outages: fact.outages });
    case "window-running":
      return t("note.windowRunning", {
        target: fact.target,
        window: t(`note.window.${fact.window}`),
        label: fact.label,
      });
    case "holiday-gap":
      return t("note.holidayGap", {
        calendar: fact.calendar,
        source: fact.source,
        years: fact.years.join(", "),
        count: fact.years.length,
      });
  }
}
