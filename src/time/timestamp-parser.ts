import { tz } from "@date-fns/tz";
import { parse as parseWithDateFns } from "date-fns";
import { DAY_MS } from "../core/units.js";
import { daysFromCivil, isValidDate } from "./civil-date.js";
import { IN_DST_GAP, zoneOffsets } from "./zone-offsets.js";

export { IN_DST_GAP };

/**
 * Parses one timestamp cell (bytes [start, end) of a buffer) into epoch ms.
 * Returns NaN when unreadable and IN_DST_GAP for a local time that does not exist.
 */
export type TimestampParser = (buf: Uint8Array, start: number, end: number) => number;

/**
 * Where a `TimestampReader` puts its result. A class, not an object literal: literals with the
 * same first property name share one hidden class across the program, and once any of them held
 * a non-number there, every store of an instant here allocated a boxed number.
 */
export class ParsedInstant {
  /** Epoch ms; NaN when unreadable; IN_DST_GAP for a local time that does not exist. */
  value = Number.NaN;
}

/**
 * The hot-loop form of a `TimestampParser`: writes the instant into `out.value` instead of
 * returning it. An instant (~1.7e12) is not a small integer, so a parser too large to be inlined
 * returns it as a freshly boxed number — one allocation per row (about 30 MB of garbage for
 * 2,000,000 check rows). Stored into a number field of a class instance, it is written in place.
 */
export type TimestampReader = (buf: Uint8Array, start: number, end: number, out: ParsedInstant) => void;

/** A fresh result holder for a `TimestampReader`. */
export function parsedInstant(): ParsedInstant {
  return new ParsedInstant();
}

/**
 * The reader for a DataSource: ISO 8601 by default, else its date-fns `timestampFormat`. Common
 * patterns (digits and literal separators: `d/M/yyyy H:mm`, `yyyy-MM-dd HH:mm:ss`) compile to a
 * hand-written byte parser; anything else (month names, quoted text, am/pm) falls back to date-fns.
 * Times without an offset are wall-clock times in `zone`; with an offset no time-zone work is done.
 */
export function timestampReader(format: string | undefined, zone: string): TimestampReader {
  const offsets = zoneOffsets(zone);
  if (format === undefined) return (buf, start, end, out) => parseIso(buf, start, end, offsets, out);
  const tokens = compilePattern(format);
  if (tokens) return (buf, start, end, out) => parseCompiled(tokens, buf, start, end, offsets, out);
  return dateFnsReader(format, offsets);
}

/** The same rules as `timestampReader`, returning the instant (cold paths and smaller sources). */
export function timestampParser(format: string | undefined, zone: string): TimestampParser {
  const read = timestampReader(format, zone);
  const out = parsedInstant();
  return (buf, start, end) => {
    read(buf, start, end, out);
    return out.value;
  };
}

/** Parses a string cell with the same rules (tests, cold paths). */
export function parseTimestampText(parser: TimestampParser, text: string): number {
  const bytes = Buffer.from(text, "utf8");
  return parser(bytes, 0, bytes.length);
}

/** Offsets of the source's zone by local day and ms of the day (see `zoneOffsets`); null for UTC. */
type Offsets = ((day: number, time: number) => number) | null;

/**
 * Stores the instant of a wall-clock time of the source's zone: `day` since 1970-01-01 and `time`
 * ms into it. Both are small integers, so the offset lookup (a closure call) boxes no number.
 */
