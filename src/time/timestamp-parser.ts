import { DAY_MS } from "../core/units.js";
import { type FormatToken, parseTimestampFormat } from "../core/values/timestamp-format.js";
import { daysFromCivil, isValidDate } from "./civil-date.js";
import { localeNames } from "./locale-names.js";
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
 * The reader for a DataSource: ISO 8601 by default, else its `timestampFormat` (date-fns token
 * syntax, checked by `parseTimestampFormat`) compiled into a byte parser — numbers, two-digit
 * years (2000 + yy), month and weekday names of the source's `locale`, AM/PM, offsets and epoch
 * seconds or milliseconds alike: no library call and no string per row. Times without an offset
 * are wall-clock times in `zone`; with an offset (or an epoch) no time-zone work is done.
 */
export function timestampReader(format: string | undefined, zone: string, locale?: string): TimestampReader {
  const offsets = zoneOffsets(zone);
  if (format === undefined) return (buf, start, end, out) => parseIso(buf, start, end, offsets, out);
  const parsed = parseTimestampFormat(format);
  // Validation reports a bad pattern before any report runs; here it would be a bug.
  if (!parsed.ok) throw new Error(parsed.error);
  const tokens = parsed.value;
  const only = tokens[0];
  if (tokens.length === 1 && only?.kind === "epoch") {
    const scale = only.unit === "s" ? 1000 : 1;
    return (buf, start, end, out) => parseEpoch(buf, start, end, scale, out);
  }
  const steps = compile(tokens, locale);
  return (buf, start, end, out) => parseCompiled(steps, buf, start, end, offsets, out);
}

