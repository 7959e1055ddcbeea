import type { TicketRecord } from "../sources/records.js";
import type { BusinessCalendar } from "../time/business-calendar.js";
import { emptyMeasurement, type Measurement } from "./measurement.js";
import { type ClockLimit, clockVerdict, ticketClock } from "./ticket-clock.js";

/**
 * Response- or resolution-time attainment: the share of the service's tickets (of the target's
 * priority) opened in [start, end) whose clock meets the threshold. Tickets opened after the
 * as-of instant do not exist yet at as-of and are left out.
 */
export function ticketAttainment(
  tickets: readonly TicketRecord[],
  options: {
    service: string;
    priority: string | undefined;
    clock: "response" | "resolution";
    limit: ClockLimit;
    calendar: BusinessCalendar;
    start: number;
    end: number;
    asOf: number;
  },
): Measurement {
  const m = emptyMeasurement("count");
  m.pending = 0;
  for (const t of tickets) {
    if (
      t.service !== options.service ||
      t.opened < options.start ||
      t.opened >= options.end ||
      t.opened > options.asOf
    )
      continue;
    if (options.priority !== undefined && t.priority !== options.priority) continue;
    const stop = options.clock === "response" ? t.responded : t.resolved;
    const paused = options.clock === "resolution" ? t.pausedMs : 0;
    const { clockMs, thresholdMs, stopped, capped } = ticketClock(
      options.calendar,
      t.opened,
      stop,
      options.asOf,
      paused,
      options.limit,
    );
    const status = clockVerdict(clockMs, thresholdMs, stopped);
    if (status === "pending") m.pending++;
    else {
      m.total++;
      if (status === "met") m.good++;
    }
    m.tickets.push({
      id: t.id,
      priority: t.priority,
      opened: t.opened,
      clockMs,
      thresholdMs,
      capped,
      status,
    });
  }
  return m;
}
