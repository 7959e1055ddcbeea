import type { Target } from "../core/model.js";
import { DAY_MS } from "../core/units.js";
import type { BusinessCalendar } from "../time/business-calendar.js";
import { businessDayDeadline } from "../time/business-days.js";

/** A clock's limit: fixed service time, or business days (each clock then has its own deadline). */
export type ClockLimit = { ms: number; businessDays?: undefined } | { ms?: undefined; businessDays: number };

export function clockLimit(target: Target): ClockLimit {
  return target.businessDays !== undefined
    ? { businessDays: target.businessDays }
    : { ms: target.threshold! };
}

/**
 * A clock is counted exactly for its first year of wall-clock time. One that runs longer (a ticket
 * resolved "9999-12-31", an as-of in the far future) is counted on only until it is past its
 * threshold — breached is breached — and its value is then a lower bound (`capped`), shown as
 * "≥ …". So any single ticket costs microseconds, whatever its dates (docs/measurement.md).
 */
export const EXACT_CLOCK_MS = 366 * DAY_MS;

export interface Clock {
  /** Service time on the clock (paused time subtracted), exact unless `capped`. */
  clockMs: number;
  /** The clock's own threshold in service time: the fixed threshold, or the service time to its business-day deadline. */
  thresholdMs: number;
  stopped: boolean;
  /** The clock ran beyond EXACT_CLOCK_MS and past its threshold: `clockMs` is a lower bound. */
  capped: boolean;
}

/**
 * A ticket's clock (SPEC §6, §11): service time between opening and the stop instant, counted only
 * in the target's calendar hours, minus paused time for resolution clocks. A ticket not yet stopped
 * at the as-of instant runs until then.
 */
export function ticketClock(
  calendar: BusinessCalendar,
  opened: number,
  stop: number | null,
  asOf: number,
  pausedMs: number,
  limit: ClockLimit,
): Clock {
  const stopped = stop !== null && stop <= asOf;
  const end = stopped ? stop : Math.max(opened, asOf);
  const thresholdMs =
    limit.businessDays === undefined
      ? limit.ms
      : calendar.measure(opened, businessDayDeadline(calendar, opened, limit.businessDays));
  const horizon = opened + EXACT_CLOCK_MS;
  if (end <= horizon) {
    return {
      clockMs: Math.max(0, calendar.measure(opened, end) - pausedMs),
      thresholdMs,
      stopped,
      capped: false,
    };
  }
  const firstYear = calendar.measure(opened, horizon) - pausedMs;
  const rest = firstYear > thresholdMs ? 0 : calendar.measure(horizon, end, thresholdMs - firstYear);
  const clockMs = Math.max(0, firstYear + rest);
  return { clockMs, thresholdMs, stopped, capped: clockMs > thresholdMs };
}

/**
 * Met, breached or pending: a clock equal to the threshold meets it; an unstopped clock already
 * over the threshold is a breach, otherwise the ticket is pending and not counted.
 */
export function clockVerdict(
  clockMs: number,
  thresholdMs: number,
  stopped: boolean,
): "met" | "breached" | "pending" {
  if (clockMs > thresholdMs) return "breached";
  return stopped ? "met" : "pending";
}
