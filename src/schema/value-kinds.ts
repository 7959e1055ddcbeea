import { checkAgreementRef } from "../core/values/agreement-ref.js";
import { parseCalendarInterval } from "../core/values/calendar-interval.js";
import { parseDate } from "../core/values/date.js";
import { parseDelimiter } from "../core/values/delimiter.js";
import { parseDuration } from "../core/values/duration.js";
import { parseEncoding } from "../core/values/encoding.js";
import { parseLimit } from "../core/values/limit.js";
import { parsePercentage } from "../core/values/percentage.js";
import { parseRepositoryPath } from "../core/values/repository-path.js";
import { fail, ok, type ParseResult } from "../core/values/result.js";
import { parseThreshold } from "../core/values/threshold.js";
import { parseTimeOfDay } from "../core/values/time-of-day.js";
import { parseTimestampFormat } from "../core/values/timestamp-format.js";
import { parseTimeZone } from "../core/values/timezone.js";
import { parsePeriodLabel } from "../time/period.js";

/**
 * The value syntaxes the schemas check with the `slmValue` keyword. Each one calls the same parser
 * the model uses (src/core/values), so the schema layer and the code can never disagree, and the
 * parser's message ("2024-02-30" does not exist …) becomes the diagnostic.
 */
export const VALUE_PARSERS = {
  percentage: (v: unknown) => parsePercentage(v),
  /** Budget tiers (breach severity) may exceed 100%. */
  "percentage-over-100": (v: unknown) => parsePercentage(v, { allowOver100: true }),
  duration: parseDuration,
  /** A target threshold: a duration, business days (3bd), or a satisfaction score (a number). */
  threshold: parseThreshold,
  /** A threshold target's limit: a number with an optional unit (20GB, 80%, 500ms). */
  limit: parseLimit,
  /** A calendar entry written as a date or as a mapping (whose properties the schema checks). */
  "date-or-entry": (v: unknown) => (typeof v === "string" ? parseDate(v) : ok(v)),
  "calendar-interval": parseCalendarInterval,
  date: parseDate,
  "time-of-day": (v: unknown) => parseTimeOfDay(v),
  /** The end of a window: 24:00 allowed. */
  "time-of-day-end": (v: unknown) => parseTimeOfDay(v, { allowEndOfDay: true }),
  timezone: parseTimeZone,
  name: parseName,
  encoding: parseEncoding,
  delimiter: parseDelimiter,
  "timestamp-format": parseTimestampFormat,
  "repository-path": parseRepositoryPath,
  "agreement-ref": checkAgreementRef,
  period: parsePeriodLabel,
} satisfies Record<string, (value: unknown) => ParseResult<unknown>>;

export type ValueKind = keyof typeof VALUE_PARSERS;

export const NAME_PATTERN = "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$";
const NAME = new RegExp(NAME_PATTERN);

/** metadata.name and every reference to one: a DNS label, so names work in paths and URLs. */
export function parseName(input: unknown): ParseResult<string> {
  if (typeof input !== "string") return fail("a name is a string of lowercase letters, digits and '-'");
  if (!NAME.test(input)) {
    return fail(
      `"${input}" is not a valid name (1–63 lowercase letters, digits or '-', starting and ending with a letter or digit)`,
    );
  }
  return ok(input);
}
