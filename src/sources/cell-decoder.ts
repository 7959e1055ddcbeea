import { type CsvRow, fieldText } from "./csv-stream.js";

/** Distinct cell values remembered per column: services, statuses and priorities are few. */
const MAX_INTERNED = 256;

/**
 * Reads a text cell the way a DataSource says: surrounding blanks trimmed, a `missing` value
 * becomes null, then `values` recoding applies. For low-cardinality columns (service, status,
 * priority) results are remembered by their bytes, so the hot loop compares a few bytes instead
 * of decoding a string per row.
 */
export class CellDecoder {
  private readonly keys: Uint8Array[] = [];
  private readonly results: (string | null)[] = [];
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
    search: for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      if (key.length !== len) continue;
      for (let i = 0; i < len; i++) if (key[i] !== buf[s + i]) continue search;
      return this.results[k]!;
    }
    const value = this.convert(fieldText(row, col));
    if (keys.length < MAX_INTERNED) {
      keys.push(Uint8Array.prototype.slice.call(buf, s, s + len));
      this.results.push(value);
    }
    return value;
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
  return DECIMAL.test(text) ? Number(text) : Number.NaN;
}
