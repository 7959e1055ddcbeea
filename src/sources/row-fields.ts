import { type DataSource, DURATION_UNITS } from "../core/model.js";
import { IN_DST_GAP, parsedInstant, timestampReader } from "../time/timestamp-parser.js";
import { CellDecoder, parseNumberCell } from "./cell-decoder.js";
import { mapColumns } from "./column-map.js";
import type { CsvRow } from "./csv-stream.js";
import { compileRowFilter, matchesFilter } from "./row-filter.js";

/** The instant field that cannot be read, and the skip reason. */
export interface InstantProblem {
  field: string;
  reason: string;
}

/**
 * How one file of a DataSource is read, field by field (SPEC §3, §12): where each field's cell is
 * (`columns`, by header or position), constants, `missing`, `values` recoding, per-field timestamp
 * formats and stop times given as durations after a start. Built once per file from its header.
 */
export class RowFields {
  readonly col: Record<string, number>;
  /** With `header: false`, a row shorter than this is skipped (it lacks a mapped column). */
  readonly needs: number;
  private readonly missingCells: CellDecoder;

  constructor(
    readonly source: DataSource,
    header: readonly string[] | null,
    file: string,
    fields: readonly string[],
  ) {
    this.col = mapColumns(source, header, file, [...fields, ...source.dimensions]);
    this.needs = Math.max(0, ...Object.values(this.col)) + 1;
    this.missingCells = new CellDecoder(source.missing, undefined, false);
  }

  /** The skip reason of a row too short to hold every mapped column (`header: false`), if it is. */
  short(row: CsvRow): string | undefined {
    return row.count < this.needs ? `row shorter than column ${this.needs}` : undefined;
  }

  /**
   * A text field: its constant, else the cell after `missing` and `values` (`intern` for
   * low-cardinality columns). A spec-level `service` is the constant service.
   */
  text(
    field: string,
    options: { intern?: boolean; normalize?: (v: string) => string; foldCase?: boolean } = {},
  ): { read: (row: CsvRow) => string | null; decoder: CellDecoder | null } {
    const constant = this.source.constants[field] ?? (field === "service" ? this.source.service : undefined);
    const col = this.col[field] ?? -1;
    if (col < 0) {
      const value = constant === undefined ? null : constant;
      return { read: () => value, decoder: null };
    }
    const decoder = new CellDecoder(
      this.source.missing,
      this.source.values[field],
      options.intern ?? false,
      options.normalize,
      options.foldCase,
    );
    return { read: (row) => decoder.decode(row, col), decoder };
  }

  /** Whether a field's cell is empty or a `missing` value (an unmapped field is missing). */
  isMissing(row: CsvRow, field: string): boolean {
    return this.missingCells.isMissing(row, this.col[field] ?? -1);
  }

  /** A number cell (NaN when it is not a decimal number); call after `isMissing`. */
  number(row: CsvRow, field: string): number {
    return parseNumberCell(row, this.col[field]!);
  }

  /**
   * Reads instant fields in order into `out` (`out[k]` for `fields[k]`; NaN: no value, or not
   * reached); returns the first unreadable field and the skip reason. A duration field adds its
   * cell (ms/s/m/h, fractions allowed; a missing cell: no stop yet) to the instant of the field
   * it counts from, which must come earlier in `fields`. Instants go into a Float64Array and
   * through a holder, never as returned numbers: no number is boxed per row.
   */
  instants(fields: readonly string[]): (row: CsvRow, out: Float64Array) => InstantProblem | undefined {
    const holder = parsedInstant();
    const missing = this.missingCells;
    const readers = fields.map((field, k) => {
      const duration = this.source.durations[field];
      if (duration) {
        const unit = Object.entries(DURATION_UNITS).find(([, ms]) => ms === duration.unitMs)![0];
        const words = { ms: "milliseconds", s: "seconds", m: "minutes", h: "hours" }[unit]!;
        const from = fields.indexOf(duration.after);
        return (row: CsvRow, out: Float64Array): string | undefined => {
          if (from < 0 || Number.isNaN(out[from]!) || this.isMissing(row, field)) return undefined;
          const amount = this.number(row, field);
          if (!(amount >= 0)) return `${field} is not a number of ${words}`;
          out[k] = out[from]! + Math.round(amount * duration.unitMs);
          return undefined;
        };
      }
      const read = timestampReader(
        this.source.formats[field] ?? this.source.timestampFormat,
        this.source.timezone,
        this.source.locale,
      );
      const col = this.col[field] ?? -1;
      return (row: CsvRow, out: Float64Array): string | undefined => {
        if (col < 0 || missing.isMissing(row, col)) return undefined;
        read(row.buf, row.starts[col]!, row.ends[col]!, holder);
        const t = holder.value;
        if (Number.isNaN(t)) return `unreadable ${field}`;
        if (t === IN_DST_GAP) return `${field} is a local time inside a DST gap`;
        out[k] = t;
        return undefined;
      };
    });
    return (row, out) => {
      out.fill(Number.NaN);
      for (let i = 0; i < readers.length; i++) {
        const reason = readers[i]!(row, out);
        if (reason !== undefined) return { field: fields[i]!, reason };
      }
      return undefined;
    };
  }

  /**
   * The start every row of a one-`timestamp` source (metrics, run events, surveys) shares: a row
   * too short is skipped, one the source's `where` leaves out is passed over, then the timestamp
   * is read into `at[0]` (unreadable or missing: skipped). Returns the row's dimension values, or
   * null when the row goes no further; `skip` counts a skipped row with its reason.
   */
  timestamped(
    skip: (row: CsvRow, reason: string) => void,
  ): (row: CsvRow, at: Float64Array) => (string | null)[] | null {
    const where = compileRowFilter(this.source.where, this.source.dimensions);
    const dims = this.dimensions();
    const instants = this.instants(["timestamp"]);
    return (row, at) => {
      const short = this.short(row);
      if (short) return skipped(skip, row, short);
      const d = dims(row);
      if (!matchesFilter(where, d)) return null;
      const problem = instants(row, at);
      if (problem !== undefined) return skipped(skip, row, problem.reason);
      if (Number.isNaN(at[0]!)) return skipped(skip, row, "missing timestamp");
      return d;
    };
  }

  /** The row's dimension values, in `source.dimensions` order (constants included). */
  dimensions(): (row: CsvRow) => (string | null)[] {
    const readers = this.source.dimensions.map((d) => this.text(d, { intern: true }).read);
    if (readers.length === 0) return () => NO_DIMENSIONS;
    return (row) => readers.map((read) => read(row));
  }
}

const NO_DIMENSIONS: (string | null)[] = [];

function skipped(skip: (row: CsvRow, reason: string) => void, row: CsvRow, reason: string): null {
  skip(row, reason);
  return null;
}

/** The running maximum with a row's instants (NaN: none). */
export function latestOf(latest: number, at: Float64Array): number {
  let max = latest;
  for (let k = 0; k < at.length; k++) if (at[k]! > max) max = at[k]!;
  return max;
}

/** An instant of `instants()` as a value (null for NaN). */
export function instantOrNull(t: number): number | null {
  return Number.isNaN(t) ? null : t;
}