/** The same rules as `timestampReader`, returning the instant (cold paths and smaller sources). */
export function timestampParser(format: string | undefined, zone: string, locale?: string): TimestampParser {
  const read = timestampReader(format, zone, locale);
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

/** The value of the digit byte at `i`, or a large number when it is not a digit (any sum then fails a range check). */
function digit(buf: Uint8Array, i: number): number {
  const d = buf[i]! - 48;
  return d >= 0 && d <= 9 ? d : 1e6;
}

/**
 * The form nearly every monitoring export writes (JavaScript's `toISOString`, most APIs):
 * `YYYY-MM-DDTHH:MM:SS.sssZ`, exactly 24 bytes, read at fixed offsets without loops. Returns
 * false when the cell is not in exactly that form (the general parser then reads it).
 */
function parseIsoUtcMillis(buf: Uint8Array, s: number, out: ParsedInstant): boolean {
  if (
    buf[s + 4] !== 0x2d ||
    buf[s + 7] !== 0x2d ||
    buf[s + 10] !== 0x54 ||
    buf[s + 13] !== 0x3a ||
    buf[s + 16] !== 0x3a ||
    buf[s + 19] !== 0x2e ||
    buf[s + 23] !== 0x5a
  )
    return false;
  const y = digit(buf, s) * 1000 + digit(buf, s + 1) * 100 + digit(buf, s + 2) * 10 + digit(buf, s + 3);
  const mo = digit(buf, s + 5) * 10 + digit(buf, s + 6);
  const d = digit(buf, s + 8) * 10 + digit(buf, s + 9);
  const h = digit(buf, s + 11) * 10 + digit(buf, s + 12);
  const mi = digit(buf, s + 14) * 10 + digit(buf, s + 15);
  const sec = digit(buf, s + 17) * 10 + digit(buf, s + 18);
  const ms = digit(buf, s + 20) * 100 + digit(buf, s + 21) * 10 + digit(buf, s + 22);
  if (y > 9999 || ms > 999 || !validWall(y, mo, d, h, mi, sec, ms)) return false;
  out.value = daysFromCivil(y, mo, d) * DAY_MS + h * 3_600_000 + mi * 60_000 + sec * 1000 + ms;
  return true;
}

/** YYYY-MM-DD[(T| )HH:MM[:SS[.fff]]][Z|±HH[:MM]] */
function parseIso(buf: Uint8Array, s0: number, e0: number, offsets: Offsets, out: ParsedInstant): boolean {
  const s = trimStart(buf, s0, e0);
  const e = trimEnd(buf, s, e0);
  const len = e - s;
  if (len === 24 && parseIsoUtcMillis(buf, s, out)) return true;
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

/** Seconds or milliseconds since 1970 (`t`, `T`): an optional sign, digits, an optional fraction. */
function parseEpoch(buf: Uint8Array, s0: number, e0: number, scale: number, out: ParsedInstant): boolean {
  const s = trimStart(buf, s0, e0);
  const e = trimEnd(buf, s, e0);
  let i = s;
  const negative = i < e && buf[i] === 0x2d;
  if (negative || (i < e && buf[i] === 0x2b)) i++;
  let whole = 0;
  const digitsStart = i;
  while (i < e && buf[i]! >= 48 && buf[i]! <= 57) {
    whole = whole * 10 + (buf[i]! - 48);
    i++;
  }
  if (i === digitsStart || i - digitsStart > 16) return unreadable(out);
  // The fraction, to whole milliseconds (truncated, as ISO fractions are).
  let ms = 0;
  if (i < e && buf[i] === 0x2e) {
    i++;
    let unit = scale / 10;
    const fracStart = i;
    while (i < e && buf[i]! >= 48 && buf[i]! <= 57) {
      ms += (buf[i]! - 48) * unit;
      unit /= 10;
      i++;
    }
    if (i === fracStart) return unreadable(out);
    ms = Math.floor(ms + 1e-9);
  }
  if (i !== e) return unreadable(out);
  const value = whole * scale + ms;
  if (!Number.isSafeInteger(value)) return unreadable(out);
  out.value = negative ? -value : value;
  return true;
}

const LIT = 0;
const NUM = 1;
const NAME = 2;
const OFFSET = 3;

const YEAR = 0;
const YEAR2 = 1;
const MONTH = 2;
const DAY = 3;
const HOUR = 4;
const HOUR12 = 5;
const MINUTE = 6;
const SECOND = 7;
const FRACTION = 8;
const PERIOD = 9;
const IGNORED = 10;

const FIELD_CODES = {
  year: YEAR,
  year2: YEAR2,
  month: MONTH,
  day: DAY,
  hour: HOUR,
  hour12: HOUR12,
  minute: MINUTE,
  second: SECOND,
  fraction: FRACTION,
} as const;

/**
 * One step of a compiled pattern. `names` holds lower-case UTF-8 spellings, longest first, with
 * the value each one gives (month 1–12, 0/12 for AM/PM).
 */
interface Step {
  op: number;
  field: number;
  min: number;
  max: number;
  bytes: Uint8Array;
  names: { bytes: Uint8Array; value: number }[];
  z: boolean;
}

function step(op: number, fields: Partial<Step>): Step {
  return { op, field: IGNORED, min: 0, max: 0, bytes: EMPTY, names: [], z: false, ...fields };
}

const EMPTY = new Uint8Array(0);
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, "utf8"));

function compile(tokens: readonly FormatToken[], locale: string | undefined): Step[] {
  const names = tokens.some(
    (t) => t.kind === "month-name" || t.kind === "weekday-name" || t.kind === "day-period",
  )
    ? localeNames(locale)
    : undefined;
  // Names may end in an abbreviation's dot ("Dez."), unless the pattern itself writes one next.
  const table = (groups: { forms: readonly string[]; value: number }[], dotted: boolean) =>
    groups
      .flatMap((g) =>
        g.forms
          .flatMap((f) => (dotted && !f.endsWith(".") ? [f, `${f}.`] : [f]))
          .map((f) => ({ bytes: utf8(f), value: g.value })),
      )
      .sort((a, b) => b.bytes.length - a.bytes.length);
  return tokens.map((t, i): Step => {
    const next = tokens[i + 1];
    const dotted = !(next?.kind === "literal" && next.text.startsWith("."));
    switch (t.kind) {
      case "literal":
        return step(LIT, { bytes: utf8(t.text) });
      case "number":
        return step(NUM, { field: FIELD_CODES[t.field], min: t.min, max: t.max });
      case "month-name":
        return step(NAME, {
          field: MONTH,
          names: table(
            names!.months.map((forms, m) => ({ forms, value: m + 1 })),
            dotted,
          ),
        });
      case "weekday-name":
        return step(NAME, { field: IGNORED, names: table([{ forms: names!.weekdays, value: 0 }], dotted) });
      case "day-period":
        return step(NAME, {
          field: PERIOD,
          names: table(
            [
              { forms: names!.am, value: 0 },
              { forms: names!.pm, value: 12 },
            ],
            false,
          ),
        });
      case "offset":
        return step(OFFSET, { z: t.z });
    }
    // An epoch stands alone (validated), and takes the fast path above.
    throw new Error("an epoch pattern has no other tokens");
  });
}

