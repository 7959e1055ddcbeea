import type { OutageRecord } from "../sources/records.js";
import { matchesFilter, type RowFilter } from "../sources/row-filter.js";
import type { BusinessCalendar } from "../time/business-calendar.js";
import { emptyMeasurement, type Measurement } from "./measurement.js";
import { type ClockLimit, clockVerdict, ticketClock } from "./ticket-clock.js";

/**
 * Recovery-time attainment: the share of the service's unplanned outages starting in [start, end)
 * restored within the threshold, the clock counted in calendar hours like a ticket's. An outage
 * still open at as-of is breached once over the threshold, else pending.
 */
export function recoveryTime(
  outages: readonly OutageRecord[],
  options: {
    service: string;
    /** Dimension values an outage must have to count, or null. */
    filter?: RowFilter | null;
    limit: ClockLimit;
    calendar: BusinessCalendar;
    start: number;
    end: number;
    asOf: number;
  },
): Measurement {
  const m = emptyMeasurement("count");
  m.pending = 0;
  for (const o of outages) {
    if (o.service !== options.service || o.planned || o.start < options.start || o.start >= options.end)
      continue;
    if (o.start > options.asOf || !matchesFilter(options.filter ?? null, o.dims)) continue;
    const { clockMs, thresholdMs, stopped } = ticketClock(
      options.calendar,
      o.start,
      o.end,
      options.asOf,
      0,
      options.limit,
    );
    const status = clockVerdict(clockMs, thresholdMs, stopped);
    if (status === "pending") m.pending++;
    else {
      m.total++;
      if (status === "met") m.good++;
    }
    m.outages.push({
      id: o.id,
      service: o.service,
      start: o.start,
      end: o.end,
      durationMs: clockMs,
      // A recovery clock is the outage's own: clocks of different outages are never summed.
      ownMs: clockMs,
      overThreshold: clockMs > thresholdMs,
      planned: false,
      cause: o.cause,
    });
  }
  return m;
}
