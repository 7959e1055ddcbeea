import { type CsvRow, fieldText } from "./csv-stream.js";
import { hashBytes } from "./hash-bytes.js";

/** Distinct cell values remembered per column (services of a large monitoring export: thousands). */
const MAX_INTERNED = 8192;
/** Up to this many remembered values a linear search is the fastest; beyond, a hash table. */
const LINEAR = 8;

/**
 * Reads a text cell the way a DataSource says: surrounding blanks trimmed, a `missing` value
 * becomes null, then `values` recoding applies. For low-cardinality columns (service, status,
 * priority) results are remembered by their bytes, so the hot loop compares a few bytes instead
 * of decoding a string per row.
 */
export class CellDecoder {
  private readonly keys: Uint8Array[] = [];
  private readonly results: (string | null)[] = [];
  /** Open-addressing table of key index + 1 by byte hash, once there are more than LINEAR keys. */
  private table = new Int32Array(0);
  private readonly missing: Set<string>;
  private readonly missingBytes: Uint8Array[];

  /** The recoding keys in lower case, when asked: exports are not consistent about "Critical" vs "critical". */
  private readonly recodeFolded: Map<string, string> | undefined;
  /** Cell values the `values` map does not know (reported as a data-quality note). */
  readonly unmapped = new Set<string>();

  constructor(
    missing: readonly string[],
    private readonly recode: Readonly<Record<string, string>> | undefined,
    private readonly intern: boolean,
    private readonly normalize: (value: string) => string = (v) => v,
    /** Also match `values` keys whatever their case (only where no canonical name can be captured). */
    foldCase = false,
  ) {
    this.recodeFolded =
      recode && foldCase
        ? new Map(Object.entries(recode).map(([k, v]) => [k.trim().toLowerCase(), v]))
        : undefined;
    this.missing = new Set(missing.map((m) => m.trim()));
    this.missingBytes = [...this.missing].map((m) => new Uint8Array(Buffer.from(m, "utf8")));
  }

  decode(row: CsvRow, col: number): string | null {
    if (col < 0 || col >= row.count) return null;
    if (!this.intern || row.escaped[col]) return this.convert(fieldText(row, col));
    const buf = row.buf;
    const s = row.starts[col]!;
    const len = row.ends[col]! - s;
    const keys = this.keys;
    if (keys.length > LINEAR) return this.decodeHashed(row, col, buf, s, len);
    search: for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      if (key.length !== len) continue;
      for (let i = 0; i < len; i++) if (key[i] !== buf[s + i]) continue search;
      return this.results[k]!;
    }
    const value = this.convert(fieldText(row, col));
    this.remember(buf, s, len, value);
    return value;
  }

  /** The lookup of a column with many distinct values (a separate method keeps `decode` small for the hot loop). */
  private decodeHashed(row: CsvRow, col: number, buf: Buffer, s: number, len: number): string | null {
    const mask = this.table.length - 1;
    for (let slot = hashBytes(buf, s, len) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.table[slot]!;
      if (entry === 0) break;
      const key = this.keys[entry - 1]!;
      if (key.length !== len) continue;
      let i = 0;
      while (i < len && key[i] === buf[s + i]) i++;
      if (i === len) return this.results[entry - 1]!;
    }
    const value = this.convert(fieldText(row, col));
    this.remember(buf, s, len, value);
    return value;
  }

  private remember(buf: Buffer, s: number, len: number, value: string | null): void {
    const keys = this.keys;
    if (keys.length >= MAX_INTERNED) return;
    keys.push(Uint8Array.prototype.slice.call(buf, s, s + len));
    this.results.push(value);
    if (keys.length <= LINEAR) return;
    if (keys.length * 2 > this.table.length) {
      this.table = new Int32Array(Math.max(64, this.table.length * 2));
      for (let k = 0; k < keys.length; k++) this.place(k);
    } else {
      this.place(keys.length - 1);
    }
  }

  private place(k: number): void {
    const key = this.keys[k]!;
    const mask = this.table.length - 1;
    let slot = hashBytes(key, 0, key.length) & mask;
    while (this.table[slot] !== 0) slot = (slot + 1) & mask;
    this.table[slot] = k + 1;
  }

  /** Whether the cell is empty or one of the `missing` values (for cells read as numbers or timestamps). */
  isMissing(row: CsvRow, col: number): boolean {
    if (col < 0 || col >= row.count) return true;
    const buf = row.buf;
    let s = row.starts[col]!;
    let e = row.ends[col]!;
    while (s < e && buf[s] === 0x20) s++;
    while (e > s && buf[e - 1] === 0x20) e--;
    const len = e - s;
    const values = this.missingBytes;
    search: for (let k = 0; k < values.length; k++) {
      const v = values[k]!;
      if (v.length !== len) continue;
      for (let i = 0; i < len; i++) if (v[i] !== buf[s + i]) continue search;
      return true;
    }
    return false;
  }

  private convert(raw: string): string | null {
    const text = raw.trim();
    if (this.missing.has(text)) return null;
    if (!this.recode) return this.normalize(text);
    const recoded = this.recode[text] ?? this.recodeFolded?.get(text.toLowerCase());
    if (recoded === undefined && this.unmapped.size < 100) this.unmapped.add(text);
    return this.normalize(recoded ?? text);
  }
}

/** Decimal notation only: `Number()` would also read "0x10", "0b11", "Infinity" and "" (SPEC §3: a skipped row). */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A decimal number from bytes ("12", "-3.5", "1e3" via the slow path); NaN when not a number. */
export function parseNumberCell(row: CsvRow, col: number): number {
  const buf = row.buf;
  let i = row.starts[col]!;
  const e = row.ends[col]!;
  let value = 0;
  let digits = 0;
  while (i < e && buf[i]! >= 48 && buf[i]! <= 57) {
    value = value * 10 + (buf[i]! - 48);
    i++;
    digits++;
  }
  if (i === e && digits > 0 && digits < 16) return value;
  const text = fieldText(row, col).trim();
  return decimalNumber(text);
}

/** A decimal number from text (NaN when it is not one; surrounding blanks allowed). */
export function decimalNumber(text: string): number {
  const t = text.trim();
  return DECIMAL.test(t) ? Number(t) : Number.NaN;
}
