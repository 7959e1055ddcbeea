import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  formatTimeOfDay
} from "./chunk-OTE4TAJD.js";
import {
  CALENDAR_24X7,
  WEEKDAYS
} from "./chunk-ADLZAIGX.js";

// dist/openslo/document.js
var OPENSLO_API_VERSION = "openslo/v1";
var ANNOTATION = {
  /** `SLA/acme-email`: the agreement the target belongs to. */
  agreement: "slm.dev/agreement",
  target: "slm.dev/target",
  metric: "slm.dev/metric",
  /** The objective as written, exact (`100%` cannot be an OpenSLO target, which must be below 1). */
  objective: "slm.dev/objective",
  /** The threshold as slm writes durations (`15m`, `500ms`). */
  threshold: "slm.dev/threshold",
  window: "slm.dev/window",
  /** Threshold targets (SPEC §22): the field compared, and the op with the limit as written (`>= 20GB`). */
  field: "slm.dev/field",
  limit: "slm.dev/limit",
  /** The unit of the column's numbers, when the target declares one (`MB`). */
  unit: "slm.dev/unit",
  /** JSON: `{ calendar, timezone, hours: [{ days, from, to }], holidays }`, see service-hours.ts. */
  serviceHours: "slm.dev/service-hours",
  exclusions: "slm.dev/exclusions",
  /** The DataSource type of an exported DataSource (`tickets`, `outages`, `checks`, `metrics`, `events`). */
  sourceType: "slm.dev/source-type"
};
var CSV_SOURCE_TYPE = "CSV";

// dist/openslo/service-hours.js
var WEEK = [...WEEKDAYS.slice(1), WEEKDAYS[0]];
function serviceHoursOf(calendar, name, timezone) {
  if (!calendar || name === CALENDAR_24X7) {
    return {
      calendar: name,
      timezone,
      hours: [{ days: [...WEEK], from: "00:00", to: "24:00" }],
      holidays: []
    };
  }
  return {
    calendar: name,
    timezone: calendar.timezone,
    hours: calendar.hours.map((h) => ({
      days: WEEK.filter((d) => h.days.includes(WEEKDAYS.indexOf(d))),
      from: formatTimeOfDay(h.from),
      to: formatTimeOfDay(h.to)
    })),
    holidays: calendar.holidays.map((h) => h.from === 0 && h.to === 1440 ? h.text : { date: h.text, from: formatTimeOfDay(h.from), to: formatTimeOfDay(h.to) }),
    ...calendar.workdays.length > 0 ? {
      workdays: calendar.workdays.map((w) => w.window ? { date: w.text, from: formatTimeOfDay(w.window.from), to: formatTimeOfDay(w.window.to) } : w.text),
      workdayAs: WEEKDAYS[calendar.workdayAs]
    } : {},
    ...calendar.holidaysFrom ? { holidaysFrom: { ...calendar.holidaysFrom } } : {}
  };
}
function parseServiceHours(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return void 0;
  }
  if (!value || typeof value !== "object")
    return void 0;
  const v = value;
  const strings = (x) => Array.isArray(x) && x.every((s) => typeof s === "string");
  const days = (x) => Array.isArray(x) && x.every((d) => typeof d === "string" || d && typeof d === "object" && "date" in d);
  if (typeof v.calendar !== "string" || typeof v.timezone !== "string" || !days(v.holidays))
    return void 0;
  if (v.workdays !== void 0 && !days(v.workdays))
    return void 0;
  if (!Array.isArray(v.hours))
    return void 0;
  for (const h of v.hours) {
    const w = h;
    if (!w || !strings(w.days) || typeof w.from !== "string" || typeof w.to !== "string")
      return void 0;
  }
  return v;
}
function isAlwaysOpen(hours) {
  return hours.holidays.length === 0 && (hours.workdays ?? []).length === 0 && hours.holidaysFrom === void 0 && hours.hours.length === 1 && hours.hours[0].days.length === 7 && hours.hours[0].from === "00:00" && hours.hours[0].to === "24:00";
}

export {
  OPENSLO_API_VERSION,
  ANNOTATION,
  CSV_SOURCE_TYPE,
  serviceHoursOf,
  parseServiceHours,
  isAlwaysOpen
};
