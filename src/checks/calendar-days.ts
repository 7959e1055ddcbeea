import { CALENDAR_24X7 } from "../core/model.js";
import { parseDate } from "../core/values/date.js";
import { parseTimeOfDay } from "../core/values/time-of-day.js";
import { holidaySource, holidaysFromProblem, libraryKnownYears } from "../time/holiday-library.js";
import { agreements, type CalendarDocument, type Check, type CheckContext } from "./check.js";
import type { RawCalendarEntry } from "./raw.js";

/**
 * The days of a calendar that differ from its week (SPEC §11): part-day holidays and working-day
 * windows must not be empty; a date cannot be both off and a working day; plain working days need
 * `workdayAs` to have hours; `holidaysFrom` must name a place the library knows, and the library
 * should know every year the calendar is used in (else its holidays are silently missing).
 */
export const calendarDays: Check = (ctx) => {
  for (const c of ctx.valid.filter((d) => d.kind === "Calendar") as CalendarDocument[]) {
    const holidays = entries(c.spec.holidays);
    const workdays = entries(c.spec.workdays);
    for (const [list, what] of [
      [holidays, "holidays"],
      [workdays, "workdays"],
    ] as const) {
      for (const e of list) {
        if (e.from !== undefined && e.to !== undefined && e.from >= e.to) {
          ctx.report(c, {
            code: "calendar/empty-hours",
            message: `${what === "holidays" ? "part-day holiday" : "working day"} ${e.text}: "from" must be before "to"`,
            pointer: `/spec/${what}/${e.index}/to`,
          });
        }
      }
    }
    const holidayAt = new Map(holidays.map((h) => [h.day, h]));
    for (const w of workdays) {
      const h = holidayAt.get(w.day);
      if (!h) continue;
      ctx.report(c, {
        code: "calendar/holiday-and-workday",
        message: `${w.date} is both a holiday (holidays[${h.index}]) and a working day; keep one`,
        pointer: `/spec/workdays/${w.index}`,
        related: [{ doc: c.doc, pointer: `/spec/holidays/${h.index}`, message: "listed as a holiday here" }],
      });
    }
    checkWorkdayAs(ctx, c, workdays);
    checkHolidaysFrom(ctx, c);
  }
};

interface Entry {
  index: number;
  day: number;
  date: string;
  text: string;
  /** Minutes; undefined for a plain date. */
  from?: number;
  to?: number;
}

function entries(list: readonly RawCalendarEntry[] | undefined): Entry[] {
  const out: Entry[] = [];
  (list ?? []).forEach((raw, index) => {
    const date = typeof raw === "string" ? raw : raw.date;
    const parsed = parseDate(date);
    if (!parsed.ok) return;
    const entry: Entry = { index, day: parsed.value.day, date: parsed.value.text, text: parsed.value.text };
    if (typeof raw !== "string") {
      const from = parseTimeOfDay(raw.from);
      const to =
        raw.to === undefined
          ? parseTimeOfDay("24:00", { allowEndOfDay: true })
          : parseTimeOfDay(raw.to, { allowEndOfDay: true });
      if (from.ok && to.ok) {
        entry.from = from.value;
        entry.to = to.value;
        entry.text = `${parsed.value.text} ${raw.from}–${raw.to ?? "24:00"}`;
      }
    }
    out.push(entry);
  });
  return out;
}

const WEEKDAY_NAMES = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

function checkWorkdayAs(ctx: CheckContext, c: CalendarDocument, workdays: readonly Entry[]): void {
  const workdayAs = c.spec.workdayAs ?? "mon";
  const plain = workdays.filter((w) => w.from === undefined);
  const fromLibrary = c.spec.holidaysFrom?.country === "CN";
  if (plain.length === 0 && !fromLibrary) return;
  if (!WEEKDAY_NAMES.includes(workdayAs) || c.spec.hours.some((h) => h.days.includes(workdayAs))) return;
  const first = plain[0];
  ctx.report(c, {
    code: "calendar/workday-as-closed",
    message: `working days take the hours of ${workdayAs} (workdayAs${c.spec.workdayAs === undefined ? ", default mon" : ""}), which has no hours in this calendar${first ? `: ${first.date} would stay closed` : ""}`,
    pointer: c.spec.workdayAs === undefined ? `/spec/workdays/${first?.index ?? 0}` : "/spec/workdayAs",
  });
}

function checkHolidaysFrom(ctx: CheckContext, c: CalendarDocument): void {
  const spec = c.spec.holidaysFrom;
  if (!spec) return;
  const problem = holidaysFromProblem(spec);
  if (problem) {
    ctx.report(c, {
      code: "calendar/holidays-from",
      message: problem.message,
      pointer: `/spec/holidaysFrom/${problem.field}`,
    });
    return;
  }
  const known = libraryKnownYears(spec);
  if (!known) return;
  const missing = new Map<number, string[]>();
  for (const use of usesOf(ctx, c.name)) {
    const last = Math.min(use.lastYear, use.firstYear + 100);
    for (let y = use.firstYear; y <= last; y++) {
      if (y >= known.first && y <= known.last) continue;
      const users = missing.get(y) ?? [];
      if (!users.includes(use.agreement)) users.push(use.agreement);
      missing.set(y, users);
    }
  }
  if (missing.size === 0) return;
  const years = [...missing.keys()].sort((a, b) => a - b);
  const users = [...new Set(years.flatMap((y) => missing.get(y)!))].sort();
  ctx.report(c, {
    code: "calendar/holidays-from-year",
    message: `holidaysFrom ${spec.country}: ${holidaySource(spec)} has data for ${known.first}–${known.last}, not for ${yearRanges(years)} (used by ${users.join(", ")}): the public holidays and make-up working days of ${years.length === 1 ? "that year" : "those years"} are not applied; list them under holidays and workdays, or update the library`,
    pointer: "/spec/holidaysFrom",
    onKey: true,
  });
}

/** The agreements whose targets use the calendar, with the years of their terms (open-ended: up to this year). */
function usesOf(
  ctx: CheckContext,
  calendar: string,
): { agreement: string; firstYear: number; lastYear: number }[] {
  const out: { agreement: string; firstYear: number; lastYear: number }[] = [];
  const thisYear = Number(ctx.today.text.slice(0, 4));
  for (const a of agreements(ctx)) {
    const own = a.spec.calendar ?? CALENDAR_24X7;
    if (!a.spec.targets.some((t) => (t.calendar ?? own) === calendar)) continue;
    const start = parseDate(a.spec.term.start);
    if (!start.ok) continue;
    const end = a.spec.term.end === undefined ? undefined : parseDate(a.spec.term.end);
    const firstYear = Number(start.value.text.slice(0, 4));
    const lastYear = end?.ok ? Number(end.value.text.slice(0, 4)) : Math.max(firstYear, thisYear);
    out.push({ agreement: `${a.kind} ${a.name}`, firstYear, lastYear });
  }
  return out;
}

/** [2027, 2028, 2030] → "2027–2028, 2030". */
function yearRanges(years: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < years.length; ) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j]! + 1) j++;
    parts.push(i === j ? String(years[i]) : `${years[i]}–${years[j]}`);
    i = j + 1;
  }
  return parts.join(", ");
}
