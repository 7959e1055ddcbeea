import { compareStrings } from "../core/compare.js";
/** Rows of one file skipped for one reason (listed in a report's data-quality section). */
export interface SkippedRows {
  source: string;
  file: string;
  reason: string;
  count: number;
  /** 1-based line numbers of the first few rows skipped for this reason. */
  lines: number[];
}

/** How many line numbers to keep per reason: enough to find the pattern, bounded for huge exports. */
const FIRST_LINES = 5;

/** Counts unreadable rows per file and reason, keeping the first few line numbers. */
export class SkipTally {
  private readonly entries = new Map<string, SkippedRows>();

  constructor(private readonly source: string) {}

  add(file: string, reason: string, line: number): void {
    const key = `${file}\u0000${reason}`;
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { source: this.source, file, reason, count: 0, lines: [] };
      this.entries.set(key, entry);
    }
    entry.count++;
    if (entry.lines.length < FIRST_LINES) entry.lines.push(line);
  }

  /**
   * Adds the tally of the next byte range of a file read in parallel, whose line numbers count
   * from 1 at its start: `lineOffset` is the number of lines before it. Ranges are absorbed in
   * file order, so the first line numbers kept are those one pass would have kept.
   */
  absorb(later: readonly SkippedRows[], lineOffset: number): void {
    for (const e of later) {
      const key = `${e.file}\u0000${e.reason}`;
      let entry = this.entries.get(key);
      if (!entry) {
        entry = { source: this.source, file: e.file, reason: e.reason, count: 0, lines: [] };
        this.entries.set(key, entry);
      }
      entry.count += e.count;
      for (const line of e.lines) if (entry.lines.length < FIRST_LINES) entry.lines.push(line + lineOffset);
    }
  }

  get total(): number {
    let n = 0;
    for (const e of this.entries.values()) n += e.count;
    return n;
  }

  list(): SkippedRows[] {
    return [...this.entries.values()].sort(
      (a, b) => compareStrings(a.file, b.file) || compareStrings(a.reason, b.reason),
    );
  }
}
