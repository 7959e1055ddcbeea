import { createRequire } from "node:module";
import type { HolidaysFrom } from "../core/model.js";
import { daysFromCivil } from "./civil-date.js";

/**
 * `holidaysFrom` (SPEC §11): public holidays from maintained libraries instead of hand-typed
 * lists. China comes from chinese-days, read from its JSON file (its functions depend on the host
 * time zone), because only it has the State Council's make-up working days; every other country
 * from date-holidays, its `public` type only (bank and optional days are customs that providers
 * handle differently — a calendar states those explicitly). Research and licences:
 * docs/calendars.md. Both libraries are loaded lazily with `require` (no cost for a repository
 * that does not use them) and each year is computed once per country and region.
 */
export interface LibraryYear {
  /** The library and its installed version, e.g. "chinese-days@1.5.7". */
  source: string;
  /** False when the library has no data for the year (chinese-days knows only published years). */
  known: boolean;
  /** Local day (epoch day) → closed minute ranges [from, to) of that day. */
  holidays: Map<number, [number, number][]>;
  /** Make-up working days (local epoch days). */
  workdays: Set<number>;
  /** Every day of both, sorted: the days that differ from the week. */
  specialDays: number[];
}

const require = createRequire(import.meta.url);

interface ChineseDaysJson {
  /** "2024-02-10": "Spring Festival,春节,3" — days off, weekend days inside a break included. */
  holidays: Record<string, string>;
  /** Make-up working days (调休上班). */
  workdays: Record<string, string>;
}

interface DateHolidaysEntry {
  date: string;
  start: Date;
  end: Date;
  type: string;
}
interface DateHolidaysInstance {
  getHolidays(year: number): DateHolidaysEntry[];
  getCountries(): Record<string, string> | undefined;
  getStates(country: string): Record<string, string> | undefined;
  getRegions(country: string, state: string): Record<string, string> | undefined;
}
type DateHolidaysClass = new (...args: unknown[]) => DateHolidaysInstance;

let chinese: { data: ChineseDaysJson; years: Set<number>; source: string } | undefined;
let dateHolidays:
  | { Holidays: DateHolidaysClass; source: string; directory: DateHolidaysInstance }
  | undefined;
const instances = new Map<string, DateHolidaysInstance>();
const years = new Map<string, LibraryYear>();

function loadChinese(): NonNullable<typeof chinese> {
  if (!chinese) {
    const data = require("chinese-days/dist/chinese-days.json") as ChineseDaysJson;
    const { version } = require("chinese-days/package.json") as { version: string };
    chinese = {
      data,
      years: new Set(Object.keys(data.holidays).map((d) => Number(d.slice(0, 4)))),
      source: `chinese-days@${version}`,
    };
  }
  return chinese;
}

function loadDateHolidays(): NonNullable<typeof dateHolidays> {
  if (!dateHolidays) {
    const Holidays = require("date-holidays") as DateHolidaysClass;
    const { version } = require("date-holidays/package.json") as { version: string };
    dateHolidays = { Holidays, source: `date-holidays@${version}`, directory: new Holidays() };
  }
  return dateHolidays;
}

const isChina = (spec: HolidaysFrom): boolean => spec.country === "CN";

/** The library (and version) a `holidaysFrom` reads, for docs, notes and messages. */
export function holidaySource(spec: HolidaysFrom): string {
  return isChina(spec) ? loadChinese().source : loadDateHolidays().source;
}

/**
 * Why a `holidaysFrom` cannot be used, or undefined: an unknown country, state or region (the
 * library would silently return no holidays), or a region for CN (its schedule is national).
 */
