import { fail, ok, type ParseResult } from "./result.js";

/**
 * The pieces of a DataSource `timestampFormat` (date-fns token syntax), checked once here so that
 * `validate` reports a pattern the reader could not use, and the reader (time/timestamp-parser.ts)
 * compiles the same tokens into a byte parser. Only tokens an export plausibly holds are known;
 * anything else is a finding rather than a per-row surprise.
 */
export type FormatToken =
  | { kind: "literal"; text: string }
  /** Digits of a numeric field: at least `min`, at most `max`. */
  | { kind: "number"; field: NumericField; min: number; max: number }
  /** A month name in the source's locale (`MMM` abbreviated, `MMMM` wide; either is accepted). */
  | { kind: "month-name" }
  /** A weekday name, read and ignored (the date says which day it is). */
  | { kind: "weekday-name" }
  /** AM/PM, for `h`. */
  | { kind: "day-period" }
  /** Seconds (`t`) or milliseconds (`T`) since 1970, fractions allowed. */
  | { kind: "epoch"; unit: "s" | "ms" }
  /** An offset from UTC; `X` forms also accept `Z`. */
  | { kind: "offset"; z: boolean };

export type NumericField =
  | "year"
  | "year2"
  | "month"
  | "day"
  | "hour"
  | "hour12"
  | "minute"
  | "second"
  | "fraction";

/** A token for a run of one letter, or the reason the run cannot be used. */
type Rule = (run: string) => FormatToken | string;

const num = (field: NumericField, min: number, max: number): FormatToken => ({
  kind: "number",
  field,
  min,
  max,
});

/** What each pattern letter means; a string is the reason it cannot be used. */
const LETTERS: Record<string, Rule> = {
  y: (r) =>
    r === "yyyy"
      ? num("year", 4, 4)
      : r === "yy"
        ? num("year2", 2, 2)
        : r === "y"
          ? num("year", 1, 4)
          : `"${r}" is not a year pattern; write yyyy (four digits) or yy (two digits, read as 20yy)`,
  M: (r) => monthToken(r),
  L: (r) => monthToken(r),
  d: (r) =>
    r === "d" ? num("day", 1, 2) : r === "dd" ? num("day", 2, 2) : `"${r}": write d or dd for the day`,
  E: (r) => (r.length <= 4 ? { kind: "weekday-name" } : `"${r}" (narrow weekday names) is not supported`),
  H: (r) =>
    r === "H" ? num("hour", 1, 2) : r === "HH" ? num("hour", 2, 2) : `"${r}": write H or HH for the hour`,
  h: (r) =>
    r === "h"
      ? num("hour12", 1, 2)
      : r === "hh"
        ? num("hour12", 2, 2)
        : `"${r}": write h or hh for the hour (1–12)`,
  m: (r) =>
    r === "m" ? num("minute", 1, 2) : r === "mm" ? num("minute", 2, 2) : `"${r}": write m or mm for minutes`,
  s: (r) =>
    r === "s" ? num("second", 1, 2) : r === "ss" ? num("second", 2, 2) : `"${r}": write s or ss for seconds`,
  S: (r) => (r.length <= 9 ? num("fraction", r.length, r.length) : `"${r}": at most 9 fraction digits`),
  a: (r) => (r.length <= 4 ? { kind: "day-period" } : `"${r}" is not a day period; write a (AM/PM)`),
  t: (r) => (r === "t" ? { kind: "epoch", unit: "s" } : `"${r}": write t for seconds since 1970`),
  T: (r) => (r === "T" ? { kind: "epoch", unit: "ms" } : `"${r}": write T for milliseconds since 1970`),
  X: (r) => (r.length <= 5 ? { kind: "offset", z: true } : `"${r}" is not an offset pattern`),
  x: (r) => (r.length <= 5 ? { kind: "offset", z: false } : `"${r}" is not an offset pattern`),
  Y: (r) =>
    `"${r}" is the week-numbering year in date-fns patterns (it differs from the calendar year around New Year); write ${"y".repeat(r.length)}`,
  D: (r) =>
    `"${r}" is the day of the year in date-fns patterns; write ${"d".repeat(Math.min(r.length, 2))} for the day of the month`,
};

