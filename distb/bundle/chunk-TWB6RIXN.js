import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  containsInstant
} from "./chunk-JMGTLOBI.js";
import {
  firstInvalidUtf8
} from "./chunk-3DFEWKER.js";
import {
  localeNames
} from "./chunk-MNMDZN6F.js";
import {
  parseDelimiter,
  parseTimestampFormat
} from "./chunk-BMYYV2CW.js";
import {
  daysFromCivil,
  isValidDate
} from "./chunk-XH2FNGPU.js";
import {
  isWallTimeValid,
  wallToUtc
} from "./chunk-VEAA5MQJ.js";
import {
  DAY_MS
} from "./chunk-YUZ4Y2P5.js";
import {
  DURATION_UNITS
} from "./chunk-ADLZAIGX.js";
import {
  InputError
} from "./chunk-RMJS7MV5.js";
import {
  compareStrings
} from "./chunk-2EXGQLEF.js";

// dist/time/zone-offsets.js
var IN_DST_GAP = Number.NEGATIVE_INFINITY;
var BUCKET_MS = 9e5;
var BUCKETS_PER_DAY = DAY_MS / BUCKET_MS;
function zoneOffsets(zone) {
  if (zone === "UTC" || zone === "Etc/UTC")
    return null;
  const offsets = /* @__PURE__ */ new Map();
  const slow = (wallMs) => isWallTimeValid(zone, wallMs) ? wallMs - wallToUtc(zone, wallMs) : Number.NaN;
  return (day, time) => {
    const bucket = day * BUCKETS_PER_DAY + (time / BUCKET_MS | 0);
    let offset = offsets.get(bucket);
    if (offset === void 0) {
      const start = bucket * BUCKET_MS;
      const a = slow(start);
      const b = slow(start + BUCKET_MS - 1);
      offset = a === b ? a : Number.NaN;
      if (offsets.size > 1e5)
        offsets.clear();
      offsets.set(bucket, offset);
    }
    return Number.isNaN(offset) ? slow(day * DAY_MS + time) : offset;
  };
}