/** Length of the spelling that matches at `i` (ASCII letters compared case-insensitively), or 0. */
function matchName(buf: Uint8Array, i: number, e: number, name: Uint8Array): number {
  const n = name.length;
  if (i + n > e) return 0;
  for (let k = 0; k < n; k++) {
    let b = buf[i + k]!;
    if (b >= 0x41 && b <= 0x5a) b |= 0x20;
    if (b !== name[k]) return 0;
  }
  return n;
}

function parseCompiled(
  steps: readonly Step[],
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
  let pm = -1;
  let offsetMs = Number.NaN;
  let i = s;
  for (let t = 0; t < steps.length; t++) {
    const st = steps[t]!;
    if (st.op === LIT) {
      const lit = st.bytes;
      if (i + lit.length > e) return unreadable(out);
      for (let k = 0; k < lit.length; k++) if (buf[i + k] !== lit[k]) return unreadable(out);
      i += lit.length;
      continue;
    }
    if (st.op === NAME) {
      let value = -1;
      const names = st.names;
      for (let k = 0; k < names.length; k++) {
        const n = matchName(buf, i, e, names[k]!.bytes);
        if (n > 0) {
          value = names[k]!.value;
          i += n;
          break;
        }
      }
      if (value < 0) return unreadable(out);
      if (st.field === MONTH) mo = value;
      else if (st.field === PERIOD) pm = value;
      continue;
    }
    if (st.op === OFFSET) {
      if (i < e && st.z && (buf[i] === 0x5a || buf[i] === 0x7a)) {
        offsetMs = 0;
        i++;
        continue;
      }
      const sign = buf[i];
      if (i >= e || (sign !== 0x2b && sign !== 0x2d)) return unreadable(out);
      const oh = digits(buf, i + 1, 2);
      if (oh < 0 || i + 3 > e) return unreadable(out);
      i += 3;
      let om = 0;
      if (i < e && buf[i] === 0x3a) i++;
      if (i + 2 <= e && buf[i]! >= 48 && buf[i]! <= 57) {
        om = digits(buf, i, 2);
        if (om < 0) return unreadable(out);
        i += 2;
      }
      if (oh > 23 || om > 59) return unreadable(out);
      offsetMs = (sign === 0x2b ? 1 : -1) * (oh * 60 + om) * 60_000;
      continue;
    }
    let value = 0;
    let n = 0;
    while (n < st.max && i < e && buf[i]! >= 48 && buf[i]! <= 57) {
      value = value * 10 + (buf[i]! - 48);
      i++;
      n++;
    }
    if (n < st.min) return unreadable(out);
    switch (st.field) {
      case YEAR:
        y = value;
        break;
      case YEAR2:
        // SPEC §12: two-digit years are 2000 + yy, whatever today is.
        y = 2000 + value;
        break;
      case MONTH:
        mo = value;
        break;
      case DAY:
        d = value;
        break;
      case HOUR:
        h = value;
        break;
      case HOUR12:
        if (value < 1 || value > 12) return unreadable(out);
        h = value === 12 ? 0 : value;
        break;
      case MINUTE:
        mi = value;
        break;
      case SECOND:
        sec = value;
        break;
      case FRACTION:
        ms = n <= 3 ? value * 10 ** (3 - n) : Math.floor(value / 10 ** (n - 3));
        break;
    }
  }
  if (pm > 0) h += 12;
  if (i !== e || !validWall(y, mo, d, h, mi, sec, ms)) return unreadable(out);
  const day = daysFromCivil(y, mo, d);
  const time = h * 3_600_000 + mi * 60_000 + sec * 1000 + ms;
  if (Number.isNaN(offsetMs)) {
    setWall(out, day, time, offsets);
    return true;
  }
  out.value = day * DAY_MS + time - offsetMs;
  return true;
}
