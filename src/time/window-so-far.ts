import { DAY_MS } from "../core/units.js";
import type { Agreement, Target } from "../core/model.js";
import { monthsOf, windowContaining } from "./assessment-window.js";
import { dayStartInstant } from "./period.js";
import type { Span } from "./span.js";
import { utcToWall } from "./zone.js";

/** The assessment window that holds an instant, cut to the agreement's term (SPEC §20). */
export interface WindowSoFar {
  /** The window's label: 2024-05, 2024-Q2, 2024. */
  label: string;
  months: number;
  /** The whole window (cut to the term): what its budget is worked out over. */
  whole: Span;
  /** From the window's start to the as-of instant: what is measured. */
  soFar: Span;
}

/** The local epoch day of an instant in `zone`. */
export function localDayOf(instant: number, zone: string): number {
  return Math.floor(utcToWall(zone, instant) / DAY_MS);
}

/**
 * The window of `target` that contains `asOf` in the agreement's zone, or null when the
 * agreement is not in force at that instant (before its term starts, or after it ends).
 */
export function windowSoFar(
  agreement: Agreement,
  target: Target,
  asOf: number,
  zone: string,
): WindowSoFar | null {
  const termStart = dayStartInstant(agreement.term.start.day, zone);
  const termEnd = agreement.term.end
    ? dayStartInstant(agreement.term.end.day + 1, zone)
    : Number.POSITIVE_INFINITY;
  if (asOf < termStart || asOf >= termEnd) return null;
  const w = windowContaining(localDayOf(asOf, zone), target.window);
  const start = Math.max(dayStartInstant(w.startDay, zone), termStart);
  const end = Math.min(dayStartInstant(w.endDay, zone), termEnd);
  return {
    label: w.label,
    months: monthsOf(target.window),
    whole: { start, end },
    soFar: { start, end: asOf },
  };
}
