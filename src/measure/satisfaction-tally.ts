import type { SurveyRecord } from "../sources/records.js";
import { matchesFilter, type RowFilter } from "../sources/row-filter.js";
import { containsInstant, type IntervalSet } from "../time/interval-set.js";
import type { Span } from "../time/span.js";
import { countedMeasurement, type Measurement } from "./measurement.js";

interface SpanCounts extends Span {
  open: IntervalSet;
  good: number;
  total: number;
}

/**
 * Customer satisfaction of one target (SPEC §15), counted while its surveys source streams: per
 * span, the responses of the service (in the target's scope) given in service time, and how many
 * of them scored at least the threshold — a score equal to the threshold is satisfied.
 */
export class SatisfactionTally {
  private readonly spans: SpanCounts[] = [];

  constructor(
    readonly service: string,
    private readonly threshold: number,
    private readonly filter: RowFilter | null,
  ) {}

  addSpan(span: Span, open: IntervalSet): void {
    if (!this.spans.some((s) => s.start === span.start && s.end === span.end))
      this.spans.push({ start: span.start, end: span.end, open, good: 0, total: 0 });
  }

  add(r: SurveyRecord): void {
    if (r.service !== this.service || !matchesFilter(this.filter, r.dims)) return;
    const satisfied = r.score >= this.threshold;
    for (const s of this.spans) {
      if (r.timestamp < s.start || r.timestamp >= s.end || !containsInstant(s.open, r.timestamp)) continue;
      s.total++;
      if (satisfied) s.good++;
    }
  }

  reset(): void {
    for (const s of this.spans) s.good = s.total = 0;
  }

  measurement(span: Span): Measurement | undefined {
    const s = this.spans.find((x) => x.start === span.start && x.end === span.end);
    return s && countedMeasurement(s.good, s.total);
  }
}
