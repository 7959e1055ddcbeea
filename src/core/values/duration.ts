import { fail, ok, type ParseResult } from "./result.js";

/** A fixed duration in integer milliseconds (days are 24 h, weeks 7 days). */
const UNIT_MS: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};
const SHORT = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h|d|w))+$/;
const SHORT_PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/g;
const ISO =
  /^P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

export function parseDuration(input: unknown): ParseResult<number> {
  if (typeof input !== "string")
    return fail('a duration is a string like "15m", "1h30m", "500ms" or "PT15M"');
  const text = input.trim();
  if (SHORT.test(text)) {
    let ms = 0;
    for (const part of text.matchAll(SHORT_PART)) ms += Number(part[1]) * UNIT_MS[part[2]!]!;
    return ok(Math.round(ms));
  }
  const iso = ISO.exec(text);
  if (iso && text !== "P" && !text.endsWith("T")) {
    const [, w, d, h, m, s] = iso.map((v) => (v === undefined ? 0 : Number(v)));
    return ok(Math.round(w! * UNIT_MS.w! + d! * UNIT_MS.d! + h! * UNIT_MS.h! + m! * UNIT_MS.m! + s! * 1000));
  }
  return fail(`"${text}" is not a duration (expected e.g. 30s, 15m, 4h, 1h30m, 2d, 1w, 500ms, PT15M, P1D)`);
}

/**
 * A duration in the syntax agreements write (1h30m, 15m, 2d4h, 500ms): for messages that quote a
 * threshold back and for exported documents. Words for people are text/format-values.ts.
 */
export function durationSyntax(ms: number): string {
  if (ms === 0) return "0s";
  const sign = ms < 0 ? "-" : "";
  let rest = Math.abs(Math.round(ms));
  const parts: string[] = [];
  for (const [unit, size] of [
    ["d", 86_400_000],
    ["h", 3_600_000],
    ["m", 60_000],
    ["s", 1000],
  ] as const) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
  }
  if (rest > 0) parts.push(`${rest}ms`);
  return sign + parts.join("");
}