function setWall(out: ParsedInstant, day: number, time: number, offsets: Offsets): void {
  if (offsets === null) {
    out.value = day * DAY_MS + time;
    return;
  }
  const offset = offsets(day, time);
  out.value = Number.isNaN(offset) ? IN_DST_GAP : day * DAY_MS + time - offset;
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

/** Whether wall-clock fields name a real time (24:00 only as the very end of a day). */
function validWall(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): boolean {
  return (
    isValidDate(y, mo, d) && h <= 24 && mi <= 59 && s <= 59 && !(h === 24 && (mi > 0 || s > 0 || ms > 0))
  );
}

/**
 * Marks the cell unreadable (the parsers return whether the cell was a timestamp). Instants are stored with `out.value = …` at the call site: passed to
 * a helper that is not inlined (the inlining budget runs out in the hot loop), the instant would
 * be boxed.
 */
function unreadable(out: ParsedInstant): false {
  out.value = Number.NaN;
  return false;
}

/** YYYY-MM-DD[(T| )HH:MM[:SS[.fff]]][Z|±HH[:MM]] */
function parseIso(buf: Uint8Array, s0: number, e0: number, offsets: Offsets, out: ParsedInstant): boolean {
  const s = trimStart(buf, s0, e0);
  const e = trimEnd(buf, s, e0);
  const len = e - s;
  if (len < 10 || buf[s + 4] !== 0x2d || buf[s + 7] !== 0x2d) return unreadable(out);
  const y = digits(buf, s, 4);
  const mo = digits(buf, s + 5, 2);
  const d = digits(buf, s + 8, 2);
  if (y < 0 || mo < 0 || d < 0) return unreadable(out);
  let h = 0;
  let mi = 0;
  let sec = 0;
  let ms = 0;
  let i = s + 10;
  if (i < e) {
    const sep = buf[i];
    if (sep !== 0x54 && sep !== 0x74 && sep !== 0x20) return unreadable(out);
    if (e - i < 6 || buf[i + 3] !== 0x3a) return unreadable(out);
    h = digits(buf, i + 1, 2);
    mi = digits(buf, i + 4, 2);
    if (h < 0 || mi < 0) return unreadable(out);
    i += 6;
    if (i < e && buf[i] === 0x3a) {
      sec = digits(buf, i + 1, 2);
      if (sec < 0 || i + 3 > e) return unreadable(out);
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
        if (i === fracStart) return unreadable(out);
        ms = Math.floor(ms);
      }
    }
  }
  if (!validWall(y, mo, d, h, mi, sec, ms)) return unreadable(out);
  const day = daysFromCivil(y, mo, d);
  const time = h * 3_600_000 + mi * 60_000 + sec * 1000 + ms;
  if (i === e) {
    setWall(out, day, time, offsets);
    return true;
  }
  const z = buf[i];
  // With an offset (or Z) the cell names the instant: no time-zone work.
  if ((z === 0x5a || z === 0x7a) && i + 1 === e) {
    out.value = day * DAY_MS + time;
    return true;
  }
  if (z !== 0x2b && z !== 0x2d) return unreadable(out);
  const rest = e - i - 1;
  const oh = digits(buf, i + 1, 2);
  let om = 0;
  if (rest === 5 && buf[i + 3] === 0x3a) om = digits(buf, i + 4, 2);
  else if (rest === 4) om = digits(buf, i + 3, 2);
  else if (rest !== 2) return unreadable(out);
  if (oh < 0 || om < 0 || oh > 23 || om > 59) return unreadable(out);
  const offset = (oh * 60 + om) * 60_000;
  out.value = day * DAY_MS + time + (z === 0x2b ? -offset : offset);
  return true;
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
  offsets: Offsets,
  out: ParsedInstant,
): boolean {
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
      if (i >= e || buf[i] !== token.literal) return unreadable(out);
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
    if (n < token.min) return unreadable(out);
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
  if (i !== e || !validWall(y, mo, d, h, mi, sec, ms)) return unreadable(out);
  setWall(out, daysFromCivil(y, mo, d), h * 3_600_000 + mi * 60_000 + sec * 1000 + ms, offsets);
  return true;
}

const OFFSET_TOKENS = /[XxOz]/;

function dateFnsReader(format: string, offsets: Offsets): TimestampReader {
  const utc = tz("UTC");
  const reference = new Date(0);
  const hasOffset = OFFSET_TOKENS.test(format.replace(/'[^']*'/g, ""));
  return (buf, start, end, out): boolean => {
    const text = Buffer.from(buf.buffer, buf.byteOffset + start, end - start)
      .toString("utf8")
      .trim();
    const date = parseWithDateFns(text, format, reference, { in: utc });
    const ms = date.getTime();
    if (Number.isNaN(ms)) return unreadable(out);
    if (hasOffset) {
      out.value = ms;
      return true;
    }
    const day = Math.floor(ms / DAY_MS);
    setWall(out, day, ms - day * DAY_MS, offsets);
    return true;
  };
}
