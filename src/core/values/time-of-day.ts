import { fail, ok, type ParseResult } from "./result.js";

/** A wall-clock time as minutes after midnight; 24:00 (1440) is allowed only as the end of a window. */
const PATTERN = /^(\d{2}):(\d{2})$/;

export function parseTimeOfDay(
  input: unknown,
  options: { allowEndOfDay?: boolean } = {},
): ParseResult<number> {
  if (typeof input !== "string") return fail('a time of day is a string "HH:MM" (24 h)');
  const match = PATTERN.exec(input.trim());
  if (!match) return fail(`"${input}" is not a time of day (expected HH:MM, 24 h)`);
  const h = Number(match[1]);
  const m = Number(match[2]);
  if (h === 24 && m === 0) {
    return options.allowEndOfDay ? ok(1440) : fail('"24:00" is only allowed as the end of a window');
  }
  if (h > 23 || m > 59)
    return fail(`"${input}" is not a time of day (hours 00–23, minutes 00–59; 24:00 ends a day)`);
  return ok(h * 60 + m);
}

export function formatTimeOfDay(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}
