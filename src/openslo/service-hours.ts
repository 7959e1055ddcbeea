import { CALENDAR_24X7, type Calendar, WEEKDAYS } from "../core/model.js";
import { formatTimeOfDay } from "../core/values/time-of-day.js";

/**
 * Service hours as the `slm.dev/service-hours` annotation holds them (JSON, since annotation
 * values are strings): the calendar's name, zone, weekly windows (days as slm writes them, local
 * `HH:MM`), holidays (whole or part days), make-up working days and the holiday library it draws
 * on — the same fields as a Calendar document's spec, so a reader needs no other convention and
 * `slm import openslo` writes the Calendar back from it.
 */
export interface ServiceHours {
  calendar: string;
  timezone: string;
  hours: { days: string[]; from: string; to: string }[];
  /** A whole day as its date; a part-day holiday as `{ date, from, to }`. */
  holidays: (string | { date: string; from: string; to: string })[];
  /** Extra working days (make-up days): the date, or `{ date, from, to }` with the day's own hours. */
  workdays?: (string | { date: string; from: string; to: string })[];
  workdayAs?: string;
  /** Public holidays from a holiday library (docs/calendars.md), by country and region. */
  holidaysFrom?: { country: string; region?: string };
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
    holidays: calendar.holidays.map((h) =>
      h.from === 0 && h.to === 1440
        ? h.text
        : { date: h.text, from: formatTimeOfDay(h.from), to: formatTimeOfDay(h.to) },
    ),
    ...(calendar.workdays.length > 0
      ? {
          workdays: calendar.workdays.map((w) =>
            w.window
              ? { date: w.text, from: formatTimeOfDay(w.window.from), to: formatTimeOfDay(w.window.to) }
              : w.text,
          ),
          workdayAs: WEEKDAYS[calendar.workdayAs]!,
        }
      : {}),
    ...(calendar.holidaysFrom ? { holidaysFrom: { ...calendar.holidaysFrom } } : {}),
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
  const days = (x: unknown) =>
    Array.isArray(x) && x.every((d) => typeof d === "string" || (d && typeof d === "object" && "date" in d));
  if (typeof v.calendar !== "string" || typeof v.timezone !== "string" || !days(v.holidays)) return undefined;
  if (v.workdays !== undefined && !days(v.workdays)) return undefined;
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
    (hours.workdays ?? []).length === 0 &&
    hours.holidaysFrom === undefined &&
    hours.hours.length === 1 &&
    hours.hours[0]!.days.length === 7 &&
    hours.hours[0]!.from === "00:00" &&
    hours.hours[0]!.to === "24:00"
  );
}
