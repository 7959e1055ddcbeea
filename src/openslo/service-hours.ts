import { CALENDAR_24X7, type Calendar, WEEKDAYS } from "../core/model.js";
import { formatTimeOfDay } from "../core/values/time-of-day.js";

/**
 * Service hours as the `slm.dev/service-hours` annotation holds them (JSON, since annotation
 * values are strings): the calendar's name, zone, weekly windows (days as slm writes them, local
 * `HH:MM`) and whole-day holidays — the same fields as a Calendar document's spec, so a reader
 * needs no other convention and `slm import openslo` writes the Calendar back from it.
 */
export interface ServiceHours {
  calendar: string;
  timezone: string;
  hours: { days: string[]; from: string; to: string }[];
  holidays: string[];
}

/** Monday first, as people and Calendar documents list weekdays. */
const WEEK = [...WEEKDAYS.slice(1), WEEKDAYS[0]];

export function serviceHoursOf(calendar: Calendar | undefined, name: string, timezone: string): ServiceHours {
  if (!calendar || name === CALENDAR_24X7) {
    return {
      calendar: name,
      timezone,
      hours: [{ days: [...WEEK], from: "00:00", to: "24:00" }],
      holidays: [],
    };
  }
  return {
    calendar: name,
    timezone: calendar.timezone,
    hours: calendar.hours.map((h) => ({
      days: WEEK.filter((d) => h.days.includes(WEEKDAYS.indexOf(d))),
      from: formatTimeOfDay(h.from),
      to: formatTimeOfDay(h.to),
    })),
    holidays: calendar.holidays.map((d) => d.text),
  };
}

/** The annotation read back; undefined when it is not this shape (a reader reports that). */
export function parseServiceHours(text: string): ServiceHours | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!value || typeof value !== "object") return undefined;
  const v = value as Record<string, unknown>;
  const strings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === "string");
  if (typeof v.calendar !== "string" || typeof v.timezone !== "string" || !strings(v.holidays))
    return undefined;
  if (!Array.isArray(v.hours)) return undefined;
  for (const h of v.hours) {
    const w = h as Record<string, unknown>;
    if (!w || !strings(w.days) || typeof w.from !== "string" || typeof w.to !== "string") return undefined;
  }
  return v as unknown as ServiceHours;
}

/** True when the hours are every day, all day: the built-in 24x7 calendar. */
export function isAlwaysOpen(hours: ServiceHours): boolean {
  return (
    hours.holidays.length === 0 &&
    hours.hours.length === 1 &&
    hours.hours[0]!.days.length === 7 &&
    hours.hours[0]!.from === "00:00" &&
    hours.hours[0]!.to === "24:00"
  );
}