function monthToken(r: string): FormatToken | string {
  const letter = r[0]!;
  if (r.length === 1) return num("month", 1, 2);
  if (r.length === 2) return num("month", 2, 2);
  if (r.length === 3 || r.length === 4) return { kind: "month-name" };
  return `"${r}" (narrow month names) is not supported; write ${letter.repeat(3)} or ${letter.repeat(4)}`;
}

/** Pattern letters date-fns knows that slm's reader does not (named in the message). */
const UNSUPPORTED = "GQqwIRuiecbBkKOzPpo";

/**
 * The tokens of a pattern, or why it cannot be read: an unknown or unsupported letter, `YYYY` /
 * `DD` written for `yyyy` / `dd`, `h` without `a`, a field given twice, a pattern without a whole
 * date (or an epoch mixed with other fields).
 */
export function parseTimestampFormat(input: unknown): ParseResult<FormatToken[]> {
  if (typeof input !== "string" || input === "")
    return fail('a timestamp format is a date-fns pattern such as "d/M/yyyy H:mm"');
  const tokens: FormatToken[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i]!;
    if (c === "'") {
      // Quoted literal text; '' is a quote.
      if (input[i + 1] === "'") {
        pushLiteral(tokens, "'");
        i += 2;
        continue;
      }
      let j = i + 1;
      let text = "";
      for (;;) {
        if (j >= input.length) return fail(`unclosed quote in timestamp format "${input}"`);
        if (input[j] === "'") {
          if (input[j + 1] === "'") {
            text += "'";
            j += 2;
            continue;
          }
          break;
        }
        text += input[j];
        j++;
      }
      pushLiteral(tokens, text);
      i = j + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(c)) {
      pushLiteral(tokens, c);
      i++;
      continue;
    }
    let j = i;
    while (j < input.length && input[j] === c) j++;
    const run = input.slice(i, j);
    const rule = LETTERS[c];
    if (!rule) {
      const why = UNSUPPORTED.includes(c)
        ? `"${run}" is a date-fns token slm's reader does not support`
        : `"${c}" is not a date-fns pattern letter (quote literal text: 'T')`;
      return fail(`timestamp format "${input}": ${why}`);
    }
    const token = rule(run);
    if (typeof token === "string") return fail(`timestamp format "${input}": ${token}`);
    tokens.push(token);
    i = j;
  }
  const problem = structureProblem(tokens);
  return problem ? fail(`timestamp format "${input}": ${problem}`) : ok(tokens);
}

function pushLiteral(tokens: FormatToken[], text: string): void {
  const last = tokens.at(-1);
  if (last?.kind === "literal") last.text += text;
  else if (text !== "") tokens.push({ kind: "literal", text });
}

function structureProblem(tokens: readonly FormatToken[]): string | undefined {
  const seen = new Map<string, number>();
  const key = (t: FormatToken): string | undefined => {
    if (t.kind === "number") return t.field === "year2" ? "year" : t.field === "hour12" ? "hour" : t.field;
    if (t.kind === "month-name") return "month";
    if (t.kind === "literal") return undefined;
    return t.kind;
  };
  for (const t of tokens) {
    const k = key(t);
    if (k !== undefined) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  for (const [k, n] of seen) if (n > 1) return `the ${k.replace("-", " ")} appears ${n} times`;
  if (seen.has("epoch")) {
    const others = [...seen.keys()].filter((k) => k !== "epoch");
    return others.length > 0
      ? "an epoch (t or T) stands alone; other fields make no sense with it"
      : undefined;
  }
  const missing = ["year", "month", "day"].filter((k) => !seen.has(k));
  if (missing.length > 0) return `it has no ${missing.join(", no ")} (a timestamp needs a whole date)`;
  const twelve = tokens.some((t) => t.kind === "number" && t.field === "hour12");
  if (twelve && !seen.has("day-period")) return "h (1–12) needs a (AM/PM); write H or HH for 0–23";
  if (seen.has("day-period") && !twelve) return "a (AM/PM) goes with h (1–12), not with H (0–23)";
  return undefined;
}

/** Whether a pattern names its instant's offset itself (then the source's `timezone` is not used). */
export function formatHasOffset(tokens: readonly FormatToken[]): boolean {
  return tokens.some((t) => t.kind === "offset" || t.kind === "epoch");
}