export function holidaysFromProblem(
  spec: HolidaysFrom,
): { field: "country" | "region"; message: string } | undefined {
  if (isChina(spec)) {
    return spec.region === undefined
      ? undefined
      : { field: "region", message: "holidaysFrom CN takes no region: China's holiday schedule is national" };
  }
  const { directory, source } = loadDateHolidays();
  const countries = directory.getCountries() ?? {};
  if (!Object.hasOwn(countries, spec.country))
    return {
      field: "country",
      message: `${source} does not know the country "${spec.country}" (ISO 3166-1 alpha-2, e.g. DE, GB, US, CN)`,
    };
  if (spec.region === undefined) return undefined;
  const [state, sub] = spec.region.split("-") as [string, string | undefined];
  const states = directory.getStates(spec.country) ?? {};
  if (!Object.hasOwn(states, state)) {
    const known = Object.keys(states).sort().join(", ");
    return {
      field: "region",
      message: `${source} does not know the region "${state}" of ${spec.country}${known ? ` (known: ${known})` : " (it has no regions)"}`,
    };
  }
  if (sub !== undefined && !Object.hasOwn(directory.getRegions(spec.country, state) ?? {}, sub)) {
    const known = Object.keys(directory.getRegions(spec.country, state) ?? {})
      .sort()
      .join(", ");
    return {
      field: "region",
      message: `${source} does not know the region "${spec.region}" of ${spec.country}${known ? ` (known below ${state}: ${known})` : ""}`,
    };
  }
  return undefined;
}

/** The public holidays (and make-up working days) of one year; callers validated the spec. */
export function libraryYear(spec: HolidaysFrom, year: number): LibraryYear {
  const key = `${spec.country}|${spec.region ?? ""}|${year}`;
  let cached = years.get(key);
  if (!cached) {
    cached = isChina(spec) ? chineseYear(year) : dateHolidaysYear(spec, year);
    years.set(key, cached);
  }
  return cached;
}

function chineseYear(year: number): LibraryYear {
  const { data, years: known, source } = loadChinese();
  const prefix = `${year}-`;
  const holidays = new Map<number, [number, number][]>();
  const workdays = new Set<number>();
  for (const date of Object.keys(data.holidays)) {
    if (date.startsWith(prefix)) holidays.set(epochDay(date), [[0, 1440]]);
  }
  for (const date of Object.keys(data.workdays)) {
    if (date.startsWith(prefix)) workdays.add(epochDay(date));
  }
  return { source, known: known.has(year), holidays, workdays, specialDays: specialDays(holidays, workdays) };
}

function dateHolidaysYear(spec: HolidaysFrom, year: number): LibraryYear {
  const { Holidays, source } = loadDateHolidays();
  const key = `${spec.country}|${spec.region ?? ""}`;
  let instance = instances.get(key);
  if (!instance) {
    const place = [spec.country, ...(spec.region?.split("-") ?? [])];
    instance = new Holidays(...place, { types: ["public"], languages: ["en"] });
    instances.set(key, instance);
  }
  const holidays = new Map<number, [number, number][]>();
  const close = (day: number, from: number): void => {
    const ranges = holidays.get(day) ?? [];
    ranges.push([from, 1440]);
    holidays.set(day, ranges);
  };
  for (const h of instance.getHolidays(year)) {
    if (h.type !== "public") continue;
    const day = epochDay(h.date.slice(0, 10));
    const time = h.date.slice(11, 16);
    // "2024-04-10 00:00:00 -0600": a holiday that begins at sunset the evening before; the day off
    // is the date itself. A time of day without an offset is a part-day holiday to 24:00.
    const sunset = h.date.length > 19;
    if (!sunset && time !== "00:00") {
      close(day, Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)));
      continue;
    }
    const days = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / 86_400_000));
    for (let i = 0; i < days; i++) close(day + i, 0);
  }
  // date-holidays computes its rules for any year: every year is known.
  return {
    source,
    known: true,
    holidays,
    workdays: new Set(),
    specialDays: specialDays(holidays, new Set()),
  };
}

function specialDays(holidays: Map<number, unknown>, workdays: Set<number>): number[] {
  return [...new Set([...holidays.keys(), ...workdays])].sort((a, b) => a - b);
}

function epochDay(isoDate: string): number {
  return daysFromCivil(
    Number(isoDate.slice(0, 4)),
    Number(isoDate.slice(5, 7)),
    Number(isoDate.slice(8, 10)),
  );
}

/** The years (inclusive range) a library has data for, when it is limited; undefined when it computes any year. */
export function libraryKnownYears(spec: HolidaysFrom): { first: number; last: number } | undefined {
  if (!isChina(spec)) return undefined;
  const known = [...loadChinese().years];
  return { first: Math.min(...known), last: Math.max(...known) };
}
