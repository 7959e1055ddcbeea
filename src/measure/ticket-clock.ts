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
  /**
   * Paused service time subtracted: the `paused` column's, or the service time inside the paused
   * intervals of an event log up to the stop (of a capped clock: inside its exact first year).
   */
  pausedMs: number;
  /** The clock's own threshold in service time: the fixed threshold, or the service time to its business-day deadline. */
  thresholdMs: number;
  stopped: boolean;
  /** The clock ran beyond EXACT_CLOCK_MS and past its threshold: `clockMs` is a lower bound. */
  capped: boolean;
}

/**
 * What a resolution clock subtracts: a number of paused milliseconds (the `paused` column, SPEC §3)
 * or the paused wall-clock intervals of an event log ([start, end, …], SPEC §23), which are
 * measured in the target's service hours between opening and the stop.
 */
export type Pause = number | Float64Array;

/**
 * A ticket's clock (SPEC §6, §11, §23): service time between opening and the stop instant, counted
 * only in the target's calendar hours, minus paused time for resolution clocks. A ticket not yet
 * stopped at the as-of instant runs until then.
 */
export function ticketClock(
  calendar: BusinessCalendar,
  opened: number,
  stop: number | null,
  asOf: number,
  pause: Pause,
  limit: ClockLimit,
): Clock {
  const stopped = stop !== null && stop <= asOf;
  const end = stopped ? stop : Math.max(opened, asOf);
  const thresholdMs =
    limit.businessDays === undefined
      ? limit.ms
      : calendar.measure(opened, businessDayDeadline(calendar, opened, limit.businessDays));
  const horizon = opened + EXACT_CLOCK_MS;
  const exactEnd = Math.min(end, horizon);
  const pausedMs = typeof pause === "number" ? pause : pausedWithin(calendar, pause, opened, exactEnd);
  if (end <= horizon) {
    return {
      clockMs: Math.max(0, calendar.measure(opened, end) - pausedMs),
      pausedMs,
      thresholdMs,
      stopped,
      capped: false,
    };
  }
  const firstYear = calendar.measure(opened, horizon) - pausedMs;
  const limitMs = thresholdMs - firstYear;
  const rest =
    firstYear > thresholdMs
      ? 0
      : typeof pause === "number"
        ? calendar.measure(horizon, end, limitMs)
        : runningWithin(calendar, pause, horizon, end, limitMs);
  const clockMs = Math.max(0, firstYear + rest);
  return { clockMs, pausedMs, thresholdMs, stopped, capped: clockMs > thresholdMs };
}

/** Service time inside the paused intervals, within [from, to). */
export function pausedWithin(
  calendar: BusinessCalendar,
  pauses: Float64Array,
  from: number,
  to: number,
): number {
  let total = 0;
  for (let i = 0; i < pauses.length; i += 2) {
    const s = Math.max(pauses[i]!, from);
    const e = Math.min(pauses[i + 1]!, to);
    if (e > s) total += calendar.measure(s, e);
  }
  return total;
}

/** Service time outside the paused intervals within [from, to), counted until it passes `limitMs`. */
function runningWithin(
  calendar: BusinessCalendar,
  pauses: Float64Array,
  from: number,
  to: number,
  limitMs: number,
): number {
  let total = 0;
  let at = from;
  for (let i = 0; i <= pauses.length && at < to; i += 2) {
    const gapEnd = i < pauses.length ? Math.min(pauses[i]!, to) : to;
    if (gapEnd > at) total += calendar.measure(at, gapEnd, limitMs - total);
    if (total > limitMs) return total;
    if (i < pauses.length) at = Math.max(at, pauses[i + 1]!);
  }
  return total;
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
