import { fail, ok, type ParseResult } from "./result.js";

/** Whether Intl knows the IANA zone `name` (conversions live in time/zone.ts). */
export function isTimeZone(name: string): boolean {
  if (name === "UTC") return true;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export function parseTimeZone(input: unknown): ParseResult<string> {
  if (typeof input !== "string" || input.trim() === "")
    return fail("a time zone is an IANA name like Europe/Berlin");
  const name = input.trim();
  // Intl accepts offsets ("+01:00") and legacy aliases; slm wants region names so DST is explicit.
  if (/^[+-]\d/.test(name) || !isTimeZone(name)) {
    return fail(`unknown time zone "${name}" (expected an IANA name like Europe/Berlin or UTC)`);
  }
  return ok(name);
}
