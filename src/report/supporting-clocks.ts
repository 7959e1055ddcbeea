import { type Agreement, type Model, type Target, TICKET_METRICS } from "../core/model.js";
import type { MeasuredTicket } from "../measure/measurement.js";
import { clockLimit, clockVerdict, ticketClock } from "../measure/ticket-clock.js";
import { agreementZone } from "../time/agreement-zone.js";
import { calendarFromModel } from "../time/business-calendar.js";
import { slaSupports } from "./accountable-targets.js";
import type { SupportingClock } from "./report-model.js";

/**
 * SPEC §17: for a breached ticket of an SLA ticket target, the clock of every supporting OLA/UC
 * ticket target (coverage's supporting targets) run on the same ticket — its own metric (a
 * response or a resolution clock), threshold, service hours and zone, at the same as-of — so the
 * report says which internal or supplier commitment also failed on it. A supporting target of
 * another priority does not time this ticket. OLA and UC reports have none (nothing beneath them
 * is asked here).
 */
export function supportingClocks(
  model: Model,
  agreement: Agreement,
  target: Target,
): ((ticket: MeasuredTicket, asOf: number) => SupportingClock[]) | null {
  if (agreement.kind !== "SLA" || !TICKET_METRICS.includes(target.metric)) return null;
  const supports = slaSupports(model, agreement, target)
    .flatMap((c) => c.supports)
    .filter((s) => TICKET_METRICS.includes(s.target.metric));
  const unique = [...new Map(supports.map((s) => [s.ref, s])).values()];
  if (unique.length === 0) return null;
  const timed = unique.map((s) => ({
    ref: s.ref,
    target: s.target,
    calendar: calendarFromModel(model, s.target.calendar, agreementZone(model, s.agreement)),
  }));
  return (ticket, asOf) => {
    const r = ticket.record;
    if (!r) return [];
    return timed
      .filter((s) => s.target.priority === undefined || s.target.priority === r.priority)
      .map((s) => {
        const response = s.target.metric === "response-time";
        const clock = ticketClock(
          s.calendar,
          r.opened,
          response ? r.responded : r.resolved,
          asOf,
          response ? 0 : r.pausedMs,
          clockLimit(s.target),
        );
        return {
          ref: s.ref,
          metric: s.target.metric,
          clock: clock.clockMs / 1000,
          threshold: clock.thresholdMs / 1000,
          status: clockVerdict(clock.clockMs, clock.thresholdMs, clock.stopped),
        };
      });
  };
}
