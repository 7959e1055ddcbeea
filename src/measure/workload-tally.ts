import type { MetricRecord, TicketRecord } from "../sources/records.js";
import { matchesFilter, type RowFilter } from "../sources/row-filter.js";
import type { Span } from "../time/span.js";

interface SpanCount extends Span {
  count: number;
}

export interface WorkloadTallyOptions {
  service: string;
  measure: "tickets" | "requests";
  /** tickets: only this priority. */
  priority?: string;
  /** requests: only rows whose metric column has this value. */
  metric?: string;
  /** The agreement's scope on the source's dimensions (SPEC §13), or null. */
  filter: RowFilter | null;
}

/**
 * The demand of one workload limit (SPEC §15), counted per span while its source streams:
 * tickets opened in the span (whatever their clocks), or Σ total of the metrics rows whose bucket
 * starts in the span. Demand is counted around the clock, not in service hours: a ticket opened
 * at night is still work the provider agreed to take.
 */
export class WorkloadTally {
  private readonly spans: SpanCount[] = [];

  constructor(private readonly options: WorkloadTallyOptions) {}

  get service(): string {
    return this.options.service;
  }

  addSpan(span: Span): void {
    if (!this.spans.some((s) => s.start === span.start && s.end === span.end))
      this.spans.push({ start: span.start, end: span.end, count: 0 });
  }

  ticket(r: TicketRecord): void {
    const o = this.options;
    if (o.measure !== "tickets" || r.service !== o.service) return;
    if (o.priority !== undefined && r.priority !== o.priority) return;
    if (!matchesFilter(o.filter, r.dims)) return;
    this.count(r.opened, 1);
  }

  metric(r: MetricRecord): void {
    const o = this.options;
    if (o.measure !== "requests" || r.service !== o.service) return;
    if (o.metric !== undefined && r.metric !== o.metric) return;
    if (!matchesFilter(o.filter, r.dims)) return;
    this.count(r.timestamp, r.total);
  }

  /** Forgets everything counted (the reader starts over). */
  reset(): void {
    for (const s of this.spans) s.count = 0;
  }

  /** The demand counted in a planned span; undefined for a span never planned. */
  actual(span: Span): number | undefined {
    return this.spans.find((s) => s.start === span.start && s.end === span.end)?.count;
  }

  private count(at: number, amount: number): void {
    for (const s of this.spans) if (at >= s.start && at < s.end) s.count += amount;
  }
}
