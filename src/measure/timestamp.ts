import { tz } from "@date-fns/tz";
import { parse as parseWithDateFns } from "date-fns";
import { daysFromCivil, isValidDate } from "./civil-date.js";
import { IN_DST_GAP, zoneConverter } from "./zone-converter.js";

export { IN_DST_GAP };

/**
 * Parses one timestamp cell (bytes [start, end) of a buffer) into epoch ms.
 * Returns NaN when unreadable and IN_DST_GAP for a local time that does not exist.
 */
export type TimestampParser = (buf: Uint8Array, start: number, end: number) => number;

const DAY_MS = 86_400_000;

/**
 * The parser for a DataSource: ISO 8601 by default, else its date-fns `timestampFormat`. Common
 * patterns (digits and literal separators: `d/M/yyyy H:mm`, `yyyy-MM-dd HH:mm:ss`) compile to a
 * hand-written byte parser; anything else (month names, quoted text, am/pm) falls back to date-fns.
 * Times without an offset are wall-clock times in `zone`.
 */
export function timestampParser(format: string | undefined, zone: string): TimestampParser {
  const toUtc = zoneConverter(zone);
  if (format === undefined) return (buf, start, end) => parseIso(buf, start, end, toUtc);
  const tokens = compilePattern(format);
  if (tokens) return (buf, start, end) => parseCompiled(tokens, buf, start, end, toUtc);
  return dateFnsParser(format, toUtc);
}

/** Parses a string cell with the same rules (tests, cold paths). */
export function parseTimestampText(parser: TimestampParser, text: string): number {
  const bytes = Buffer.from(text, "utf8");
  return parser(bytes, 0, bytes.length);
}

