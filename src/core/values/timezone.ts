import { fail, ok, type ParseResult } from "./result.js";

/** Whether Intl knows the IANA zone `name` (conversions live in time/zone.ts). */
/**
 * Names already asked about: building an Intl formatter to test a name costs ~0.1 ms, and every
 * revision of a history (SPEC §16) checks the same few zones again.
 */
const known = new Map<string, boolean>();

export function isTimeZone(name: string): boolean {
  if (name === "UTC") return true;
  let answer = known.get(name);
  if (answer === undefined) {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: name });
      answer = true;
    } catch {
      answer = false;
    }
    // Bounded: a repository names few zones, a hostile one must not grow this without end.
    if (known.size < 1024) known.set(name, answer);
  }
  return answer;
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
