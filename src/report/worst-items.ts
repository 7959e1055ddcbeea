import { compareStrings } from "../core/compare.js";
import type { MeasuredOutage, MeasuredTicket } from "../measure/measurement.js";
import { isoInstant } from "../text/local-time.js";
import type { EvaluatedTarget } from "./evaluate-target.js";
import type { OutageItem, OverlapItem, ReportModel, TicketItem } from "./report-model.js";

export const WORST_OUTAGES = 5;
export const WORST_TICKETS = 10;

/**
 * The longest outages (with cause, each with its own contribution and the time it shared with
 * others, which `overlaps` lists once), the breached tickets by clock, and the tickets still
 * pending at as-of. An outage measured by several availability targets (other service hours) is
 * listed once, as the target that saw the most of it measured it.
 */
export function worstItems(evaluated: readonly EvaluatedTarget[]): ReportModel["worst"] {
  const outages = new Map<string, OutageItem>();
  const overlaps = new Map<string, OverlapItem>();
  for (const e of evaluated) {
    if (e.target.metric !== "availability") continue;
    for (const o of e.m.outages) {
      const key = `${o.service}|${o.start}|${o.id}`;
      const item = outageItem(o);
      const seen = outages.get(key);
      if (!seen || seen.duration < item.duration) outages.set(key, item);
    }
    for (const overlap of e.m.overlaps) {
      const item: OverlapItem = {
        outages: overlap.members.map((i) => outageLabel(e.m.outages[i]!)),
        duration: overlap.durationMs / 1000,
      };
      const key = item.outages.join("\u0000");
      const seen = overlaps.get(key);
      if (!seen || seen.duration < item.duration) overlaps.set(key, item);
    }
  }
  const tickets: TicketItem[] = [];
  const pending: TicketItem[] = [];
  for (const e of evaluated) {
    for (const t of breachedTickets(e.m.tickets))
      tickets.push({ ...ticketItem(e.target.name, t), supporting: e.supporting.get(t) ?? [] });
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
    overlaps: [...overlaps.values()].sort(
      (a, b) => b.duration - a.duration || compareStrings(a.outages.join(), b.outages.join()),
    ),
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
    own: o.ownMs / 1000,
    shared: (o.durationMs - o.ownMs) / 1000,
    planned: o.planned,
    cause: o.cause,
  };
}

/** How an outage is named where several are listed together: its id, else its start. */
export function outageLabel(o: MeasuredOutage): string {
  return o.id ?? isoInstant(o.start);
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
    paused: t.pausedMs === null ? null : t.pausedMs / 1000,
    status: "breached",
    supporting: [],
  };
}
