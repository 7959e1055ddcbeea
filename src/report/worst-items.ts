import { compareStrings } from "../core/compare.js";
import type { MeasuredOutage, MeasuredTicket } from "../measure/measurement.js";
import { isoInstant } from "../text/local-time.js";
import type { EvaluatedTarget } from "./evaluate-target.js";
import type { OutageItem, ReportModel, TicketItem } from "./report-model.js";

export const WORST_OUTAGES = 5;
export const WORST_TICKETS = 10;

/** The longest outages (with cause), the breached tickets by clock, and the tickets still pending at as-of. */
export function worstItems(evaluated: readonly EvaluatedTarget[]): ReportModel["worst"] {
  const outages = new Map<string, OutageItem>();
  for (const e of evaluated) {
    if (e.target.metric !== "availability") continue;
    for (const o of e.m.outages) {
      const key = `${o.service}|${o.start}|${o.id}`;
      const item = outageItem(o);
      const seen = outages.get(key);
      if (!seen || seen.duration < item.duration) outages.set(key, item);
    }
  }
  const tickets: TicketItem[] = [];
  const pending: TicketItem[] = [];
  for (const e of evaluated) {
    for (const t of breachedTickets(e.m.tickets)) tickets.push(ticketItem(e.target.name, t));
  }
  for (const e of evaluated) {
    for (const t of e.m.tickets)
      if (t.status === "pending") pending.push({ ...ticketItem(e.target.name, t), status: "pending" });
  }
  const byClock = (a: TicketItem, b: TicketItem) =>
    b.clock - a.clock || compareStrings(a.id, b.id) || compareStrings(a.target, b.target);
  pending.sort(byClock);
  tickets.sort(byClock);
  return {
    outages: [...outages.values()]
      .sort((a, b) => b.duration - a.duration || compareStrings(a.start, b.start))
      .slice(0, WORST_OUTAGES),
    tickets: tickets.slice(0, WORST_TICKETS),
    pending: pending.slice(0, WORST_TICKETS),
  };
}

export function breachedTickets(tickets: readonly MeasuredTicket[]): MeasuredTicket[] {
  return tickets
    .filter((t) => t.status === "breached")
    .sort((a, b) => b.clockMs - a.clockMs || compareStrings(a.id, b.id));
}

export function byDuration(a: MeasuredOutage, b: MeasuredOutage): number {
  return b.durationMs - a.durationMs || a.start - b.start;
}

function outageItem(o: MeasuredOutage): OutageItem {
  return {
    id: o.id,
    service: o.service,
    start: isoInstant(o.start),
    end: o.end === null ? null : isoInstant(o.end),
    duration: o.durationMs / 1000,
    planned: o.planned,
    cause: o.cause,
  };
}

function ticketItem(target: string, t: MeasuredTicket): TicketItem {
  return {
    id: t.id,
    target,
    priority: t.priority,
    opened: isoInstant(t.opened),
    clock: t.clockMs / 1000,
    clockCapped: t.capped,
    threshold: t.thresholdMs / 1000,
    status: "breached",
  };
}
