import type { Agreement, Model } from "../core/model.js";
import { DAY_MS } from "../core/units.js";
import { shiftDate } from "../core/values/calendar-interval.js";
import { calendarFromModel } from "../time/business-calendar.js";
import { subtract, unionOfSets } from "../time/interval-set.js";
import { wallToUtc } from "../time/zone.js";
import { nameUncoveredHours } from "./name-uncovered-hours.js";

const ONE_YEAR = { months: 12, days: 0, text: "1y" };
/** A longer term is checked over its first ten years: calendars repeat weekly, holidays are listed. */
export const MAX_DAYS = 3653;

/**
 * Does the union of the supporting calendars contain the SLA calendar's service hours?
 * Decided over real instants by interval-set difference of the calendars' open intervals, over
 * the SLA term: a closed term entirely (up to ten years); an open-ended term from its start for
 * one year (which holds both DST changes) or up to the last holiday any of the calendars lists,
 * whichever is later. Returns the uncovered hours named in the SLA calendar's local time, or
 * undefined when every service hour is covered.
 */
export type HoursContainment = (
  slaCalendar: string,
  supporting: readonly string[],
  term: Agreement["term"],
  /** The SLA's time zone, which the built-in 24x7 takes (SPEC §11); default UTC. */
  zone?: string,
) => string | undefined;

export function createHoursContainment(model: Model): HoursContainment {
  // Many targets share calendars and terms: decide each combination once.
  const cache = new Map<string, string | undefined>();
  return (slaCalendar, supporting, term, zone = "UTC") => {
    const names = supporting.length === 1 ? [...supporting] : [...new Set(supporting)].sort();
    const key = `${slaCalendar}|${zone}|${names.join(",")}|${term.start.day}|${term.end?.day ?? ""}`;
    if (cache.has(key)) return cache.get(key);
    const named = decide(slaCalendar, names, term, zone);
    cache.set(key, named);
    return named;
  };

  function decide(
    slaCalendar: string,
    names: string[],
    term: Agreement["term"],
    zone: string,
  ): string | undefined {
    if (names.includes(slaCalendar)) return undefined;
    const sla = calendarFromModel(model, slaCalendar, zone);
    const others = names.map((n) => calendarFromModel(model, n));
    if (others.some((c) => c.always)) return undefined;

    const firstDay = term.start.day;
    const endDay = Math.min(firstDay + MAX_DAYS, windowEndDay(model, [slaCalendar, ...names], term));

    const start = wallToUtc(sla.timezone, firstDay * DAY_MS);
    const end = wallToUtc(sla.timezone, endDay * DAY_MS);
    const open = sla.openIntervals(start, end);
    const covered = unionOfSets(others.map((c) => c.openIntervals(start, end)));
    const gaps = subtract(open, covered);
    return gaps.length === 0 ? undefined : nameUncoveredHours(gaps, open, sla.timezone, firstDay, endDay);
  }
}

/**
 * Exclusive end day of the window (see above): a listed holiday or working day after the first
 * year is a day that differs from the week, so the window reaches it. (Library holidays recur
 * every year, so the first year shows how they fall.)
 */
export function windowEndDay(model: Model, calendars: readonly string[], term: Agreement["term"]): number {
  if (term.end) return term.end.day + 1;
  let end = shiftDate(term.start, ONE_YEAR).day;
  for (const name of calendars) {
    const calendar = model.calendars.get(name);
    for (const day of [...(calendar?.holidays ?? []), ...(calendar?.workdays ?? [])])
      end = Math.max(end, day.day + 1);
  }
  return end;
}
