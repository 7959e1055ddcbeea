import { parseDuration } from "./duration.js";
import { fail, ok, type ParseResult } from "./result.js";

/**
 * A target threshold: a fixed duration (`4h`, `500ms`, `PT15M`) or a number of business days
 * (`3bd`, SPEC §11), which is not a fixed length of time — it depends on the calendar's service
 * days, so it is kept apart and turned into a deadline per ticket.
 */
export type Threshold =
  | { kind: "duration"; ms: number; text: string }
  | { kind: "business-days"; days: number; text: string }
  /** A survey score (`threshold: 4` on a satisfaction target, SPEC §15): written as a number. */
  | { kind: "score"; score: number; text: string };

const BUSINESS_DAYS = /^(\d{1,4})\s*bd$/;

export function parseThreshold(input: unknown): ParseResult<Threshold> {
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return fail("a score threshold is a finite number");
    return ok({ kind: "score", score: input, text: String(input) });
  }
  if (typeof input === "string") {
    const text = input.trim();
    const bd = BUSINESS_DAYS.exec(text);
    if (bd) {
      const days = Number(bd[1]);
      if (days < 1) return fail(`"${text}": a business-day threshold counts at least 1 service day (1bd)`);
      return ok({ kind: "business-days", days, text });
    }
    if (/^\d+(\.\d+)?\s*bd$/.test(text))
      return fail(
        `"${text}": business days are whole days (1bd, 2bd, 3bd …); write a shorter limit in hours`,
      );
  }
  const duration = parseDuration(input);
  if (!duration.ok) {
    return typeof input === "string"
      ? fail(`${duration.error.replace(/\)$/, "")}, or business days: 3bd)`)
      : duration;
  }
  return ok({ kind: "duration", ms: duration.value, text: String(input).trim() });
}
