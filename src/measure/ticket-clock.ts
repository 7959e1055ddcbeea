import type { BusinessCalendar } from "../time/business-calendar.js";

/**
 * A ticket's clock (SPEC §6): service time between opening and the stop instant, counted only in
 * the target's calendar hours, minus paused time for resolution clocks. A ticket not yet stopped
 * at the as-of instant runs until then.
 */
export function ticketClock(
  calendar: BusinessCalendar,
  opened: number,
  stop: number | null,
  asOf: number,
  pausedMs: number,
): { clockMs: number; stopped: boolean } {
  const stopped = stop !== null && stop <= asOf;
  const end = stopped ? stop : Math.max(opened, asOf);
  return { clockMs: Math.max(0, calendar.measure(opened, end) - pausedMs), stopped };
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
