import type { Agreement, Model } from "../core/model.js";
import { DAY_MS } from "../core/units.js";
import { hoursWindow } from "../coverage/hours-containment.js";
import { nameUncoveredHours } from "../coverage/name-uncovered-hours.js";
import { calendarFromModel } from "../time/business-calendar.js";
import { subtract } from "../time/interval-set.js";
import { wallToUtc } from "../time/zone.js";

/** Service hours one calendar has and the other has not, named in local time; undefined when none. */
export interface HoursChange {
  added?: string;
  removed?: string;
}

/**
 * How the service hours of calendar `from` (in `base`) differ from those of `to` (in `head`) over
 * the agreement's term, decided over real instants as coverage decides containment (time zones,
 * DST and holidays included). Null when they are the same hours.
 */
export function hoursChange(
  base: Model,
  from: string,
  head: Model,
  to: string,
  term: Agreement["term"],
): HoursChange | null {
  const before = calendarFromModel(base, from);
  const after = calendarFromModel(head, to);
  const holidays = [
    ...(base.calendars.get(from)?.holidays ?? []),
    ...(head.calendars.get(to)?.holidays ?? []),
  ];
  const { firstDay, endDay } = hoursWindow(term, holidays);
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
