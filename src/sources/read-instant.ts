import { IN_DST_GAP, type TimestampParser } from "../time/timestamp-parser.js";
import type { CellDecoder } from "./cell-decoder.js";
import type { CsvRow } from "./csv-stream.js";

export type InstantProblem = "unreadable" | "dst-gap";

/**
 * A timestamp cell of a ticket or outage: the instant, null when the cell is missing (or the
 * column not mapped), or the reason it cannot be read ("unreadable", "DST-gap").
 */
export function readInstant(
  row: CsvRow,
  col: number,
  parse: TimestampParser,
  missing: CellDecoder,
): number | null | InstantProblem {
  if (col < 0 || missing.isMissing(row, col)) return null;
  const t = parse(row.buf, row.starts[col]!, row.ends[col]!);
  if (Number.isNaN(t)) return "unreadable";
  if (t === IN_DST_GAP) return "dst-gap";
  return t;
}

/** The skip reason for a timestamp field that cannot be read. */
export function instantReason(problem: InstantProblem, field: string): string {
  return problem === "unreadable" ? `unreadable ${field}` : `${field} is a local time inside a DST gap`;
}
