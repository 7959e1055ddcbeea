import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  daysFromCivil
} from "./chunk-XH2FNGPU.js";

// dist/time/holiday-library.js
import { createRequire } from "node:module";
var require2 = createRequire(import.meta.url);
var chinese;
var dateHolidays;
var instances = /* @__PURE__ */ new Map();
var years = /* @__PURE__ */ new Map();
function loadChinese() {
  if (!chinese) {
    const data = require2("chinese-days/dist/chinese-days.json");
    const { version } = require2("chinese-days/package.json");
    chinese = {
      data,
      years: new Set(Object.keys(data.holidays).map((d) => Number(d.slice(0, 4)))),
      source: `chinese-days@${version}`
    };
  }
  return chinese;
}
function loadDateHolidays() {
  if (!dateHolidays) {
    const Holidays = require2("date-holidays");
    const { version } = require2("date-holidays/package.json");
    dateHolidays = { Holidays, source: `date-holidays@${version}`, directory: new Holidays() };
  }
  return dateHolidays;
}
var isChina = (spec) => spec.country === "CN";
function holidaySource(spec) {
  return isChina(spec) ? loadChinese().source : loadDateHolidays().source;
}
function holidaysFromProblem(spec) {
  if (isChina(spec)) {
    return spec.region === void 0 ? void 0 : { field: "region", message: "holidaysFrom CN takes no region: China's holiday schedule is national" };
  }
  const { directory, source } = loadDateHolidays();
  const countries = directory.getCountries() ?? {};
  if (!Object.hasOwn(countries, spec.country))
    return {
      field: "country",
      message: `${source} does not know the country "${spec.country}" (ISO 3166-1 alpha-2, e.g. DE, GB, US, CN)`
    };
  if (spec.region === void 0)
    return void 0;
  const [state, sub] = spec.region.split("-");
  const states = directory.getStates(spec.country) ?? {};
  if (!Object.hasOwn(states, state)) {
    const known = Object.keys(states).sort().join(", ");
    return {
      field: "region",
      message: `${source} does not know the region "${state}" of ${spec.country}${known ? ` (known: ${known})` : " (it has no regions)"}`
    };
  }
  if (sub !== void 0 && !Object.hasOwn(directory.getRegions(spec.country, state) ?? {}, sub)) {
    const known = Object.keys(directory.getRegions(spec.country, state) ?? {}).sort().join(", ");
    return {
      field: "region",
      message: `${source} does not know the region "${spec.region}" of ${spec.country}${known ? ` (known below ${state}: ${known})` : ""}`
    };
  }
  return void 0;
}
function libraryYear(spec, year) {
  const key = `${spec.country}|${spec.region ?? ""}|${year}`;
  let cached = years.get(key);
  if (!cached) {
    cached = isChina(spec) ? chineseYear(year) : dateHolidaysYear(spec, year);
    years.set(key, cached);
  }
  return cached;
}
function chineseYear(year) {
  const { data, years: known, source } = loadChinese();
  const prefix = `${year}-`;
  const holidays = /* @__PURE__ */ new Map();
  const workdays = /* @__PURE__ */ new Set();
  for (const date of Object.keys(data.holidays)) {
    if (date.startsWith(prefix))
      holidays.set(epochDay(date), [[0, 1440]]);
  }
  for (const date of Object.keys(data.workdays)) {
    if (date.startsWith(prefix))
      workdays.add(epochDay(date));
  }
  return { source, known: known.has(year), holidays, workdays, specialDays: specialDays(holidays, workdays) };
}
function dateHolidaysYear(spec, year) {
  const { Holidays, source } = loadDateHolidays();
  const key = `${spec.country}|${spec.region ?? ""}`;
  let instance = instances.get(key);
  if (!instance) {
    const place = [spec.country, ...spec.region?.split("-") ?? []];
    instance = new Holidays(...place, { types: ["public"], languages: ["en"] });
    instances.set(key, instance);
  }
  const holidays = /* @__PURE__ */ new Map();
  const close = (day, from) => {
    const ranges = holidays.get(day) ?? [];
    ranges.push([from, 1440]);
    holidays.set(day, ranges);
  };
  for (const h of instance.getHolidays(year)) {
    if (h.type !== "public")
      continue;
    const day = epochDay(h.date.slice(0, 10));
    const time = h.date.slice(11, 16);
    const sunset = h.date.length > 19;
    if (!sunset && time !== "00:00") {
      close(day, Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)));
      continue;
    }
    const days = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / 864e5));
    for (let i = 0; i < days; i++)
      close(day + i, 0);
  }
  return {
    source,
    known: true,
    holidays,
    workdays: /* @__PURE__ */ new Set(),
    specialDays: specialDays(holidays, /* @__PURE__ */ new Set())
  };
}
function specialDays(holidays, workdays) {
  return [.../* @__PURE__ */ new Set([...holidays.keys(), ...workdays])].sort((a, b) => a - b);
}
function epochDay(isoDate) {
  return daysFromCivil(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)), Number(isoDate.slice(8, 10)));
}
function libraryKnownYears(spec) {
  if (!isChina(spec))
    return void 0;
  const known = [...loadChinese().years];
  return { first: Math.min(...known), last: Math.max(...known) };
}

export {
  holidaySource,
  holidaysFromProblem,
  libraryYear,
  libraryKnownYears
};