// dist/time/timestamp-parser.js
var ParsedInstant = class {
  /** Epoch ms; NaN when unreadable; IN_DST_GAP for a local time that does not exist. */
  value = Number.NaN;
};
function parsedInstant() {
  return new ParsedInstant();
}
function timestampReader(format, zone, locale) {
  const offsets = zoneOffsets(zone);
  if (format === void 0)
    return (buf, start, end, out) => parseIso(buf, start, end, offsets, out);
  const parsed = parseTimestampFormat(format);
  if (!parsed.ok)
    throw new Error(parsed.error);
  const tokens = parsed.value;
  const only = tokens[0];
  if (tokens.length === 1 && only?.kind === "epoch") {
    const scale = only.unit === "s" ? 1e3 : 1;
    return (buf, start, end, out) => parseEpoch(buf, start, end, scale, out);
  }
  const steps = compile(tokens, locale);
  return (buf, start, end, out) => parseCompiled(steps, buf, start, end, offsets, out);
}
function setWall(out, day, time, offsets) {
  if (offsets === null) {
    out.value = day * DAY_MS + time;
    return;
  }
  const offset = offsets(day, time);
  out.value = Number.isNaN(offset) ? IN_DST_GAP : day * DAY_MS + time - offset;
}
function digits(buf, at, count) {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const d = buf[i] - 48;
    if (d < 0 || d > 9)
      return -1;
    value = value * 10 + d;
  }
  return value;
}
function trimStart(buf, start, end) {
  while (start < end && (buf[start] === 32 || buf[start] === 9))
    start++;
  return start;
}
function trimEnd(buf, start, end) {
  while (end > start && (buf[end - 1] === 32 || buf[end - 1] === 9))
    end--;
  return end;
}
function validWall(y, mo, d, h, mi, s, ms) {
  return isValidDate(y, mo, d) && h <= 24 && mi <= 59 && s <= 59 && !(h === 24 && (mi > 0 || s > 0 || ms > 0));
}
function unreadable(out) {
  out.value = Number.NaN;
  return false;
}
function digit(buf, i) {
  const d = buf[i] - 48;
  return d >= 0 && d <= 9 ? d : 1e6;
}
function parseIsoUtcMillis(buf, s, out) {
  if (buf[s + 4] !== 45 || buf[s + 7] !== 45 || buf[s + 10] !== 84 || buf[s + 13] !== 58 || buf[s + 16] !== 58 || buf[s + 19] !== 46 || buf[s + 23] !== 90)
    return false;
  const y = digit(buf, s) * 1e3 + digit(buf, s + 1) * 100 + digit(buf, s + 2) * 10 + digit(buf, s + 3);
  const mo = digit(buf, s + 5) * 10 + digit(buf, s + 6);
  const d = digit(buf, s + 8) * 10 + digit(buf, s + 9);
  const h = digit(buf, s + 11) * 10 + digit(buf, s + 12);
  const mi = digit(buf, s + 14) * 10 + digit(buf, s + 15);
  const sec = digit(buf, s + 17) * 10 + digit(buf, s + 18);
  const ms = digit(buf, s + 20) * 100 + digit(buf, s + 21) * 10 + digit(buf, s + 22);
  if (y > 9999 || ms > 999 || !validWall(y, mo, d, h, mi, sec, ms))
    return false;
  out.value = daysFromCivil(y, mo, d) * DAY_MS + h * 36e5 + mi * 6e4 + sec * 1e3 + ms;
  return true;
}
function parseIso(buf, s0, e0, offsets, out) {
  const s = trimStart(buf, s0, e0);
  const e = trimEnd(buf, s, e0);
  const len = e - s;
  if (len === 24 && parseIsoUtcMillis(buf, s, out))
    return true;
  if (len < 10 || buf[s + 4] !== 45 || buf[s + 7] !== 45)
    return unreadable(out);
  const y = digits(buf, s, 4);
  const mo = digits(buf, s + 5, 2);
  const d = digits(buf, s + 8, 2);
  if (y < 0 || mo < 0 || d < 0)
    return unreadable(out);
  let h = 0;
  let mi = 0;
  let sec = 0;
  let ms = 0;
  let i = s + 10;
  if (i < e) {
    const sep = buf[i];
    if (sep !== 84 && sep !== 116 && sep !== 32)
      return unreadable(out);
    if (e - i < 6 || buf[i + 3] !== 58)
      return unreadable(out);
    h = digits(buf, i + 1, 2);
    mi = digits(buf, i + 4, 2);
    if (h < 0 || mi < 0)
      return unreadable(out);
    i += 6;
    if (i < e && buf[i] === 58) {
      sec = digits(buf, i + 1, 2);
      if (sec < 0 || i + 3 > e)
        return unreadable(out);
      i += 3;
      if (i < e && (buf[i] === 46 || buf[i] === 44)) {
        i++;
        let scale = 100;
        const fracStart = i;
        while (i < e && buf[i] >= 48 && buf[i] <= 57) {
          ms += (buf[i] - 48) * scale;
          scale /= 10;
          i++;
        }
        if (i === fracStart)
          return unreadable(out);
        ms = Math.floor(ms);
      }
    }
  }
  if (!validWall(y, mo, d, h, mi, sec, ms))
    return unreadable(out);
  const day = daysFromCivil(y, mo, d);
  const time = h * 36e5 + mi * 6e4 + sec * 1e3 + ms;
  if (i === e) {
    setWall(out, day, time, offsets);
    return true;
  }
  const z = buf[i];
  if ((z === 90 || z === 122) && i + 1 === e) {
    out.value = day * DAY_MS + time;
    return true;
  }
  if (z !== 43 && z !== 45)
    return unreadable(out);
  const rest = e - i - 1;
  const oh = digits(buf, i + 1, 2);
  let om = 0;
  if (rest === 5 && buf[i + 3] === 58)
    om = digits(buf, i + 4, 2);
  else if (rest === 4)
    om = digits(buf, i + 3, 2);
  else if (rest !== 2)
    return unreadable(out);
  if (oh < 0 || om < 0 || oh > 23 || om > 59)
    return unreadable(out);
  const offset = (oh * 60 + om) * 6e4;
  out.value = day * DAY_MS + time + (z === 43 ? -offset : offset);
  return true;
}
function parseEpoch(buf, s0, e0, scale, out) {
  const s = trimStart(buf, s0, e0);
  const e = trimEnd(buf, s, e0);
  let i = s;
  const negative = i < e && buf[i] === 45;
  if (negative || i < e && buf[i] === 43)
    i++;
  let whole = 0;
  const digitsStart = i;
  while (i < e && buf[i] >= 48 && buf[i] <= 57) {
    whole = whole * 10 + (buf[i] - 48);
    i++;
  }
  if (i === digitsStart || i - digitsStart > 16)
    return unreadable(out);
  let ms = 0;
  if (i < e && buf[i] === 46) {
    i++;
    let unit = scale / 10;
    const fracStart = i;
    while (i < e && buf[i] >= 48 && buf[i] <= 57) {
      ms += (buf[i] - 48) * unit;
      unit /= 10;
      i++;
    }
    if (i === fracStart)
      return unreadable(out);
    ms = Math.floor(ms + 1e-9);
  }
  if (i !== e)
    return unreadable(out);
  const value = whole * scale + ms;
  if (!Number.isSafeInteger(value))
    return unreadable(out);
  out.value = negative ? -value : value;
  return true;
}
var LIT = 0;
var NUM = 1;
var NAME = 2;
var OFFSET = 3;
var YEAR = 0;
var YEAR2 = 1;
var MONTH = 2;
var DAY = 3;
var HOUR = 4;
var HOUR12 = 5;
var MINUTE = 6;
var SECOND = 7;
var FRACTION = 8;
var PERIOD = 9;
var IGNORED = 10;
var FIELD_CODES = {
  year: YEAR,
  year2: YEAR2,
  month: MONTH,
  day: DAY,
  hour: HOUR,
  hour12: HOUR12,
  minute: MINUTE,
  second: SECOND,
  fraction: FRACTION
};
function step(op, fields) {
  return { op, field: IGNORED, min: 0, max: 0, bytes: EMPTY, names: [], z: false, ...fields };
}
var EMPTY = new Uint8Array(0);
var utf8 = (text) => new Uint8Array(Buffer.from(text, "utf8"));
function compile(tokens, locale) {
  const names = tokens.some((t) => t.kind === "month-name" || t.kind === "weekday-name" || t.kind === "day-period") ? localeNames(locale) : void 0;
  const table = (groups, dotted) => groups.flatMap((g) => g.forms.flatMap((f) => dotted && !f.endsWith(".") ? [f, `${f}.`] : [f]).map((f) => ({ bytes: utf8(f), value: g.value }))).sort((a, b) => b.bytes.length - a.bytes.length);
  return tokens.map((t, i) => {
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
          names: table(names.months.map((forms, m) => ({ forms, value: m + 1 })), dotted)
        });
      case "weekday-name":
        return step(NAME, { field: IGNORED, names: table([{ forms: names.weekdays, value: 0 }], dotted) });
      case "day-period":
        return step(NAME, {
          field: PERIOD,
          names: table([
            { forms: names.am, value: 0 },
            { forms: names.pm, value: 12 }
          ], false)
        });
      case "offset":
        return step(OFFSET, { z: t.z });
    }
    throw new Error("an epoch pattern has no other tokens");
  });
}
function matchName(buf, i, e, name) {
  const n = name.length;
  if (i + n > e)
    return 0;
  for (let k = 0; k < n; k++) {
    let b = buf[i + k];
    if (b >= 65 && b <= 90)
      b |= 32;
    if (b !== name[k])
      return 0;
  }
  return n;
}
function parseCompiled(steps, buf, s0, e0, offsets, out) {
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
    const st = steps[t];
    if (st.op === LIT) {
      const lit = st.bytes;
      if (i + lit.length > e)
        return unreadable(out);
      for (let k = 0; k < lit.length; k++)
        if (buf[i + k] !== lit[k])
          return unreadable(out);
      i += lit.length;
      continue;
    }
    if (st.op === NAME) {
      let value2 = -1;
      const names = st.names;
      for (let k = 0; k < names.length; k++) {
        const n2 = matchName(buf, i, e, names[k].bytes);
        if (n2 > 0) {
          value2 = names[k].value;
          i += n2;
          break;
        }
      }
      if (value2 < 0)
        return unreadable(out);
      if (st.field === MONTH)
        mo = value2;
      else if (st.field === PERIOD)
        pm = value2;
      continue;
    }
    if (st.op === OFFSET) {
      if (i < e && st.z && (buf[i] === 90 || buf[i] === 122)) {
        offsetMs = 0;
        i++;
        continue;
      }
      const sign = buf[i];
      if (i >= e || sign !== 43 && sign !== 45)
        return unreadable(out);
      const oh = digits(buf, i + 1, 2);
      if (oh < 0 || i + 3 > e)
        return unreadable(out);
      i += 3;
      let om = 0;
      if (i < e && buf[i] === 58)
        i++;
      if (i + 2 <= e && buf[i] >= 48 && buf[i] <= 57) {
        om = digits(buf, i, 2);
        if (om < 0)
          return unreadable(out);
        i += 2;
      }
      if (oh > 23 || om > 59)
        return unreadable(out);
      offsetMs = (sign === 43 ? 1 : -1) * (oh * 60 + om) * 6e4;
      continue;
    }
    let value = 0;
    let n = 0;
    while (n < st.max && i < e && buf[i] >= 48 && buf[i] <= 57) {
      value = value * 10 + (buf[i] - 48);
      i++;
      n++;
    }
    if (n < st.min)
      return unreadable(out);
    switch (st.field) {
      case YEAR:
        y = value;
        break;
      case YEAR2:
        y = 2e3 + value;
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
        if (value < 1 || value > 12)
          return unreadable(out);
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
  if (pm > 0)
    h += 12;
  if (i !== e || !validWall(y, mo, d, h, mi, sec, ms))
    return unreadable(out);
  const day = daysFromCivil(y, mo, d);
  const time = h * 36e5 + mi * 6e4 + sec * 1e3 + ms;
  if (Number.isNaN(offsetMs)) {
    setWall(out, day, time, offsets);
    return true;
  }
  out.value = day * DAY_MS + time - offsetMs;
  return true;
}

// dist/sources/csv-stream.js
import { isUtf8 } from "node:buffer";
import { open } from "node:fs/promises";

// dist/sources/transcoder.js
var CHUNK = 1 << 20;
var LF = 10;
async function streamTranscoded(file, parser, encoding, name, options) {
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  const unit = encoding === "utf-16le" || encoding === "utf-16be" ? 2 : 1;
  const bigEndian = encoding === "utf-16be";
  const limit = options.maxRowBytes ?? 16 * 1024 * 1024;
  let raw = Buffer.allocUnsafe(options.chunkSize ?? CHUNK);
  let rawKept = 0;
  let utf82 = Buffer.allocUnsafe(raw.length * 3);
  let utf8Kept = 0;
  let line = 1;
  const feed = (text, final) => {
    const need = utf8Kept + text.length * 3;
    if (need > utf82.length) {
      const bigger = Buffer.allocUnsafe(need);
      utf82.copy(bigger, 0, 0, utf8Kept);
      utf82 = bigger;
    }
    const filled = utf8Kept + utf82.write(text, utf8Kept, "utf8");
    if (final) {
      const consumed2 = parser.push(utf82.subarray(0, filled));
      parser.end(utf82.subarray(consumed2, filled));
      return;
    }
    const consumed = parser.push(utf82.subarray(0, filled));
    utf82.copyWithin(0, consumed, filled);
    utf8Kept = filled - consumed;
  };
  const repair = encoding === "windows-1252" ? repairWindows1252 : (text) => text;
  const decode = (bytes) => {
    let text;
    try {
      text = repair(decoder.decode(bytes));
    } catch {
      throw new InputError(`${name}:${line + badLine(bytes, encoding, unit, bigEndian)}: bytes that are not valid ${encoding}; check the encoding of its DataSource`);
    }
    let at = text.indexOf("\n");
    while (at !== -1) {
      line++;
      at = text.indexOf("\n", at + 1);
    }
    return text;
  };
  for (; ; ) {
    if (rawKept === raw.length) {
      if (raw.length >= limit)
        parser.rowTooLong(limit);
      const bigger = Buffer.allocUnsafe(raw.length * 2);
      raw.copy(bigger, 0, 0, rawKept);
      raw = bigger;
    }
    const { bytesRead } = await file.read(raw, rawKept, raw.length - rawKept, null);
    if (bytesRead === 0)
      break;
    options.onChunk?.(raw.subarray(rawKept, rawKept + bytesRead));
    const filled = rawKept + bytesRead;
    const cut = lastLineEnd(raw, filled, unit, bigEndian);
    if (cut > 0)
      feed(decode(raw.subarray(0, cut)), false);
    raw.copyWithin(0, cut, filled);
    rawKept = filled - cut;
  }
  feed(decode(raw.subarray(0, rawKept)), true);
}
function lastLineEnd(buf, end, unit, bigEndian) {
  if (unit === 1)
    return buf.lastIndexOf(LF, end - 1) + 1;
  for (let k = end - 2 - (end - 2) % 2; k >= 0; k -= 2) {
    if (bigEndian ? buf[k] === 0 && buf[k + 1] === LF : buf[k] === LF && buf[k + 1] === 0)
      return k + 2;
  }
  return 0;
}
function badLine(bytes, encoding, unit, bigEndian) {
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  let start = 0;
  let index = 0;
  while (start < bytes.length) {
    let end = start;
    for (; end < bytes.length; end += unit) {
      if (unit === 1 ? bytes[end] === LF : bigEndian ? bytes[end] === 0 && bytes[end + 1] === LF : bytes[end] === LF && bytes[end + 1] === 0) {
        end += unit;
        break;
      }
    }
    try {
      decoder.decode(bytes.subarray(start, Math.min(end, bytes.length)));
    } catch {
      return index;
    }
    start = end;
    index++;
  }
  return index;
}
var WINDOWS_1252_C1 = "\u20AC\x81\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\x8D\u017D\x8F\x90\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\x9D\u017E\u0178";
function repairWindows1252(text) {
  return text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 128]);
}

