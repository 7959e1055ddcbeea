import type { Agreement, Model } from "../core/model.js";
import { DAY_MS } from "../core/units.js";
import { MAX_DAYS, windowEndDay } from "../coverage/hours-containment.js";
import { nameUncoveredHours } from "../coverage/name-uncovered-hours.js";
import { agreementZone } from "../time/agreement-zone.js";
import { calendarFromModel } from "../time/business-calendar.js";
import { subtract } from "../time/interval-set.js";
import { wallToUtc } from "../time/zone.js";

/** Service hours one calendar has and the other has not, named in local time; undefined when none. */
export interface HoursChange {
  added?: string;
  removed?: string;
}

/**
 * How the service hours of a target's calendar `from` (agreement `a` in `base`) differ from those
 * of `to` (agreement `b` in `head`) over the agreement's term, decided over real instants as
 * coverage decides containment (time zones, DST, holidays and working days included; the built-in
 * 24x7 in each agreement's zone). Null when they are the same hours.
 */
export function hoursChange(
  base: Model,
  a: Agreement,
  from: string,
  head: Model,
  b: Agreement,
  to: string,
): HoursChange | null {
  const before = calendarFromModel(base, from, agreementZone(base, a));
  const after = calendarFromModel(head, to, agreementZone(head, b));
  const firstDay = b.term.start.day;
  const endDay = Math.min(
    firstDay + MAX_DAYS,
    Math.max(windowEndDay(base, [from], b.term), windowEndDay(head, [to], b.term)),
  );
  // Both calendars over the same instants: the term's days laid out in the later calendar's zone.
  const start = wallToUtc(after.timezone, firstDay * DAY_MS);
  const end = wallToUtc(after.timezone, endDay * DAY_MS);
  const was = before.openIntervals(start, end);
  const is = after.openIntervals(start, end);
  const added = subtract(is, was);
  const removed = subtract(was, is);
  if (added.length === 0 && removed.length === 0) return null;
  const change: HoursChange = {};
  if (added.length > 0) change.added = nameUncoveredHours(added, is, after.timezone, firstDay, endDay);
  if (removed.length > 0)
    change.removed = nameUncoveredHours(removed, was, before.timezone, firstDay, endDay);
  return change;
}
