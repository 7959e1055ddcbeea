import { compareStrings } from "../core/compare.js";
import type { TicketRecord } from "../sources/records.js";
import { matchesFilter, type RowFilter } from "../sources/row-filter.js";
import type { BusinessCalendar } from "../time/business-calendar.js";
import type { Span } from "../time/span.js";
import { emptyMeasurement, KEPT_ITEMS, type Measurement, type MeasuredTicket } from "./measurement.js";
import { type ClockLimit, clockVerdict, ticketClock } from "./ticket-clock.js";

export interface TicketTallyOptions {
  service: string;
  priority: string | undefined;
  clock: "response" | "resolution";
  /** The threshold: fixed service time, or business days (each ticket then has its own). */
  limit: ClockLimit;
  calendar: BusinessCalendar;
  /** Dimension values a ticket must have (scope and where), or null. */
  filter: RowFilter | null;
  /** `--as-of`, when given: known before the tickets stream by. */
  asOf: number | undefined;
}

/** The figures of one span, counted as tickets arrive. */
interface SpanCounts extends Span {
  good: number;
  total: number;
  pending: number;
  /** Tickets with paused time subtracted, and the paused service time (resolution clocks). */
  pausedTickets: number;
  pausedMs: number;
  /** The worst breached tickets (longest clock first), at most KEPT_ITEMS. */
  breached: MeasuredTicket[];
  /** The pending tickets with the longest clocks, at most KEPT_ITEMS. */
  waiting: MeasuredTicket[];
}

/**
 * Response- or resolution-time attainment of one target (SPEC §6), counted while its source
 * streams: the share of the service's tickets (of the target's priority and scope) opened in each
 * span whose clock meets the threshold. Nothing is kept per stopped ticket but counts and the
 * worst few; a ticket without a stop is kept until `finish` knows the as-of instant (the default
 * as-of is the source's latest timestamp) — memory follows the open tickets, not the export, and
 * with `--as-of` nothing is kept.
 */
export class TicketTally {
  private readonly spans: SpanCounts[] = [];
  /** Tickets whose clock runs until the as-of instant, which is not known before the source is read. */
  private open: TicketRecord[] = [];

  constructor(private readonly options: TicketTallyOptions) {}

  get service(): string {
    return this.options.service;
  }

  /** Registers a span to count (before the source is read). */
  addSpan(span: Span): void {
    if (!this.spans.some((s) => s.start === span.start && s.end === span.end)) {
      this.spans.push({
        start: span.start,
        end: span.end,
        good: 0,
        total: 0,
        pending: 0,
        pausedTickets: 0,
        pausedMs: 0,
        breached: [],
        waiting: [],
      });
    }
  }

  /** Forgets every ticket counted (the reader starts over). */
  reset(): void {
    for (const s of this.spans) {
      s.good = s.total = s.pending = s.pausedTickets = s.pausedMs = 0;
      s.breached = [];
      s.waiting = [];
    }
    this.open = [];
  }

  add(t: TicketRecord): void {
    const o = this.options;
    if (t.service !== o.service || (o.priority !== undefined && t.priority !== o.priority)) return;
    // Tickets opened after an as-of instant do not exist yet at as-of.
    if (o.asOf !== undefined && t.opened > o.asOf) return;
    if (!matchesFilter(o.filter, t.dims) || !this.spans.some((s) => t.opened >= s.start && t.opened < s.end))
      return;
    const stop = o.clock === "response" ? t.responded : t.resolved;
    // Without --as-of every stop lies before the as-of (the latest timestamp of the source), and a
    // ticket without a stop waits for it; with --as-of it is judged at once, so memory stays flat.
    if (stop === null || (o.asOf !== undefined && stop > o.asOf)) {
      if (o.asOf !== undefined) this.count(t, o.asOf, true);
      else this.open.push(t);
      return;
    }
    this.count(t, stop, false);
  }

  /** Judges the tickets still running at the as-of instant. */
  finish(asOf: number): void {
    for (const ticket of this.open) if (ticket.opened <= asOf) this.count(ticket, asOf, true);
    this.open = [];
  }

  measurement(span: Span): Measurement | undefined {
    const s = this.spans.find((x) => x.start === span.start && x.end === span.end);
    if (!s) return undefined;
    const m = emptyMeasurement("count");
    m.good = s.good;
    m.total = s.total;
    m.pending = s.pending;
    m.tickets = [...s.breached, ...s.waiting];
    if (this.options.clock === "resolution") m.paused = { tickets: s.pausedTickets, ms: s.pausedMs };
    return m;
  }

  /** Counts a ticket into the spans holding its opening; an object for it only if it may be listed. */
  private count(t: TicketRecord, until: number, running: boolean): void {
    const o = this.options;
    const stop = o.clock === "response" ? t.responded : t.resolved;
    const resolution = o.clock === "resolution";
    const paused = resolution ? (t.pauses ?? t.pausedMs) : 0;
    // A running ticket's clock runs until as-of; a stopped one until its stop (as-of is later).
    const { clockMs, pausedMs, thresholdMs, stopped, capped } = ticketClock(
      o.calendar,
      t.opened,
      running ? stop : until,
      until,
      paused,
      o.limit,
    );
    const status = clockVerdict(clockMs, thresholdMs, stopped);
    let item: MeasuredTicket | undefined;
    for (const s of this.spans) {
      if (t.opened < s.start || t.opened >= s.end) continue;
      if (resolution && pausedMs > 0) {
        s.pausedTickets++;
        s.pausedMs += pausedMs;
      }
      let list: MeasuredTicket[] | undefined;
      if (status === "pending") {
        s.pending++;
        list = s.waiting;
      } else {
        s.total++;
        if (status === "met") s.good++;
        else list = s.breached;
      }
      if (list === undefined || !mayKeep(list, clockMs)) continue;
      item ??= {
        id: t.id,
        priority: t.priority,
        opened: t.opened,
        clockMs,
        thresholdMs,
        pausedMs: resolution ? pausedMs : null,
        capped,
        status,
        record: t,
      };
      keepWorst(list, item);
    }
  }
}

/** Whether a clock could enter the list of the KEPT_ITEMS longest (ties are decided by id). */
function mayKeep(list: readonly MeasuredTicket[], clockMs: number): boolean {
  return list.length < KEPT_ITEMS || clockMs >= list[list.length - 1]!.clockMs;
}

/** Longest clock first, then by id: the order the report lists them in. */
function byClock(a: MeasuredTicket, b: MeasuredTicket): number {
  return b.clockMs - a.clockMs || compareStrings(a.id, b.id);
}

/** Inserts `item` into the sorted list if it is among the KEPT_ITEMS worst. */
function keepWorst(list: MeasuredTicket[], item: MeasuredTicket): void {
  if (list.length === KEPT_ITEMS && byClock(item, list[list.length - 1]!) >= 0) return;
  let i = list.length;
  while (i > 0 && byClock(item, list[i - 1]!) < 0) i--;
  list.splice(i, 0, item);
  if (list.length > KEPT_ITEMS) list.pop();
}