// dist/sources/csv-stream.js
var QUOTE = 34;
var LF2 = 10;
var CR = 13;
var CHUNK2 = 1 << 20;
function fieldText(row, i) {
  if (i >= row.count)
    return "";
  const text = row.buf.toString("utf8", row.starts[i], row.ends[i]);
  return row.escaped[i] ? text.replaceAll('""', '"') : text;
}
async function streamCsv(path, delimiter, handlers, options = {}) {
  const name = options.name ?? path;
  const parser = new CsvParser(name, delimiter, handlers, options.header ?? true);
  const start = options.start ?? 0;
  const end = options.end ?? Number.POSITIVE_INFINITY;
  if (start > 0)
    parser.startsMidFile();
  const encoding = options.encoding ?? "utf-8";
  const fail = (error) => {
    if (error instanceof InputError)
      throw error;
    const code = error.code;
    throw new InputError(`cannot read ${path}${code ? ` (${code})` : ""}`);
  };
  const file = await open(path, "r").catch(fail);
  try {
    if (encoding !== "utf-8") {
      await streamTranscoded(file, parser, encoding, name, options);
      return parser.ending();
    }
    let position = start;
    let buf = Buffer.allocUnsafe(options.chunkSize ?? CHUNK2);
    let kept = 0;
    for (; ; ) {
      if (kept === buf.length) {
        const limit = options.maxRowBytes ?? MAX_ROW_BYTES;
        if (buf.length >= limit)
          parser.rowTooLong(limit);
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, kept);
        buf = bigger;
      }
      const wanted = Math.min(buf.length - kept, end - position);
      if (wanted <= 0)
        break;
      const at = options.start === void 0 && options.end === void 0 ? null : position;
      const { bytesRead } = await file.read(buf, kept, wanted, at).catch(fail);
      if (bytesRead === 0)
        break;
      position += bytesRead;
      options.onChunk?.(buf.subarray(kept, kept + bytesRead));
      const filled = kept + bytesRead;
      const consumed = parser.push(buf.subarray(0, filled));
      buf.copyWithin(0, consumed, filled);
      kept = filled - consumed;
    }
    parser.end(buf.subarray(0, kept));
    return parser.ending();
  } finally {
    await file.close();
  }
}
function parseCsvBytes(bytes, delimiter, handlers, name = "input", header = true) {
  const parser = new CsvParser(name, delimiter, handlers, header);
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const consumed = parser.push(data);
  parser.end(data.subarray(consumed));
}
var MAX_ROW_BYTES = 16 * 1024 * 1024;
var CsvParser = class {
  name;
  handlers;
  first = true;
  headerSeen;
  line = 1;
  quotedBreaks = 0;
  delim;
  row;
  constructor(name, delimiter, handlers, header) {
    this.name = name;
    this.handlers = handlers;
    const checked = parseDelimiter(delimiter);
    if (!checked.ok)
      throw new InputError(checked.error);
    this.delim = delimiter.charCodeAt(0);
    this.headerSeen = !header;
    this.row = {
      buf: Buffer.alloc(0),
      count: 0,
      starts: new Int32Array(64),
      ends: new Int32Array(64),
      escaped: new Uint8Array(64),
      line: 1,
      malformed: false
    };
  }
  /**
   * Parses the whole rows at the start of `data` (bytes not yet consumed, then newly read ones);
   * returns how many bytes were consumed. The rest, an incomplete row, is handed again, followed
   * by more bytes, to the next `push` or to `end`.
   */
  push(data) {
    let skip = 0;
    if (this.first) {
      if (data.length < 3)
        return 0;
      this.first = false;
      skip = this.bomLength(data);
    }
    const rest = skip > 0 ? data.subarray(skip) : data;
    const lastLf = rest.lastIndexOf(LF2);
    if (lastLf >= 0)
      this.checkEncoding(rest, lastLf + 1, this.line);
    return skip + this.parse(rest, false);
  }
  /** The input starts at a line start inside a file: no byte order mark to look for. */
  startsMidFile() {
    this.first = false;
  }
  ending() {
    return { breaks: this.line - 1, quotedBreaks: this.quotedBreaks };
  }
  rowTooLong(limit) {
    throw new InputError(`${this.name}:${this.line}: a row longer than ${limit >= 1048576 ? `${limit / 1048576} MiB` : `${limit} bytes`} starts here (an unclosed quote?); fix the export`);
  }
  /** Parses the bytes left at the end of the input (an unterminated last row). */
  end(rest) {
    let data = rest;
    if (this.first) {
      this.first = false;
      data = data.subarray(this.bomLength(data));
    }
    if (data.length === 0)
      return;
    this.checkEncoding(data, data.length, this.line);
    this.parse(data, true);
  }
  /** Refuses UTF-16; the length of a UTF-8 BOM to skip (0 or 3). */
  bomLength(data) {
    if (data.length >= 2 && (data[0] === 255 && data[1] === 254 || data[0] === 254 && data[1] === 255)) {
      const le = data[0] === 255;
      throw new InputError(`${this.name} is UTF-16${le ? "LE" : "BE"} encoded (it starts with a UTF-16 byte order mark): set \`encoding: utf-16${le ? "le" : "be"}\` on its DataSource, or save the export as UTF-8`);
    }
    return data.length >= 3 && data[0] === 239 && data[1] === 187 && data[2] === 191 ? 3 : 0;
  }
  checkEncoding(data, end, lineAtStart) {
    const region = data.subarray(0, end);
    if (isUtf8(region) && region.indexOf(0) === -1)
      return;
    const nul = region.indexOf(0);
    const bad = nul !== -1 ? Math.min(nul, firstInvalidUtf8(region)) : firstInvalidUtf8(region);
    let line = lineAtStart;
    for (let i = 0; i < bad; i++)
      if (region[i] === LF2)
        line++;
    if (nul !== -1 && nul <= bad) {
      const utf16 = nul <= 1 && region.length > 3 && region[nul + 2] === 0 ? nul === 1 ? "le" : "be" : null;
      throw new InputError(utf16 ? `${this.name}:${line}: looks like UTF-16${utf16.toUpperCase()} without a byte order mark: set \`encoding: utf-16${utf16}\` on its DataSource, or save the export as UTF-8` : `${this.name}:${line}: binary data (a NUL byte); save the export as UTF-8 text`);
    }
    throw new InputError(`${this.name}:${line}: bytes that are not UTF-8; set \`encoding\` on its DataSource (for example windows-1252 or gb18030), or save the export as UTF-8`);
  }
  /** Parses whole rows; returns how many bytes were consumed (the rest is an incomplete row). */
  parse(data, final) {
    const row = this.row;
    const delim = this.delim;
    const n = data.length;
    let pos = 0;
    let line = this.line;
    row.buf = data;
    outer: while (pos < n) {
      const rowStart = pos;
      const rowLine = line;
      let count = 0;
      let malformed = false;
      let i = pos;
      for (; ; ) {
        if (count === row.starts.length)
          this.grow();
        if (i < n && data[i] === QUOTE) {
          let j = i + 1;
          let esc = 0;
          for (; ; ) {
            if (j >= n) {
              if (!final)
                break outer;
              malformed = true;
              break;
            }
            const b2 = data[j];
            if (b2 === QUOTE) {
              if (j + 1 < n && data[j + 1] === QUOTE) {
                esc = 1;
                j += 2;
                continue;
              }
              if (j + 1 >= n && !final)
                break outer;
              break;
            }
            if (b2 === LF2) {
              line++;
              this.quotedBreaks++;
            }
            j++;
          }
          row.starts[count] = i + 1;
          row.ends[count] = Math.min(j, n);
          row.escaped[count] = esc;
          count++;
          i = j + 1;
          while (i < n && data[i] !== delim && data[i] !== LF2 && data[i] !== CR) {
            malformed = true;
            i++;
          }
        } else {
          let j = i;
          while (j < n) {
            const b2 = data[j];
            if (b2 === delim || b2 === LF2 || b2 === CR)
              break;
            j++;
          }
          row.starts[count] = i;
          row.ends[count] = j;
          row.escaped[count] = 0;
          count++;
          i = j;
        }
        if (i >= n) {
          if (!final)
            break outer;
          break;
        }
        const b = data[i];
        if (b === delim) {
          i++;
          continue;
        }
        if (b === CR) {
          if (i + 1 >= n && !final)
            break outer;
          i += i + 1 < n && data[i + 1] === LF2 ? 2 : 1;
        } else {
          i++;
        }
        line++;
        break;
      }
      pos = i;
      this.line = line;
      if (count === 1 && row.ends[0] === row.starts[0] && data[rowStart] !== QUOTE)
        continue;
      row.count = count;
      row.line = rowLine;
      row.malformed = malformed;
      if (!this.headerSeen) {
        this.headerSeen = true;
        const fields = [];
        for (let k = 0; k < count; k++)
          fields.push(fieldText(row, k));
        this.handlers.header(fields, rowLine);
      } else {
        this.handlers.row(row);
      }
      if (rowStart === pos)
        break;
    }
    return pos;
  }
  grow() {
    const size = this.row.starts.length * 2;
    const starts = new Int32Array(size);
    starts.set(this.row.starts);
    const ends = new Int32Array(size);
    ends.set(this.row.ends);
    const escaped = new Uint8Array(size);
    escaped.set(this.row.escaped);
    this.row.starts = starts;
    this.row.ends = ends;
    this.row.escaped = escaped;
  }
};

