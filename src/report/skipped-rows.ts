import type { SkippedRows } from "../sources/skip-tally.js";
import type { ReportModel } from "./report-model.js";

/** The skipped rows of every source the reports read, each file and reason once. */
export function skippedRowsOf(reports: readonly ReportModel[]): SkippedRows[] {
  const seen = new Map<string, SkippedRows>();
  for (const r of reports)
    for (const s of r.dataQuality.skipped) seen.set(`${s.source}|${s.file}|${s.reason}`, s);
  return [...seen.values()];
}

/** `FILE: 3 rows skipped: REASON (line 4, 9, 12)`, the line `--strict` prints per entry. */
export function describeSkippedRows(s: SkippedRows): string {
  const more = s.count > s.lines.length ? ", …" : "";
  return `${s.file}: ${s.count} row${s.count === 1 ? "" : "s"} skipped: ${s.reason} (line ${s.lines.join(", ")}${more})`;
}
