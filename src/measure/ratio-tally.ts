import type { MetricRecord } from "../sources/records.js";
import { matchesFilter, type RowFilter } from "../sources/row-filter.js";
import { containsInstant, type IntervalSet } from "../time/interval-set.js";
import type { Span } from "../time/span.js";
import { countedMeasurement, type Measurement } from "./measurement.js";

interface SpanSums extends Span {
  open: IntervalSet;
  good: number;
  total: number;
}

/**
 * Σ good / Σ total of the metric buckets of a service whose bucket starts in service time
 * (availability or success-rate from `metrics`, SPEC §6), summed per span while the source
 * streams. A row belongs to a target when its metric column names the target's metric or the
 * target itself (docs/measurement.md), and its dimensions match the target's scope.
 */
export class RatioTally {
  private readonly spans: SpanSums[] = [];

  constructor(
    readonly service: string,
    private readonly metricNames: readonly string[],
    private readonly filter: RowFilter | null,
  ) {}

  /** Registers a span with its service time (before the source is read). */
  addSpan(span: Span, open: IntervalSet): void {
    if (!this.spans.some((s) => s.start === span.start && s.end === span.end))
      this.spans.push({ start: span.start, end: span.end, open, good: 0, total: 0 });
  }

  add(r: MetricRecord): void {
    if (
      r.service !== this.service ||
      !this.metricNames.includes(r.metric) ||
      !matchesFilter(this.filter, r.dims)
    )
      return;
    for (const s of this.spans) {
      if (r.timestamp < s.start || r.timestamp >= s.end || !containsInstant(s.open, r.timestamp)) continue;
      s.good += r.good;
      s.total += r.total;
    }
  }

  measurement(span: Span): Measurement | undefined {
    const s = this.spans.find((x) => x.start === span.start && x.end === span.end);
    return s && countedMeasurement(s.good, s.total);
  }
}