// dist/sources/hash-bytes.js
function hashBytes(buf, start, len) {
  let h = 2166136261;
  for (let i = start; i < start + len; i++) {
    h ^= buf[i];
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

// dist/sources/cell-decoder.js
var MAX_INTERNED = 8192;
var LINEAR = 8;
var CellDecoder = class {
  recode;
  intern;
  normalize;
  keys = [];
  results = [];
  /** Open-addressing table of key index + 1 by byte hash, once there are more than LINEAR keys. */
  table = new Int32Array(0);
  missing;
  missingBytes;
  /** The recoding keys in lower case, when asked: exports are not consistent about "Critical" vs "critical". */
  recodeFolded;
  /** Cell values the `values` map does not know (reported as a data-quality note). */
  unmapped = /* @__PURE__ */ new Set();
  constructor(missing, recode, intern, normalize = (v) => v, foldCase = false) {
    this.recode = recode;
    this.intern = intern;
    this.normalize = normalize;
    this.recodeFolded = recode && foldCase ? new Map(Object.entries(recode).map(([k, v]) => [k.trim().toLowerCase(), v])) : void 0;
    this.missing = new Set(missing.map((m) => m.trim()));
    this.missingBytes = [...this.missing].map((m) => new Uint8Array(Buffer.from(m, "utf8")));
  }
  decode(row, col) {
    if (col < 0 || col >= row.count)
      return null;
    if (!this.intern || row.escaped[col])
      return this.convert(fieldText(row, col));
    const buf = row.buf;
    const s = row.starts[col];
    const len = row.ends[col] - s;
    const keys = this.keys;
    if (keys.length > LINEAR)
      return this.decodeHashed(row, col, buf, s, len);
    search: for (let k = 0; k < keys.length; k++) {
      const key = keys[k];
      if (key.length !== len)
        continue;
      for (let i = 0; i < len; i++)
        if (key[i] !== buf[s + i])
          continue search;
      return this.results[k];
    }
    const value = this.convert(fieldText(row, col));
    this.remember(buf, s, len, value);
    return value;
  }
  /** The lookup of a column with many distinct values (a separate method keeps `decode` small for the hot loop). */
  decodeHashed(row, col, buf, s, len) {
    const mask = this.table.length - 1;
    for (let slot = hashBytes(buf, s, len) & mask; ; slot = slot + 1 & mask) {
      const entry = this.table[slot];
      if (entry === 0)
        break;
      const key = this.keys[entry - 1];
      if (key.length !== len)
        continue;
      let i = 0;
      while (i < len && key[i] === buf[s + i])
        i++;
      if (i === len)
        return this.results[entry - 1];
    }
    const value = this.convert(fieldText(row, col));
    this.remember(buf, s, len, value);
    return value;
  }
  remember(buf, s, len, value) {
    const keys = this.keys;
    if (keys.length >= MAX_INTERNED)
      return;
    keys.push(Uint8Array.prototype.slice.call(buf, s, s + len));
    this.results.push(value);
    if (keys.length <= LINEAR)
      return;
    if (keys.length * 2 > this.table.length) {
      this.table = new Int32Array(Math.max(64, this.table.length * 2));
      for (let k = 0; k < keys.length; k++)
        this.place(k);
    } else {
      this.place(keys.length - 1);
    }
  }
  place(k) {
    const key = this.keys[k];
    const mask = this.table.length - 1;
    let slot = hashBytes(key, 0, key.length) & mask;
    while (this.table[slot] !== 0)
      slot = slot + 1 & mask;
    this.table[slot] = k + 1;
  }
  /** Whether the cell is empty or one of the `missing` values (for cells read as numbers or timestamps). */
  isMissing(row, col) {
    if (col < 0 || col >= row.count)
      return true;
    const buf = row.buf;
    let s = row.starts[col];
    let e = row.ends[col];
    while (s < e && buf[s] === 32)
      s++;
    while (e > s && buf[e - 1] === 32)
      e--;
    const len = e - s;
    const values = this.missingBytes;
    search: for (let k = 0; k < values.length; k++) {
      const v = values[k];
      if (v.length !== len)
        continue;
      for (let i = 0; i < len; i++)
        if (v[i] !== buf[s + i])
          continue search;
      return true;
    }
    return false;
  }
  convert(raw) {
    const text = raw.trim();
    if (this.missing.has(text))
      return null;
    if (!this.recode)
      return this.normalize(text);
    const recoded = this.recode[text] ?? this.recodeFolded?.get(text.toLowerCase());
    if (recoded === void 0 && this.unmapped.size < 100)
      this.unmapped.add(text);
    return this.normalize(recoded ?? text);
  }
};
var DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
function parseNumberCell(row, col) {
  const buf = row.buf;
  let i = row.starts[col];
  const e = row.ends[col];
  let value = 0;
  let digits2 = 0;
  while (i < e && buf[i] >= 48 && buf[i] <= 57) {
    value = value * 10 + (buf[i] - 48);
    i++;
    digits2++;
  }
  if (i === e && digits2 > 0 && digits2 < 16)
    return value;
  const text = fieldText(row, col).trim();
  return decimalNumber(text);
}
function decimalNumber(text) {
  const t = text.trim();
  return DECIMAL.test(t) ? Number(t) : Number.NaN;
}

// dist/sources/column-map.js
var HEADERS_SHOWN = 20;
var HEADER_CHARS = 60;
function mapColumns(source, header, file, fields) {
  const trimmed = header?.map((h) => h.trim());
  const indices = {};
  for (const field of fields) {
    const column = source.columns[field];
    if (column === void 0) {
      indices[field] = -1;
      continue;
    }
    const what = `field ${field} of DataSource ${source.metadata.name}`;
    if (typeof column === "number") {
      if (header && column > header.length) {
        throw new InputError(`${file}: column ${column} (${what}) is beyond the header's ${header.length} columns`);
      }
      indices[field] = column - 1;
      continue;
    }
    if (!header || !trimmed) {
      throw new InputError(`${file}: column "${column}" (${what}) is a header name, but the file has no header`);
    }
    let index = header.indexOf(column);
    let list = header;
    if (index === -1) {
      index = trimmed.indexOf(column.trim());
      list = trimmed;
    }
    if (index === -1) {
      throw new InputError(`${file}: column "${column}" (${what}) is not in the header; headers found: ${headerList(header)}`);
    }
    const again = list.indexOf(list[index], index + 1);
    if (again !== -1) {
      throw new InputError(`${file}: column "${column}" (${what}) appears twice in the header, at positions ${index + 1} and ${again + 1}; map one by its position`);
    }
    indices[field] = index;
  }
  return indices;
}
function headerList(header) {
  const shown = header.slice(0, HEADERS_SHOWN).map((h) => JSON.stringify(h.length > HEADER_CHARS ? `${h.slice(0, HEADER_CHARS)}\u2026` : h));
  const more = header.length - shown.length;
  return `${shown.join(", ")}${more > 0 ? ` \u2026 and ${more.toLocaleString("en")} more` : ""}`;
}

// dist/sources/row-fields.js
var RowFields = class {
  source;
  col;
  /** With `header: false`, a row shorter than this is skipped (it lacks a mapped column). */
  needs;
  missingCells;
  constructor(source, header, file, fields) {
    this.source = source;
    this.col = mapColumns(source, header, file, [...fields, ...source.dimensions]);
    this.needs = Math.max(0, ...Object.values(this.col)) + 1;
    this.missingCells = new CellDecoder(source.missing, void 0, false);
  }
  /** The skip reason of a row too short to hold every mapped column (`header: false`), if it is. */
  short(row) {
    return row.count < this.needs ? `row shorter than column ${this.needs}` : void 0;
  }
  /**
   * A text field: its constant, else the cell after `missing` and `values` (`intern` for
   * low-cardinality columns). A spec-level `service` is the constant service.
   */
  text(field, options = {}) {
    const constant = this.source.constants[field] ?? (field === "service" ? this.source.service : void 0);
    const col = this.col[field] ?? -1;
    if (col < 0) {
      const value = constant === void 0 ? null : constant;
      return { read: () => value, decoder: null };
    }
    const decoder = new CellDecoder(this.source.missing, this.source.values[field], options.intern ?? false, options.normalize, options.foldCase);
    return { read: (row) => decoder.decode(row, col), decoder };
  }
  /** Whether a field's cell is empty or a `missing` value (an unmapped field is missing). */
  isMissing(row, field) {
    return this.missingCells.isMissing(row, this.col[field] ?? -1);
  }
  /** A number cell (NaN when it is not a decimal number); call after `isMissing`. */
  number(row, field) {
    return parseNumberCell(row, this.col[field]);
  }
  /**
   * Reads instant fields in order into `out` (`out[k]` for `fields[k]`; NaN: no value, or not
   * reached); returns the first unreadable field and the skip reason. A duration field adds its
   * cell (ms/s/m/h, fractions allowed; a missing cell: no stop yet) to the instant of the field
   * it counts from, which must come earlier in `fields`. Instants go into a Float64Array and
   * through a holder, never as returned numbers: no number is boxed per row.
   */
  instants(fields) {
    const holder = parsedInstant();
    const missing = this.missingCells;
    const readers = fields.map((field, k) => {
      const duration = this.source.durations[field];
      if (duration) {
        const unit = Object.entries(DURATION_UNITS).find(([, ms]) => ms === duration.unitMs)[0];
        const words = { ms: "milliseconds", s: "seconds", m: "minutes", h: "hours" }[unit];
        const from = fields.indexOf(duration.after);
        return (row, out) => {
          if (from < 0 || Number.isNaN(out[from]) || this.isMissing(row, field))
            return void 0;
          const amount = this.number(row, field);
          if (!(amount >= 0))
            return `${field} is not a number of ${words}`;
          out[k] = out[from] + Math.round(amount * duration.unitMs);
          return void 0;
        };
      }
      const read = timestampReader(this.source.formats[field] ?? this.source.timestampFormat, this.source.timezone, this.source.locale);
      const col = this.col[field] ?? -1;
      return (row, out) => {
        if (col < 0 || missing.isMissing(row, col))
          return void 0;
        read(row.buf, row.starts[col], row.ends[col], holder);
        const t = holder.value;
        if (Number.isNaN(t))
          return `unreadable ${field}`;
        if (t === IN_DST_GAP)
          return `${field} is a local time inside a DST gap`;
        out[k] = t;
        return void 0;
      };
    });
    return (row, out) => {
      out.fill(Number.NaN);
      for (let i = 0; i < readers.length; i++) {
        const reason = readers[i](row, out);
        if (reason !== void 0)
          return { field: fields[i], reason };
      }
      return void 0;
    };
  }
  /** The row's dimension values, in `source.dimensions` order (constants included). */
  dimensions() {
    const readers = this.source.dimensions.map((d) => this.text(d, { intern: true }).read);
    if (readers.length === 0)
      return () => NO_DIMENSIONS;
    return (row) => readers.map((read) => read(row));
  }
};
var NO_DIMENSIONS = [];
function latestOf(latest, at) {
  let max = latest;
  for (let k = 0; k < at.length; k++)
    if (at[k] > max)
      max = at[k];
  return max;
}
function instantOrNull(t) {
  return Number.isNaN(t) ? null : t;
}

// dist/sources/threshold-demand.js
function meetsLimit(value, compare) {
  const v = value * compare.columnFactor;
  switch (compare.op) {
    case "<=":
      return v <= compare.limit;
    case "<":
      return v < compare.limit;
    case ">=":
      return v >= compare.limit;
    case ">":
      return v > compare.limit;
  }
}
function numberOfCell(text) {
  return text === null || text === void 0 ? Number.NaN : decimalNumber(text);
}
function countThresholdSample(demand, t, value) {
  if (Number.isNaN(value))
    return;
  const met = meetsLimit(value, demand.compare);
  for (const span of demand.spans) {
    if (t < span.start || t >= span.end || !containsInstant(span.open, t))
      continue;
    span.total++;
    if (met)
      span.good++;
  }
}

// dist/sources/read-csv-files.js
import { createHash } from "node:crypto";
import { statSync } from "node:fs";
async function readCsvFiles(source, files, tally, setup, options) {
  const sizes = files.map((f) => safeSize(f.absolute));
  const total = sizes.reduce((sum, size) => sum + size, 0);
  let done = 0;
  for (const [k, file] of files.entries()) {
    if (options.inRanges && await options.inRanges(file)) {
      done += sizes[k];
      options.progress?.(done, total);
      continue;
    }
    const hash = options.hash ? createHash("sha256") : void 0;
    await readCsvRange(source, file, tally, setup, {
      onChunk: (chunk) => {
        hash?.update(chunk);
        done += chunk.length;
        options.progress?.(done, total);
      }
    });
    if (hash)
      file.sha256 = hash.digest("hex");
  }
}
async function readCsvRange(source, file, tally, setup, options = {}) {
  const midFile = (options.start ?? 0) > 0;
  const header = options.header ?? null;
  let width = midFile && header ? header.length : -1;
  let headed = midFile || !source.header;
  let handle = midFile ? setup(header, file) : source.header ? () => {
  } : setup(null, file);
  const ending = await streamCsv(file.absolute, source.delimiter, {
    header(fields) {
      headed = true;
      width = fields.length;
      handle = setup(fields, file);
    },
    row(row) {
      if (row.malformed)
        tally.add(file.file, "malformed quoting", row.line);
      else if (width >= 0 && row.count !== width)
        tally.add(file.file, "ragged row (field count differs from the header)", row.line);
      else
        handle(row);
    }
  }, {
    name: file.file,
    encoding: source.encoding,
    header: source.header && !midFile,
    onChunk: options.onChunk,
    start: options.start,
    end: options.end
  });
  if (!headed) {
    const wanted = Object.values(source.columns).map((c) => typeof c === "number" ? `column ${c}` : c).join(", ");
    throw new InputError(`${file.file}: the file is empty; expected a header row with the columns ${wanted}`);
  }
  return ending;
}
function safeSize(path) {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

// dist/sources/skip-tally.js
var FIRST_LINES = 5;
var SkipTally = class {
  source;
  entries = /* @__PURE__ */ new Map();
  constructor(source) {
    this.source = source;
  }
  add(file, reason, line) {
    const key = `${file}\0${reason}`;
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { source: this.source, file, reason, count: 0, lines: [] };
      this.entries.set(key, entry);
    }
    entry.count++;
    if (entry.lines.length < FIRST_LINES)
      entry.lines.push(line);
  }
  /**
   * Adds the tally of the next byte range of a file read in parallel, whose line numbers count
   * from 1 at its start: `lineOffset` is the number of lines before it. Ranges are absorbed in
   * file order, so the first line numbers kept are those one pass would have kept.
   */
  absorb(later, lineOffset) {
    for (const e of later) {
      const key = `${e.file}\0${e.reason}`;
      let entry = this.entries.get(key);
      if (!entry) {
        entry = { source: this.source, file: e.file, reason: e.reason, count: 0, lines: [] };
        this.entries.set(key, entry);
      }
      entry.count += e.count;
      for (const line of e.lines)
        if (entry.lines.length < FIRST_LINES)
          entry.lines.push(line + lineOffset);
    }
  }
  get total() {
    let n = 0;
    for (const e of this.entries.values())
      n += e.count;
    return n;
  }
  list() {
    return [...this.entries.values()].sort((a, b) => compareStrings(a.file, b.file) || compareStrings(a.reason, b.reason));
  }
};

export {
  parseCsvBytes,
  IN_DST_GAP,
  parsedInstant,
  timestampReader,
  hashBytes,
  CellDecoder,
  parseNumberCell,
  RowFields,
  latestOf,
  instantOrNull,
  numberOfCell,
  countThresholdSample,
  readCsvFiles,
  readCsvRange,
  SkipTally
};