function digits(buf: Uint8Array, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const d = buf[i]! - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

function trimStart(buf: Uint8Array, start: number, end: number): number {
  while (start < end && (buf[start] === 0x20 || buf[start] === 0x09)) start++;
  return start;
}

function trimEnd(buf: Uint8Array, start: number, end: number): number {
  while (end > start && (buf[end - 1] === 0x20 || buf[end - 1] === 0x09)) end--;
  return end;
}

function wallMs(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): number {
  if (!isValidDate(y, mo, d) || h > 24 || mi > 59 || s > 59 || (h === 24 && (mi > 0 || s > 0 || ms > 0))) {
    return Number.NaN;
  }
  return daysFromCivil(y, mo, d) * DAY_MS + h * 3_600_000 + mi * 60_000 + s * 1000 + ms;
}

/** YYYY-MM-DD[(T| )HH:MM[:SS[.fff]]][Z|±HH[:MM]] */
function parseIso(buf: Uint8Array, s0: number, e0: number, toUtc: (wall: number) => number): number {
  const s = trimStart(buf, s0, e0);
  const e = trimEnd(buf, s, e0);
  const len = e - s;
  if (len < 10 || buf[s + 4] !== 0x2d || buf[s + 7] !== 0x2d) return Number.NaN;
  const y = digits(buf, s, 4);
  const mo = digits(buf, s + 5, 2);
  const d = digits(buf, s + 8, 2);
  if (y < 0 || mo < 0 || d < 0) return Number.NaN;
  let h = 0;
  let mi = 0;
  let sec = 0;
  let ms = 0;
  let i = s + 10;
  if (i < e) {
    const sep = buf[i];
    if (sep !== 0x54 && sep !== 0x74 && sep !== 0x20) return Number.NaN;
    if (e - i < 6 || buf[i + 3] !== 0x3a) return Number.NaN;
    h = digits(buf, i + 1, 2);
    mi = digits(buf, i + 4, 2);
    if (h < 0 || mi < 0) return Number.NaN;
    i += 6;
    if (i < e && buf[i] === 0x3a) {
      sec = digits(buf, i + 1, 2);
      if (sec < 0 || i + 3 > e) return Number.NaN;
      i += 3;
      if (i < e && (buf[i] === 0x2e || buf[i] === 0x2c)) {
        i++;
        let scale = 100;
        const fracStart = i;
        while (i < e && buf[i]! >= 48 && buf[i]! <= 57) {
          ms += (buf[i]! - 48) * scale;
          scale /= 10;
          i++;
        }
        if (i === fracStart) return Number.NaN;
        ms = Math.floor(ms);
      }
    }
  }
  const wall = wallMs(y, mo, d, h, mi, sec, ms);
  if (Number.isNaN(wall)) return wall;
  if (i === e) return toUtc(wall);
  const z = buf[i];
  if ((z === 0x5a || z === 0x7a) && i + 1 === e) return wall;
  if (z !== 0x2b && z !== 0x2d) return Number.NaN;
  const rest = e - i - 1;
  const oh = digits(buf, i + 1, 2);
  let om = 0;
  if (rest === 5 && buf[i + 3] === 0x3a) om = digits(buf, i + 4, 2);
  else if (rest === 4) om = digits(buf, i + 3, 2);
  else if (rest !== 2) return Number.NaN;
  if (oh < 0 || om < 0 || oh > 23 || om > 59) return Number.NaN;
  const offset = (oh * 60 + om) * 60_000;
  return z === 0x2b ? wall - offset : wall + offset;
}

type Field = "y" | "M" | "d" | "H" | "m" | "s" | "S";
type Token = { field: Field; min: number; max: number } | { literal: number };
const FIELD_WIDTHS: Record<string, [number, number] | undefined> = {
  yyyy: [4, 4],
  M: [1, 2],
  MM: [2, 2],
  d: [1, 2],
  dd: [2, 2],
  H: [1, 2],
  HH: [2, 2],
  m: [1, 2],
  mm: [2, 2],
  s: [1, 2],
  ss: [2, 2],
  S: [1, 1],
  SS: [2, 2],
  SSS: [3, 3],
};

/** Tokens of a purely numeric pattern, or undefined when it needs date-fns. */
export function compilePattern(format: string): Token[] | undefined {
  const tokens: Token[] = [];
  let i = 0;
  while (i < format.length) {
    const c = format[i]!;
    if (/[A-Za-z]/.test(c)) {
      let j = i;
      while (j < format.length && format[j] === c) j++;
      const run = format.slice(i, j);
      const widths = FIELD_WIDTHS[run];
      if (!widths) return undefined;
      tokens.push({ field: c as Field, min: widths[0], max: widths[1] });
      i = j;
    } else {
      if (c === "'" || c.charCodeAt(0) > 127) return undefined;
      tokens.push({ literal: c.charCodeAt(0) });
      i++;
    }
  }
  return tokens;
}

function parseCompiled(
  tokens: Token[],
  buf: Uint8Array,
  s0: number,
  e0: number,
  toUtc: (w: number) => number,
): number {
  const s = trimStart(buf, s0, e0);
  const e = trimEnd(buf, s, e0);
  let y = 1970;
  let mo = 1;
  let d = 1;
  let h = 0;
  let mi = 0;
  let sec = 0;
  let ms = 0;
  let i = s;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    if ("literal" in token) {
      if (i >= e || buf[i] !== token.literal) return Number.NaN;
      i++;
      continue;
    }
    let value = 0;
    let n = 0;
    while (n < token.max && i < e && buf[i]! >= 48 && buf[i]! <= 57) {
      value = value * 10 + (buf[i]! - 48);
      i++;
      n++;
    }
    if (n < token.min) return Number.NaN;
    switch (token.field) {
      case "y":
        y = value;
        break;
      case "M":
        mo = value;
        break;
      case "d":
        d = value;
        break;
      case "H":
        h = value;
        break;
      case "m":
        mi = value;
        break;
      case "s":
        sec = value;
        break;
      case "S":
        ms = value * 10 ** (3 - token.max);
        break;
    }
  }
  if (i !== e) return Number.NaN;
  const wall = wallMs(y, mo, d, h, mi, sec, ms);
  return Number.isNaN(wall) ? wall : toUtc(wall);
}

const OFFSET_TOKENS = /[XxOz]/;

function dateFnsParser(format: string, toUtc: (w: number) => number): TimestampParser {
  const utc = tz("UTC");
  const reference = new Date(0);
  const hasOffset = OFFSET_TOKENS.test(format.replace(/'[^']*'/g, ""));
  return (buf, start, end) => {
    const text = Buffer.from(buf.buffer, buf.byteOffset + start, end - start)
      .toString("utf8")
      .trim();
    const date = parseWithDateFns(text, format, reference, { in: utc });
    const ms = date.getTime();
    if (Number.isNaN(ms)) return ms;
    return hasOffset ? ms : toUtc(ms);
  };
}
