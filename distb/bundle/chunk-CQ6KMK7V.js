import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  parseThreshold
} from "./chunk-7K6IKEOI.js";
import {
  PRESET_NAMES
} from "./chunk-L2KHN3JD.js";
import {
  parseDuration,
  parseTimeOfDay
} from "./chunk-OTE4TAJD.js";
import {
  parsePercentage
} from "./chunk-PWKK3NVO.js";
import {
  parseRepositoryPath
} from "./chunk-U4VTH3HM.js";
import {
  parseCalendarInterval
} from "./chunk-XGYTK23C.js";
import {
  parsePeriodLabel
} from "./chunk-JKYJYC5M.js";
import {
  parseDate
} from "./chunk-MPPKPTIV.js";
import {
  parseDelimiter,
  parseTimestampFormat
} from "./chunk-BMYYV2CW.js";
import {
  fail,
  ok
} from "./chunk-VYAAX46D.js";
import {
  AGREEMENT_KINDS,
  API_VERSION,
  DATA_SOURCE_TYPES,
  DURATION_UNITS,
  FIELD_NAME_PATTERN,
  IMPROVEMENT_STATUSES,
  KINDS,
  METRICS,
  THRESHOLD_OPS,
  WEEKDAYS,
  WORKLOAD_MEASURES
} from "./chunk-ADLZAIGX.js";
import {
  defaultConfig
} from "./chunk-OT7COJM5.js";
import {
  LOCALES
} from "./chunk-ZR5D3XWC.js";

// dist/schema/annotations.js
var DEF_TITLES = {
  name: "name (lowercase letters, digits and '-', 1\u201363 characters)",
  percentage: "percentage (99.9% or a number 0\u2013100)",
  budgetPercentage: "share of the error budget (150% or 150)",
  duration: "duration (30s, 15m, 4h, 1h30m, 2d, 1w, 500ms or ISO 8601 PT15M)",
  threshold: "threshold (a duration such as 15m, 4h, 500ms, business days such as 2bd, or a satisfaction score such as 4)",
  calendarInterval: "calendar interval (1y, 6mo, 90d, 2w or ISO 8601 P1Y)",
  date: "date (YYYY-MM-DD)",
  timeOfDay: "time of day (HH:MM, 24 h)",
  timeOfDayEnd: "end time of day (HH:MM, 24 h, or 24:00)",
  timezone: "IANA time zone (Europe/Berlin, UTC)",
  metadata: "metadata (name, displayName, labels)",
  creditTier: "credit tier (below, credit)",
  target: "target (name, metric, objective, \u2026)",
  agreementSpec: "agreement spec (service, provider, customer, term, targets, \u2026)",
  serviceSpec: "service spec (owner, dependsOn, \u2026)",
  calendarSpec: "calendar spec (timezone, hours, holidays)",
  partySpec: "party spec (type, contact)",
  dataSourceSpec: "data source spec (type, path, columns, \u2026)"
};
function titleOf(defName) {
  return DEF_TITLES[defName] ?? defName.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/Document$/, " document").toLowerCase();
}
var DEFAULTS = [
  ["target/window", "month"],
  ["agreementSpec/calendar", "24x7"],
  ["agreementSpec/creditCap", "100%"],
  ["agreementSpec/fee/per", "month"],
  ["agreementSpec/severity/minor", "150%"],
  ["agreementSpec/severity/major", "300%"],
  ["calendarSpec/timezone", "UTC"],
  ["dataSourceSpec/delimiter", ","],
  ["dataSourceSpec/timezone", "UTC"],
  ["dataSourceSpec/missing", [""]],
  ["dataSourceSpec/dedupe", "none"]
];
function withDefaults(defs) {
  const out = structuredClone(defs);
  for (const [path, value2] of DEFAULTS) {
    const [def, ...properties] = path.split("/");
    let node = out[def];
    for (const p of properties)
      node = node?.properties?.[p];
    if (!node)
      throw new Error(`default for ${path}: no such property in the schema definitions`);
    node.default = value2;
  }
  return out;
}

// dist/core/values/limit.js
var LIMIT_UNITS = {
  ms: { dimension: "duration", factor: 1 },
  s: { dimension: "duration", factor: 1e3 },
  m: { dimension: "duration", factor: 6e4 },
  h: { dimension: "duration", factor: 36e5 },
  "%": { dimension: "percent", factor: 1 },
  B: { dimension: "bytes", factor: 1 },
  KB: { dimension: "bytes", factor: 1e3 },
  MB: { dimension: "bytes", factor: 1e6 },
  GB: { dimension: "bytes", factor: 1e9 },
  TB: { dimension: "bytes", factor: 1e12 },
  KiB: { dimension: "bytes", factor: 1024 },
  MiB: { dimension: "bytes", factor: 1024 ** 2 },
  GiB: { dimension: "bytes", factor: 1024 ** 3 },
  TiB: { dimension: "bytes", factor: 1024 ** 4 }
};
var LIMIT = /^(-?\d+(?:\.\d+)?)\s*([A-Za-z%]*)$/;
function parseLimit(input) {
  if (typeof input === "number") {
    if (!Number.isFinite(input))
      return fail(`${input} is not a finite number`);
    return ok({ amount: input, dimension: "number", factor: 1, text: String(input) });
  }
  if (typeof input !== "string")
    return fail("expected a number with an optional unit, e.g. 20GB, 80%, 500ms");
  const text = input.trim();
  const m = LIMIT.exec(text);
  if (!m)
    return fail(`"${text}" is not a number with an optional unit (e.g. 20GB, 80%, 500ms, 1000)`);
  const amount = Number(m[1]);
  const unit = m[2];
  if (unit === "")
    return ok({ amount, dimension: "number", factor: 1, text });
  const known = LIMIT_UNITS[unit];
  if (!known)
    return fail(`"${unit}" is not a unit of a limit (${Object.keys(LIMIT_UNITS).join(", ")})`);
  return ok({ amount, unit, dimension: known.dimension, factor: known.factor, text });
}
function parseColumnUnit(input) {
  if (input === "number")
    return ok({ dimension: "number", factor: 1 });
  const known = typeof input === "string" ? LIMIT_UNITS[input.trim()] : void 0;
  if (!known)
    return fail(`"${String(input)}" is not a unit (${[...Object.keys(LIMIT_UNITS), "number"].join(", ")})`);
  return ok(known);
}

// dist/core/values/agreement-ref.js
var AGREEMENT_REF_PATTERN = "^((SLA|OLA|UC)/)?[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$";
var REF = new RegExp(AGREEMENT_REF_PATTERN);
function parseAgreementRef(text) {
  const slash = text.indexOf("/");
  if (slash < 0)
    return { name: text };
  return { kind: text.slice(0, slash), name: text.slice(slash + 1) };
}
function checkAgreementRef(input) {
  if (typeof input !== "string" || !REF.test(input)) {
    return fail(`${JSON.stringify(input)} is not an agreement reference (a name, or ${AGREEMENT_KINDS.join("/, ")}/ and a name)`);
  }
  return ok(parseAgreementRef(input));
}
function agreementRefText(ref2) {
  return ref2.kind ? `${ref2.kind}/${ref2.name}` : ref2.name;
}

// dist/core/values/encoding.js
function parseEncoding(input) {
  if (typeof input !== "string" || input.trim() === "")
    return fail("an encoding is a WHATWG name such as utf-8, gb18030, windows-1252 or utf-16le");
  try {
    const name = new TextDecoder(input.trim()).encoding;
    return ok(name);
  } catch {
    return fail(`unknown encoding "${input}" (expected a WHATWG name such as utf-8, gb18030, gbk, big5, shift_jis, windows-1252, iso-8859-1, utf-16le or utf-16be)`);
  }
}

// dist/core/values/timezone.js
function isTimeZone(name) {
  if (name === "UTC")
    return true;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
function parseTimeZone(input) {
  if (typeof input !== "string" || input.trim() === "")
    return fail("a time zone is an IANA name like Europe/Berlin");
  const name = input.trim();
  if (/^[+-]\d/.test(name) || !isTimeZone(name)) {
    return fail(`unknown time zone "${name}" (expected an IANA name like Europe/Berlin or UTC)`);
  }
  return ok(name);
}

// dist/schema/value-kinds.js
var VALUE_PARSERS = {
  percentage: (v) => parsePercentage(v),
  /** Budget tiers (breach severity) may exceed 100%. */
  "percentage-over-100": (v) => parsePercentage(v, { allowOver100: true }),
  duration: parseDuration,
  /** A target threshold: a duration, business days (3bd), or a satisfaction score (a number). */
  threshold: parseThreshold,
  /** A threshold target's limit: a number with an optional unit (20GB, 80%, 500ms). */
  limit: parseLimit,
  /** A calendar entry written as a date or as a mapping (whose properties the schema checks). */
  "date-or-entry": (v) => typeof v === "string" ? parseDate(v) : ok(v),
  "calendar-interval": parseCalendarInterval,
  date: parseDate,
  "time-of-day": (v) => parseTimeOfDay(v),
  /** The end of a window: 24:00 allowed. */
  "time-of-day-end": (v) => parseTimeOfDay(v, { allowEndOfDay: true }),
  timezone: parseTimeZone,
  name: parseName,
  encoding: parseEncoding,
  delimiter: parseDelimiter,
  "timestamp-format": parseTimestampFormat,
  "repository-path": parseRepositoryPath,
  "agreement-ref": checkAgreementRef,
  period: parsePeriodLabel
};
var NAME_PATTERN = "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$";
var NAME = new RegExp(NAME_PATTERN);
function parseName(input) {
  if (typeof input !== "string")
    return fail("a name is a string of lowercase letters, digits and '-'");
  if (!NAME.test(input)) {
    return fail(`"${input}" is not a valid name (1\u201363 lowercase letters, digits or '-', starting and ending with a letter or digit)`);
  }
  return ok(input);
}

// dist/schema/definitions.js
var ref = (name) => ({ $ref: `#/$defs/${name}` });
function value(kind, schema) {
  return { ...schema, slmValue: kind };
}
var percentage = (description, examples) => value("percentage", {
  type: ["number", "string"],
  description,
  pattern: "^\\d{1,3}(\\.\\d{1,7})?\\s*%?$",
  minimum: 0,
  maximum: 100,
  examples
});
var column = (description) => ({ ...ref("column"), description });
var dimensionFilter = (description, example) => ({
  type: "object",
  description,
  propertyNames: { pattern: FIELD_NAME_PATTERN },
  additionalProperties: {
    type: ["string", "number", "array"],
    description: "The accepted value, or a list of accepted values.",
    minItems: 1,
    items: { type: ["string", "number"], description: "An accepted value." }
  },
  examples: [example]
});
var COLUMN_FIELDS = [
  ["id", "Header of the row id (tickets; outages and surveys optional)."],
  ["service", "Header of the service name (unless spec.service is set)."],
  ["priority", "tickets: header of the priority."],
  ["opened", "tickets: header of the opened timestamp."],
  ["responded", "tickets: header of the first response timestamp."],
  ["resolved", "tickets: header of the resolved timestamp."],
  ["paused", "tickets: header of the seconds the clock was stopped (not with layout: events)."],
  ["state", "tickets, layout: events: header of the ticket's state after the update."],
  ["updated", "tickets, layout: events: header of the update's timestamp."],
  ["start", "outages: header of the outage start."],
  ["end", "outages: header of the outage end (empty: still down)."],
  ["planned", "outages: header of the planned flag (true/false, yes/no, 1/0)."],
  ["cause", "outages: header of the cause."],
  ["timestamp", "checks, metrics, events: header of the sample, bucket start or event timestamp."],
  [
    "status",
    "checks: header of the up/down status; events: header of the run's outcome (only ok or success, after recoding, counts)."
  ],
  ["latency", "checks: header of the latency in milliseconds."],
  ["metric", "metrics: header of the metric name."],
  ["good", "metrics: header of the good count."],
  ["total", "metrics: header of the total count."],
  ["score", "surveys: header of the response's score (a number)."],
  ["ticket", "surveys: header of the ticket the response is about (optional)."]
];
var TIME = "([01]\\d|2[0-3]):[0-5]\\d";
var DEFS = {
  name: value("name", {
    type: "string",
    description: "A name: 1\u201363 lowercase letters, digits or '-', starting and ending with a letter or digit.",
    pattern: NAME_PATTERN,
    examples: ["acme-email"]
  }),
  percentage: percentage("A percentage: 99.9% or a number 0\u2013100 (99.9).", ["99.9%", 99.5]),
  budgetPercentage: value("percentage-over-100", {
    type: ["number", "string"],
    description: "A share of the error budget; may exceed 100% (150% = one and a half budgets).",
    pattern: "^\\d{1,5}(\\.\\d{1,7})?\\s*%?$",
    minimum: 0,
    examples: ["150%"]
  }),
  duration: value("duration", {
    type: "string",
    description: "A duration: 30s, 15m, 4h, 1h30m, 2d, 1w, 500ms, or ISO 8601 (PT15M, P1D).",
    pattern: "^((\\d+(\\.\\d+)?(ms|s|m|h|d|w))+|P(\\d+(\\.\\d+)?W)?(\\d+(\\.\\d+)?D)?(T(\\d+(\\.\\d+)?H)?(\\d+(\\.\\d+)?M)?(\\d+(\\.\\d+)?S)?)?)$",
    examples: ["15m", "4h", "500ms", "PT15M"]
  }),
  threshold: value("threshold", {
    type: ["string", "number"],
    description: "A threshold: a duration (30s, 15m, 4h, 1h30m, 2d, 500ms, PT15M), business days (3bd: until the same time of day on the 3rd following service day), or a survey score (a number, satisfaction only).",
    pattern: "^((\\d+(\\.\\d+)?(ms|s|m|h|d|w))+|\\d+\\s*bd|P(\\d+(\\.\\d+)?W)?(\\d+(\\.\\d+)?D)?(T(\\d+(\\.\\d+)?H)?(\\d+(\\.\\d+)?M)?(\\d+(\\.\\d+)?S)?)?)$",
    examples: ["15m", "4h", "2bd", "500ms"]
  }),
  limit: value("limit", {
    type: ["number", "string"],
    description: "A number with an optional unit: ms, s, m, h; %; B, KB, MB, GB, TB (decimal), KiB, MiB, GiB, TiB (binary).",
    pattern: "^-?\\d+(\\.\\d+)?\\s*(ms|s|m|h|%|B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)?$",
    examples: ["20GB", "80%", "500ms", 1e3]
  }),
  calendarInterval: value("calendar-interval", {
    type: "string",
    description: "A calendar interval: 1y, 6mo, 90d, 2w, or ISO 8601 (P1Y, P6M).",
    pattern: "^((\\d+y)?(\\d+mo)?(\\d+w)?(\\d+d)?|P(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?)$",
    examples: ["1y", "6mo", "P1Y"]
  }),
  date: value("date", {
    type: "string",
    description: "A calendar date YYYY-MM-DD (it must exist: no February 30).",
    pattern: "^\\d{4}-\\d{2}-\\d{2}$",
    examples: ["2024-01-01"]
  }),
  timeOfDay: value("time-of-day", {
    type: "string",
    description: "A wall-clock time HH:MM, 24 h.",
    pattern: `^${TIME}$`,
    examples: ["08:00"]
  }),
  timeOfDayEnd: value("time-of-day-end", {
    type: "string",
    description: "A wall-clock time HH:MM, 24 h; 24:00 ends a day.",
    pattern: `^(${TIME}|24:00)$`,
    examples: ["18:00", "24:00"]
  }),
  timezone: value("timezone", {
    type: "string",
    description: "An IANA time zone name.",
    minLength: 1,
    examples: ["Europe/Berlin", "UTC"]
  }),
  locale: {
    enum: [...LOCALES],
    description: "A report language: en (English), de (German) or zh-CN (Simplified Chinese).",
    examples: ["zh-CN"]
  },
  column: {
    // One schema for the four forms: type-specific keywords apply only to their type.
    type: ["string", "integer", "object"],
    description: "Where a field's cell is: a header name; a 1-based column position (with header: false); { column, format } for a timestamp column written in its own format; or { after, column, unit } for a stop time given as a duration after a start.",
    minLength: 1,
    minimum: 1,
    required: ["column"],
    additionalProperties: false,
    properties: {
      column: {
        type: ["string", "integer"],
        minLength: 1,
        minimum: 1,
        description: "The header name or 1-based position of the cell."
      },
      format: {
        ...ref("timestampFormat"),
        description: "date-fns pattern of this column's timestamps (overrides timestampFormat)."
      },
      after: {
        type: "string",
        description: "The field the duration counts from (opened for tickets, start for outages).",
        examples: ["opened", "start"]
      },
      unit: {
        enum: Object.keys(DURATION_UNITS),
        description: "Unit of the duration cell: ms, s, m or h (fractions allowed; empty = no stop yet)."
      }
    },
    dependentRequired: { after: ["unit"], unit: ["after"] },
    examples: ["opened_at", 3, { after: "opened", column: "First reply time (min)", unit: "m" }]
  },
  timestampFormat: value("timestamp-format", {
    type: "string",
    minLength: 1,
    description: "date-fns pattern of timestamps: yyyy yy M MM MMM MMMM d dd EEE H HH h hh a m mm s ss S\u2026 X x, or t / T for epoch seconds / milliseconds; 'quoted' literal text. yy is 2000 + yy.",
    examples: ["d/M/yyyy H:mm", "dd/MMM/yy h:mm a", "t"]
  }),
  metadata: {
    type: "object",
    description: "Identity of the document.",
    required: ["name"],
    additionalProperties: false,
    properties: {
      name: { ...ref("name"), description: "Unique name among the documents of this kind." },
      displayName: {
        type: "string",
        description: "Human name shown in reports.",
        examples: ["ACME Corp \u2014 Corporate e-mail"]
      },
      labels: {
        type: "object",
        description: "Free string labels.",
        additionalProperties: { type: "string" },
        examples: [{ tier: "gold" }]
      }
    }
  },
  creditTier: {
    type: "object",
    description: "One tier of the service credit schedule: when the value is strictly below `below`, `credit` of the fee is owed.",
    required: ["below", "credit"],
    additionalProperties: false,
    properties: {
      below: {
        ...ref("percentage"),
        description: "The tier applies when the measured value is strictly below this."
      },
      credit: { ...ref("percentage"), description: "Credit as a share of the fee." }
    }
  },
  workloadLimit: {
    type: "object",
    description: "A workload characteristic agreed with the targets (ISO/IEC 20000-1 8.3.3): the demand the provider commits to serve per window. A target bound to it (`workload: NAME`) is excused in a window where it was exceeded.",
    required: ["name", "measure", "max"],
    additionalProperties: false,
    properties: {
      name: { ...ref("name"), description: "Unique within the agreement; targets name it in `workload`." },
      measure: {
        enum: [...WORKLOAD_MEASURES],
        description: "tickets: tickets opened in the window, in the agreement's scope; requests: \u03A3 total of a metrics source's rows of the service."
      },
      priority: {
        type: ["string", "integer"],
        description: "tickets only: count only tickets of this priority.",
        examples: ["P1"]
      },
      metric: {
        type: "string",
        minLength: 1,
        description: "requests only: count only the rows whose metric column has this value (default: every row of the service).",
        examples: ["requests"]
      },
      max: {
        type: "integer",
        minimum: 0,
        description: "The most tickets or requests per window the targets are agreed for; more exceeds it.",
        examples: [500]
      },
      per: {
        enum: ["month", "quarter", "year"],
        description: "The window the limit applies to (default month)."
      },
      source: {
        ...ref("name"),
        description: "The DataSource counted (tickets: a tickets source, requests: a metrics source); default: the one source of that type serving the agreement's service."
      }
    }
  },
  target: {
    type: "object",
    description: "One service level target of an agreement.",
    required: ["name", "metric", "objective"],
    additionalProperties: false,
    properties: {
      name: { ...ref("name"), description: "Unique within the agreement." },
      description: { type: "string", description: "Free text shown in reports." },
      metric: { enum: [...METRICS], description: "What is measured.", examples: ["availability"] },
      objective: {
        ...ref("percentage"),
        description: "The level to meet: share of service time or of items."
      },
      threshold: {
        ...ref("threshold"),
        description: "Per-item limit: a ticket or recovery clock (a duration, or business days such as 2bd), a latency, for satisfaction the lowest score that counts as satisfied (a number: a score equal to it is satisfied), or for freshness the age the data may reach (15m: fresh while the latest counting event is at most 15 minutes old). Required for time, latency, satisfaction and freshness metrics."
      },
      field: {
        type: "string",
        pattern: FIELD_NAME_PATTERN,
        description: "metric: threshold only: the numeric field each sample is compared with \u2014 a field of the source (latency; good, total) or a column it maps under this name.",
        examples: ["headroom"]
      },
      op: {
        enum: [...THRESHOLD_OPS],
        description: "metric: threshold only: how a sample must compare with the limit to meet it (default <=)."
      },
      limit: {
        ...ref("limit"),
        description: "metric: threshold only: the limit, a number with an optional unit (ms, s, m, h; %; B, KB, MB, GB, TB, KiB, MiB, GiB, TiB). The column is taken in the limit's unit unless `unit` says otherwise.",
        examples: ["20GB", "80%", "500ms", 1e3]
      },
      unit: {
        enum: [...Object.keys(LIMIT_UNITS), "number"],
        description: "metric: threshold only: the unit of the column's numbers (default: the limit's unit; latency is ms). It must measure what the limit measures (a size, a duration, a percentage).",
        examples: ["MB"]
      },
      priority: {
        type: ["string", "integer"],
        description: "Ticket metrics only: count only tickets of this priority.",
        examples: ["P1"]
      },
      window: { enum: ["month", "quarter", "year"], description: "Assessment window (default month)." },
      calendar: {
        ...ref("name"),
        description: "Service hours for this target; overrides the agreement's calendar."
      },
      exclusions: {
        type: "array",
        description: "Outages not held against the target.",
        items: { enum: ["planned"], description: "planned: planned outages are excluded." },
        uniqueItems: true
      },
      source: {
        ...ref("name"),
        description: "The DataSource to measure from (default: the one whose type fits)."
      },
      components: {
        type: "boolean",
        description: "Availability only: outages recorded against the service's components (dependsOn, transitively; a series component down takes the service down, an anyOf group only while all its members are down) count as the service's downtime (default false)."
      },
      credits: {
        type: "array",
        description: "Service credit schedule, tiers with strictly decreasing `below`.",
        items: ref("creditTier")
      },
      where: dimensionFilter("Only rows whose dimension values match count for this target (every key must match; a list accepts any of its values). Each key must be mapped by the target's source.", { site: ["hamburg", "berlin"] }),
      workload: {
        ...ref("name"),
        description: "The agreement's workload limit this target is agreed under: in an assessment window where the limit was exceeded the target is excused (no breach, no credit)."
      },
      supports: {
        type: "array",
        description: "OLA/UC only: the SLA targets this target underpins, as <sla-name>/<target-name>.",
        items: {
          type: "string",
          description: "<sla-name>/<target-name>",
          pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?/[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$",
          examples: ["acme-email/p1-resolution"]
        },
        uniqueItems: true
      }
    }
  },
  agreementSpec: {
    type: "object",
    description: "An agreement: service, parties, term, review cycle and targets.",
    required: ["service", "provider", "customer", "term", "targets"],
    additionalProperties: false,
    properties: {
      service: { ...ref("name"), description: "The Service this agreement is about." },
      provider: {
        ...ref("name"),
        description: "The Party that commits (a team for an OLA, a supplier for a UC)."
      },
      customer: {
        ...ref("name"),
        description: "The Party that receives the service (for OLA/UC: the internal consumer)."
      },
      description: { type: "string", description: "Free text shown in reports." },
      extends: {
        type: "array",
        description: "Templates (kind: Template) this agreement builds on, merged in order, then the agreement's own fields: mappings key by key, targets by name (an entry naming an inherited target overrides its fields; `remove: true` drops it), other lists replace (SPEC \xA721).",
        minItems: 1,
        uniqueItems: true,
        items: { ...ref("name"), description: "The name of a Template." },
        examples: [["corporate", "gold"]]
      },
      term: {
        type: "object",
        description: "When the agreement applies.",
        required: ["start"],
        additionalProperties: false,
        properties: {
          start: { ...ref("date"), description: "First day of the agreement." },
          end: { ...ref("date"), description: "Last day of the agreement; omit for open-ended." }
        }
      },
      effective: {
        ...ref("date"),
        description: "The day these terms take effect (default: term.start). Reports judge each assessment window under the committed revision with the latest effective date on or before the window's start (SPEC \xA716).",
        examples: ["2024-07-01"]
      },
      review: {
        type: "object",
        description: "The planned review cycle; the next review is due at last + every.",
        required: ["every"],
        additionalProperties: false,
        properties: {
          every: { ...ref("calendarInterval"), description: "Review interval." },
          last: { ...ref("date"), description: "Date of the last review (default: the term start)." }
        }
      },
      calendar: { ...ref("name"), description: "Default service hours of the targets (default 24x7)." },
      timezone: {
        ...ref("timezone"),
        description: "The agreement's time zone: periods, assessment windows, which period a ticket was opened in, and local times in reports (default: the calendar's zone, else UTC; the built-in 24x7 takes this zone).",
        examples: ["Asia/Shanghai"]
      },
      locale: {
        ...ref("locale"),
        description: "The language of this agreement's Markdown and HTML reports (words, numbers, dates, money) unless `slm report --locale` names one; default: reports.locale of slm.config.yaml, else en. JSON reports never change with it."
      },
      fee: {
        type: "object",
        description: "The fee service credits are computed from.",
        required: ["amount", "currency"],
        additionalProperties: false,
        properties: {
          amount: { type: "number", minimum: 0, description: "Amount per `per`.", examples: [12e3] },
          currency: {
            type: "string",
            pattern: "^[A-Z]{3}$",
            description: "ISO 4217 code.",
            examples: ["EUR"]
          },
          per: { enum: ["month", "quarter", "year"], description: "Fee period (default month)." }
        }
      },
      creditCap: {
        ...ref("percentage"),
        description: "Cap on credits per window, as a share of the fee (default 100%)."
      },
      contract: {
        type: "object",
        description: "Contract details, mostly for UCs.",
        additionalProperties: false,
        properties: {
          reference: { type: "string", description: "Contract reference.", examples: ["HC-2024-17"] },
          noticePeriod: { ...ref("calendarInterval"), description: "Notice needed before the term end." },
          autoRenew: { type: "boolean", description: "Whether the contract renews itself." },
          claimWithin: {
            ...ref("calendarInterval"),
            description: "UC: how long after an assessment window's last day a service credit may be claimed (the claim deadline of `slm credits`).",
            examples: ["30d"]
          }
        }
      },
      severity: {
        type: "object",
        description: "Breach severity by error budget consumed: up to minor \u2192 minor, up to major \u2192 major, else critical.",
        additionalProperties: false,
        properties: {
          minor: { ...ref("budgetPercentage"), description: "Upper bound of a minor breach (default 150%)." },
          major: { ...ref("budgetPercentage"), description: "Upper bound of a major breach (default 300%)." }
        }
      },
      scope: dimensionFilter("Whose rows count: applies to every target whose source maps the dimension (others are measured for the whole service).", { customer: "acme" }),
      workload: {
        type: "array",
        description: "Workload characteristics agreed with the targets (SPEC \xA715).",
        items: ref("workloadLimit")
      },
      targets: {
        type: "array",
        description: "The service level targets.",
        minItems: 1,
        items: ref("target")
      }
    }
  },
  serviceSpec: {
    type: "object",
    description: "A service of the catalogue.",
    required: ["owner"],
    additionalProperties: false,
    properties: {
      owner: { ...ref("name"), description: "The Party that owns the service." },
      tier: { type: "string", description: "Free text tier (standard, key, special\u2026).", examples: ["key"] },
      description: { type: "string", description: "Free text." },
      dependsOn: {
        type: "array",
        description: "Components this service needs, in series.",
        items: {
          // One schema for both forms: type-specific keywords apply only to their type, so a wrong
          // value gets one clear error instead of the noise of an anyOf.
          type: ["string", "object"],
          description: "A Service name, or { anyOf: [...] }: a redundant group that is up while any member is up.",
          pattern: NAME_PATTERN,
          required: ["anyOf"],
          additionalProperties: false,
          properties: {
            anyOf: { type: "array", description: "The redundant members.", minItems: 2, items: ref("name") }
          },
          examples: ["mail-platform", { anyOf: ["isp-a", "isp-b"] }]
        }
      }
    }
  },
  calendarSpec: {
    type: "object",
    description: "Service hours.",
    required: ["hours"],
    additionalProperties: false,
    properties: {
      timezone: {
        ...ref("timezone"),
        description: "Zone of the wall-clock hours and holidays (default UTC)."
      },
      hours: {
        type: "array",
        description: "Weekly windows of service hours.",
        minItems: 1,
        items: {
          type: "object",
          description: "A window on the given weekdays.",
          required: ["days", "from", "to"],
          additionalProperties: false,
          properties: {
            days: {
              type: "array",
              description: "Weekdays.",
              minItems: 1,
              uniqueItems: true,
              items: { enum: [...WEEKDAYS.slice(1), WEEKDAYS[0]], description: "A weekday." }
            },
            from: { ...ref("timeOfDay"), description: "Start, local time." },
            to: { ...ref("timeOfDayEnd"), description: "End, local time (24:00 for midnight)." }
          }
        }
      },
      holidays: {
        type: "array",
        description: "Days off in the calendar's zone: a date (closed all day) or { date, from, to? } (closed from `from` to `to`, default 24:00). Win over holidaysFrom.",
        uniqueItems: true,
        items: {
          // One schema for both forms (as dependsOn): object keywords apply only to the mapping.
          type: ["string", "object"],
          slmValue: "date-or-entry",
          description: "A date YYYY-MM-DD, or a part-day holiday { date, from, to? }.",
          pattern: "^\\d{4}-\\d{2}-\\d{2}$",
          required: ["date", "from"],
          additionalProperties: false,
          properties: {
            date: { ...ref("date"), description: "The day." },
            from: { ...ref("timeOfDay"), description: "Closed from this local time." },
            to: { ...ref("timeOfDayEnd"), description: "Closed until this local time (default 24:00)." }
          },
          examples: ["2024-10-01", { date: "2024-12-24", from: "12:00" }]
        }
      },
      workdays: {
        type: "array",
        description: "Extra working days (make-up working days such as China's \u8C03\u4F11, a working Saturday): a date (with the hours of `workdayAs`) or { date, from, to }. Win over holidaysFrom.",
        uniqueItems: true,
        items: {
          type: ["string", "object"],
          slmValue: "date-or-entry",
          description: "A date YYYY-MM-DD, or { date, from, to } with the day's own hours.",
          pattern: "^\\d{4}-\\d{2}-\\d{2}$",
          required: ["date", "from", "to"],
          additionalProperties: false,
          properties: {
            date: { ...ref("date"), description: "The day." },
            from: { ...ref("timeOfDay"), description: "Start, local time." },
            to: { ...ref("timeOfDayEnd"), description: "End, local time (24:00 for midnight)." }
          },
          examples: ["2024-02-04", { date: "2024-02-18", from: "09:00", to: "13:00" }]
        }
      },
      workdayAs: {
        enum: [...WEEKDAYS.slice(1), WEEKDAYS[0]],
        description: "Whose hours a plain `workdays` date takes (default mon)."
      },
      holidaysFrom: {
        type: "object",
        description: "Public holidays from a maintained library: chinese-days for CN (with the official make-up working days), date-holidays for every other country (public holidays only). See docs/calendars.md.",
        required: ["country"],
        additionalProperties: false,
        properties: {
          country: {
            type: "string",
            pattern: "^[A-Z]{2}$",
            description: "ISO 3166-1 alpha-2 country code.",
            examples: ["CN", "DE"]
          },
          region: {
            type: "string",
            pattern: "^[A-Za-z0-9]+(-[A-Za-z0-9]+)?$",
            description: "State (ISO 3166-2 subdivision, e.g. BY) and optionally a region below it (BY-KATH); not for CN.",
            examples: ["BY", "BY-KATH"]
          }
        }
      }
    }
  },
  improvementSpec: {
    type: "object",
    description: "An entry of the service improvement plan's register: the cause of a non-conformance of one agreement and the actions taken (SPEC \xA715).",
    required: ["agreement", "raised"],
    additionalProperties: false,
    properties: {
      agreement: value("agreement-ref", {
        type: "string",
        description: "The SLA, OLA or UC it is about, by name; prefix the kind (UC/fibrenet) when agreements of two kinds share the name.",
        pattern: AGREEMENT_REF_PATTERN,
        examples: ["acme-email", "UC/fibrenet-internet"]
      }),
      targets: {
        type: "array",
        description: "The targets of the agreement it addresses; omit when it addresses all of them.",
        minItems: 1,
        uniqueItems: true,
        items: { ...ref("name"), description: "A target name of the agreement." }
      },
      period: value("period", {
        type: ["string", "integer"],
        description: "The period of the non-conformance (2024-05, 2024-Q2, 2024 or a date range); omit when it is not about one period.",
        examples: ["2024-05", "2024-Q2"]
      }),
      raised: { ...ref("date"), description: "The day the improvement was recorded." },
      cause: {
        type: "string",
        description: "The cause of the non-conformance, as analysed.",
        examples: ["Upgrade overran; rollback after mailbox database corruption"]
      },
      owner: { ...ref("name"), description: "The Party responsible for the improvement." },
      status: {
        enum: [...IMPROVEMENT_STATUSES],
        description: "open (default), in-progress, done or cancelled; open and in-progress count as open."
      },
      description: { type: "string", description: "Free text." },
      actions: {
        type: "array",
        description: "The actions taken or planned; an action due before today and not done is overdue.",
        items: {
          type: "object",
          description: "One corrective or preventive action.",
          required: ["text"],
          additionalProperties: false,
          properties: {
            text: { type: "string", minLength: 1, description: "What is to be done." },
            owner: { ...ref("name"), description: "The Party that does it." },
            due: { ...ref("date"), description: "When it is due." },
            done: { ...ref("date"), description: "When it was done; omit while it is not." }
          }
        }
      }
    }
  },
  partySpec: {
    type: "object",
    description: "A customer, team or supplier.",
    additionalProperties: false,
    properties: {
      type: { enum: ["customer", "team", "supplier"], description: "What the party is." },
      description: { type: "string", description: "Free text." },
      contact: {
        type: "object",
        description: "Who to talk to.",
        additionalProperties: false,
        properties: {
          name: { type: "string", description: "Contact name." },
          email: { type: "string", description: "Contact e-mail.", examples: ["slm@example.com"] }
        }
      }
    }
  },
  dataSourceSpec: {
    type: "object",
    description: "Where measurements come from and how to read the CSV export.",
    // A preset supplies the type and the columns.
    if: { properties: { preset: { description: "A preset is given." } }, required: ["preset"] },
    else: {
      properties: {
        type: { description: "Required without a preset." },
        columns: { description: "Required without a preset." }
      },
      required: ["type", "columns"]
    },
    additionalProperties: false,
    properties: {
      preset: {
        enum: PRESET_NAMES,
        description: "Settings of a known export (columns, values, timestampFormat, missing, dedupe, encoding): the document's own keys win, columns and values merge field by field.",
        examples: ["servicenow-incidents"]
      },
      type: { enum: [...DATA_SOURCE_TYPES], description: "What the rows are (a preset implies it)." },
      layout: {
        enum: ["tickets", "events"],
        description: "tickets: one row per ticket (default); events: one row per update of a ticket (maps state and updated; pauses and stops from states)."
      },
      states: {
        type: "object",
        description: "layout: events only: ticket states that pause the resolution clock, and states that stop it.",
        additionalProperties: false,
        properties: {
          paused: {
            type: "array",
            description: "States in which the resolution clock is paused (e.g. Awaiting User Info).",
            items: { type: ["string", "number"] },
            examples: [["Awaiting User Info", "Awaiting Vendor"]]
          },
          stopped: {
            type: "array",
            description: "States that stop the clock: the stop is the start of the ticket's last run of them. Used only when resolved is not mapped.",
            items: { type: ["string", "number"] },
            examples: [["Resolved", "Closed"]]
          }
        }
      },
      path: value("repository-path", {
        type: "string",
        minLength: 1,
        description: "Glob relative to the repository root (it may not leave the repository).",
        examples: ["data/*.csv"]
      }),
      encoding: value("encoding", {
        type: "string",
        description: "Character encoding of the files, a WHATWG name (default utf-8): gb18030, gbk, big5, shift_jis, windows-1252, iso-8859-1, utf-16le, utf-16be\u2026",
        examples: ["gb18030", "windows-1252"]
      }),
      header: {
        type: "boolean",
        description: "Whether the first row holds the column names (default true); false: columns are 1-based positions."
      },
      delimiter: value("delimiter", {
        type: "string",
        minLength: 1,
        maxLength: 1,
        description: "Field delimiter (default ','): one ASCII character, not a quote or line break."
      }),
      timezone: { ...ref("timezone"), description: "Zone of timestamps without an offset (default UTC)." },
      timestampFormat: {
        ...ref("timestampFormat"),
        description: "date-fns pattern of the timestamps (default ISO 8601)."
      },
      locale: {
        type: "string",
        minLength: 2,
        description: "Locale of month and day names in timestamps, a date-fns locale code (default en).",
        examples: ["de", "en-GB", "fr"]
      },
      missing: {
        type: "array",
        description: `Cell values meaning 'no value' (default [""]).`,
        items: { type: "string" }
      },
      dedupe: {
        enum: ["none", "first", "last"],
        description: "Rows sharing an id: keep all, the first or the last."
      },
      maxGap: {
        ...ref("duration"),
        description: "checks only: a longer silence between samples is unknown time."
      },
      service: {
        ...ref("name"),
        description: "The single service this export concerns (instead of a service column)."
      },
      constants: {
        type: "object",
        description: "Fields set to the same value on every row (a service, a customer, a priority).",
        propertyNames: { pattern: FIELD_NAME_PATTERN },
        additionalProperties: { type: ["string", "number", "boolean"], description: "The value." },
        examples: [{ customer: "acme" }]
      },
      where: dimensionFilter("Rows to read: a row whose mapped values do not match is not part of the export (not a skipped row).", { event: "Down" }),
      columns: {
        type: "object",
        description: "Field \u2192 column. Fields the type does not read are dimensions (customer, site\u2026) for scope and where.",
        propertyNames: {
          pattern: FIELD_NAME_PATTERN,
          description: "A field name: a lowercase letter, then letters and digits."
        },
        properties: Object.fromEntries(COLUMN_FIELDS.map(([field, text]) => [field, column(text)])),
        additionalProperties: column("A dimension: its cells are text after missing and values.")
      },
      warehouse: {
        type: "object",
        description: "metrics only: the raw event table the metrics rows are aggregated from; `slm sql` prints the query (docs/warehouse.md).",
        additionalProperties: false,
        required: ["timestamp", "good"],
        properties: {
          table: {
            type: "string",
            minLength: 1,
            description: "The event table; dotted parts are quoted one by one (project.dataset.events). Not with engine: duckdb, which reads path.",
            examples: ["events", "analytics.http_requests"]
          },
          timestamp: {
            type: "string",
            minLength: 1,
            description: "Column of the event instant (a timestamp in UTC, or with a zone).",
            examples: ["event_time"]
          },
          service: {
            type: "string",
            minLength: 1,
            description: "Column of the service name (required when columns maps service).",
            examples: ["service"]
          },
          good: {
            type: "string",
            minLength: 1,
            description: "A boolean SQL expression over the table's columns that is true for a good event (a probe up, a request served). Trusted SQL from the repository: one expression, no ; and no comments.",
            examples: ["status_code < 500", "status = 'up'"]
          },
          latency: {
            type: "string",
            minLength: 1,
            description: "Column of a latency in milliseconds, for latency targets.",
            examples: ["duration_ms"]
          },
          bucket: {
            ...ref("duration"),
            description: "Bucket length, whole seconds (default 5m); buckets are also cut at every service-hours edge."
          }
        }
      },
      engine: {
        enum: ["duckdb"],
        description: "duckdb: slm report runs the warehouse query itself on embedded DuckDB over the Parquet or CSV files of path (npm install @duckdb/node-api)."
      },
      values: {
        type: "object",
        description: "Recoding of cell values, per field: cell value \u2192 value.",
        additionalProperties: {
          type: "object",
          description: "Cell value \u2192 value.",
          additionalProperties: { type: ["string", "number", "boolean"], description: "Recoded value." }
        }
      }
    }
  }
};
function partial(schema) {
  const { required: _required, minItems: _minItems, ...rest } = schema;
  if (rest.properties && typeof rest.properties === "object") {
    rest.properties = Object.fromEntries(Object.entries(rest.properties).map(([k, v]) => [k, partial(v)]));
  }
  return rest;
}
var agreementSpec = DEFS.agreementSpec;
var agreementProperties = agreementSpec.properties;
var targetProperties = DEFS.target.properties;
DEFS.templateTarget = {
  type: "object",
  description: "A target of a template: a complete target, or an override of an inherited one (its name and the fields that change), or `remove: true` to drop an inherited one.",
  required: ["name"],
  additionalProperties: false,
  properties: {
    ...targetProperties,
    remove: {
      type: "boolean",
      description: "Drops the inherited target of this name."
    }
  }
};
DEFS.templateSpec = {
  type: "object",
  description: "The shared part of agreements: any agreement field (all optional here; the agreement that extends it must end up complete), plus the kinds that may extend it.",
  additionalProperties: false,
  properties: {
    applies: {
      type: "array",
      description: "The kinds that may extend this template (default SLA, OLA, UC).",
      minItems: 1,
      uniqueItems: true,
      items: { enum: ["SLA", "OLA", "UC"], description: "An agreement kind." },
      examples: [["SLA"]]
    },
    ...Object.fromEntries(Object.entries(agreementProperties).map(([k, v]) => [
      k,
      k === "targets" ? {
        type: "array",
        description: "Targets merged by name into those inherited (overrides, removals, new targets).",
        items: ref("templateTarget")
      } : k === "extends" ? {
        ...v,
        description: "Templates this template builds on, merged in order before its own fields."
      } : partial(v)
    ]))
  }
};
function publishedAgreementSpec(spec) {
  const properties = spec.properties;
  const known = (names) => Object.fromEntries(names.map((n) => [n, { description: "Required unless the agreement extends templates." }]));
  const strictly = (name) => {
    const required2 = properties[name].required ?? [];
    return {
      type: "object",
      description: "Without templates, as required for every agreement.",
      required: required2,
      properties: known(required2)
    };
  };
  const required = spec.required ?? [];
  return {
    ...partial(spec),
    properties: Object.fromEntries(Object.entries(properties).map(([k, v]) => [
      k,
      k === "targets" ? { ...partial(v), items: ref("templateTarget") } : k === "extends" ? v : partial(v)
    ])),
    if: { required: ["extends"], properties: { extends: true } },
    else: {
      required,
      properties: {
        ...known(required),
        term: strictly("term"),
        review: strictly("review"),
        fee: strictly("fee"),
        // Without templates, a target is a complete target: no override, no `remove`.
        targets: {
          type: "array",
          description: "Without templates: at least one target, each complete.",
          minItems: 1,
          items: ref("target")
        }
      }
    }
  };
}

// dist/schema/examples.js
var KIND_EXAMPLES = {
  Service: {
    apiVersion: "slm/v1",
    kind: "Service",
    metadata: { name: "email", displayName: "Corporate e-mail" },
    spec: {
      owner: "messaging-team",
      tier: "key",
      dependsOn: ["mail-platform", { anyOf: ["isp-a", "isp-b"] }]
    }
  },
  Calendar: {
    apiVersion: "slm/v1",
    kind: "Calendar",
    metadata: { name: "business-hours-de" },
    spec: {
      timezone: "Europe/Berlin",
      hours: [{ days: ["mon", "tue", "wed", "thu", "fri"], from: "08:00", to: "18:00" }],
      holidays: [{ date: "2024-12-24", from: "12:00" }, "2024-12-25", "2024-12-26"]
    }
  },
  Party: {
    apiVersion: "slm/v1",
    kind: "Party",
    metadata: { name: "acme", displayName: "ACME Corp" },
    spec: { type: "customer", contact: { name: "Jane Doe", email: "jane@acme.example" } }
  },
  SLA: {
    apiVersion: "slm/v1",
    kind: "SLA",
    metadata: { name: "acme-email" },
    spec: {
      service: "email",
      provider: "it-services",
      customer: "acme",
      term: { start: "2024-01-01", end: "2025-12-31" },
      review: { every: "1y", last: "2024-01-15" },
      calendar: "business-hours-de",
      targets: [
        { name: "availability", metric: "availability", objective: "99.9%", calendar: "24x7" },
        { name: "p1-response", metric: "response-time", priority: "P1", threshold: "15m", objective: "95%" }
      ]
    }
  },
  OLA: {
    apiVersion: "slm/v1",
    kind: "OLA",
    metadata: { name: "mail-platform-ops" },
    spec: {
      service: "mail-platform",
      provider: "messaging-team",
      customer: "it-services",
      term: { start: "2024-01-01" },
      review: { every: "1y" },
      targets: [
        {
          name: "p1-fix",
          metric: "resolution-time",
          priority: "P1",
          threshold: "2h",
          objective: "95%",
          supports: ["acme-email/p1-resolution"]
        }
      ]
    }
  },
  UC: {
    apiVersion: "slm/v1",
    kind: "UC",
    metadata: { name: "cloudhost-hosting" },
    spec: {
      service: "hosting",
      provider: "cloudhost",
      customer: "it-services",
      term: { start: "2024-01-01", end: "2026-12-31" },
      contract: { reference: "HC-2024-17", noticePeriod: "3mo", autoRenew: true },
      targets: [{ name: "availability", metric: "availability", objective: "99.95%" }]
    }
  },
  DataSource: {
    apiVersion: "slm/v1",
    kind: "DataSource",
    metadata: { name: "servicenow" },
    spec: {
      type: "tickets",
      path: "data/incidents/*.csv",
      columns: {
        id: "number",
        service: "cmdb_ci",
        priority: "priority",
        opened: "opened_at",
        resolved: "resolved_at"
      },
      values: { priority: { "1 - Critical": "P1", "2 - High": "P2" } }
    }
  },
  Improvement: {
    apiVersion: "slm/v1",
    kind: "Improvement",
    metadata: { name: "acme-email-2024-05-upgrade" },
    spec: {
      agreement: "acme-email",
      targets: ["availability"],
      period: "2024-05",
      raised: "2024-06-03",
      cause: "Upgrade overran; rollback after mailbox database corruption",
      owner: "messaging-team",
      status: "in-progress",
      actions: [
        {
          text: "Rehearse upgrades on a copy of production",
          owner: "messaging-team",
          due: "2024-07-15",
          done: "2024-07-10"
        }
      ]
    }
  },
  Template: {
    apiVersion: "slm/v1",
    kind: "Template",
    metadata: { name: "gold" },
    spec: {
      applies: ["SLA"],
      calendar: "business-hours-de",
      review: { every: "1y" },
      creditCap: "50%",
      targets: [
        {
          name: "availability",
          metric: "availability",
          objective: "99.9%",
          credits: [{ below: "99.9%", credit: "10%" }]
        },
        { name: "p1-response", metric: "response-time", priority: "P1", threshold: "15m", objective: "95%" }
      ]
    }
  }
};

// dist/schema/publish.js
function publish(schema) {
  return transform(schema);
}
var TRIM = (body) => `^\\s*(${body})\\s*$`;
var TIME2 = "([01]\\d|2[0-3]):[0-5]\\d";
var DECIMAL = "\\d+(\\.\\d+)?";
var DURATION = `(${DECIMAL}(ms|s|m|h|d|w))+|P(?!T?\\s*$)(${DECIMAL}W)?(${DECIMAL}D)?(T(?=\\d)(${DECIMAL}H)?(${DECIMAL}M)?(${DECIMAL}S)?)?`;
var DATE_FORMS = [
  { type: "string", pattern: TRIM("\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])") },
  {
    type: "object",
    maxProperties: 0,
    description: "An unquoted date as js-yaml (YAML 1.1 timestamps) reads it: a Date object."
  },
  {
    not: {
      anyOf: [
        { type: "string" },
        { type: "number" },
        { type: "boolean" },
        { type: "null" },
        { type: "array" },
        { type: "object" }
      ]
    },
    description: "An unquoted date as other YAML 1.1 loaders (PyYAML) read it: a native date, no JSON type."
  }
];
var VALUE_SCHEMAS = {
  percentage: () => ({
    anyOf: [
      { type: "number", minimum: 0, maximum: 100 },
      { type: "string", pattern: TRIM("((0?\\d)?\\d(\\.\\d{1,7})?|100(\\.0{1,7})?)\\s*%?") }
    ]
  }),
  "percentage-over-100": () => ({
    anyOf: [
      { type: "number", minimum: 0, exclusiveMaximum: 1e3 },
      { type: "string", pattern: TRIM("\\d{1,3}(\\.\\d{1,7})?\\s*%?") }
    ]
  }),
  duration: () => ({ type: "string", pattern: TRIM(DURATION) }),
  // A duration or business days; a satisfaction target's score is a number (SPEC §15).
  threshold: () => ({
    anyOf: [{ type: "string", pattern: TRIM(`${DURATION}|\\d{1,4}\\s*bd`) }, { type: "number" }]
  }),
  limit: () => ({
    anyOf: [
      { type: "number" },
      { type: "string", pattern: TRIM("-?\\d+(\\.\\d+)?\\s*(ms|s|m|h|%|B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)?") }
    ]
  }),
  "calendar-interval": () => ({
    type: "string",
    pattern: TRIM("(?=\\d)(\\d+y)?(\\d+mo)?(\\d+w)?(\\d+d)?|P(?=\\d)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?")
  }),
  date: () => ({ anyOf: DATE_FORMS }),
  // A date, or the mapping the node describes ({ date, from, to }).
  "date-or-entry": (node) => ({
    anyOf: [
      ...DATE_FORMS.slice(0, 1),
      { type: "object", ...pick(node, TYPE_KEYWORDS.object) },
      ...DATE_FORMS.slice(1)
    ]
  }),
  "time-of-day": () => ({ type: "string", pattern: TRIM(TIME2) }),
  "time-of-day-end": () => ({ type: "string", pattern: TRIM(`${TIME2}|24:00`) }),
  timezone: () => ({ type: "string", pattern: TRIM("UTC|[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*") }),
  name: () => ({ type: "string", pattern: NAME_PATTERN })
};
var TYPE_KEYWORDS = {
  string: ["pattern", "minLength", "maxLength", "format"],
  number: ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"],
  integer: ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"],
  object: [
    "properties",
    "required",
    "additionalProperties",
    "patternProperties",
    "propertyNames",
    "minProperties",
    "maxProperties",
    "dependentRequired",
    "dependentSchemas"
  ],
  array: ["items", "prefixItems", "minItems", "maxItems", "uniqueItems", "contains"],
  boolean: [],
  null: []
};
var TYPED = new Set(Object.values(TYPE_KEYWORDS).flat());
function transform(node) {
  if (Array.isArray(node))
    return node.map(transform);
  if (!node || typeof node !== "object")
    return node;
  const n = node;
  if (typeof n.slmValue === "string")
    return valueSchema(n);
  if (Array.isArray(n.type))
    return splitUnion(n);
  const out = {};
  for (const [key, v] of Object.entries(n))
    out[key] = key === "examples" || key === "default" ? v : transform(v);
  return out;
}
function valueSchema(node) {
  const { slmValue, ...hints } = node;
  const published = VALUE_SCHEMAS[slmValue];
  if (!published)
    return transform(hints);
  const annotations = {};
  for (const [key, v] of Object.entries(hints))
    if (key !== "type" && !TYPED.has(key))
      annotations[key] = v;
  return { ...annotations, ...transform(published(node)) };
}
function pick(node, keys) {
  return Object.fromEntries(keys.filter((k) => k in node).map((k) => [k, node[k]]));
}
function splitUnion(node) {
  const types = node.type;
  const shared = {};
  for (const [key, v] of Object.entries(node))
    if (key !== "type" && !TYPED.has(key))
      shared[key] = v;
  const branches = types.map((t) => {
    const branch = { type: t };
    for (const key of TYPE_KEYWORDS[t] ?? [])
      if (key in node)
        branch[key] = transform(node[key]);
    return branch;
  });
  return { ...transform(shared), anyOf: branches };
}

// dist/schema/schemas.js
var SCHEMA_BASE = "https://slm.dev/schemas/";
var DRAFT = "https://json-schema.org/draft/2020-12/schema";
var KIND_SCHEMA_FILES = {
  Service: "service.schema.json",
  Calendar: "calendar.schema.json",
  Party: "party.schema.json",
  SLA: "sla.schema.json",
  OLA: "ola.schema.json",
  UC: "uc.schema.json",
  DataSource: "datasource.schema.json",
  Improvement: "improvement.schema.json",
  Template: "template.schema.json"
};
var CONFIG_SCHEMA_FILE = "slm-config.schema.json";
var DOCUMENT_SCHEMA_FILE = "document.schema.json";
var SPEC_DEF = {
  Service: "serviceSpec",
  Calendar: "calendarSpec",
  Party: "partySpec",
  SLA: "agreementSpec",
  OLA: "agreementSpec",
  UC: "agreementSpec",
  DataSource: "dataSourceSpec",
  Improvement: "improvementSpec",
  Template: "templateSpec"
};
var KIND_TITLES = {
  Service: "A service of the catalogue, with the components it depends on.",
  Calendar: "Service hours: weekly windows, time zone and holidays.",
  Party: "A customer, internal team or external supplier.",
  SLA: "Service Level Agreement with a customer.",
  OLA: "Operational Level Agreement with an internal team, underpinning SLAs.",
  UC: "Underpinning Contract with an external supplier, underpinning SLAs.",
  DataSource: "A measurement export (CSV) and how to read it.",
  Improvement: "An entry of the service improvement plan: a non-conformance's cause and the actions taken.",
  Template: "A service level package: the shared part of agreements (a tier, a corporate level) that SLAs, OLAs and UCs extend (SPEC \xA721)."
};
function kindBody(kind) {
  return {
    type: "object",
    description: KIND_TITLES[kind],
    required: ["apiVersion", "kind", "metadata", "spec"],
    additionalProperties: false,
    properties: {
      apiVersion: { const: API_VERSION, description: "Version of the slm document format." },
      kind: { const: kind, description: "The kind of document." },
      metadata: ref("metadata"),
      spec: ref(SPEC_DEF[kind])
    },
    examples: [KIND_EXAMPLES[kind]]
  };
}
function definitions(options) {
  if (options.runtime)
    return DEFS;
  const defs = withDefaults(DEFS);
  defs.agreementSpec = publishedAgreementSpec(defs.agreementSpec);
  for (const [name, def] of Object.entries(defs))
    defs[name] = { title: titleOf(name), ...def };
  return defs;
}
function finish(schema, options) {
  return options.runtime ? schema : publish(schema);
}
function kindSchema(kind, options = {}) {
  const body = kindBody(kind);
  return finish({
    $schema: DRAFT,
    $id: SCHEMA_BASE + KIND_SCHEMA_FILES[kind],
    title: `slm ${kind}`,
    ...body,
    $defs: bundle(body, definitions(options))
  }, options);
}
function configSchema(options = {}) {
  const strings = (description, defaults, examples) => ({
    type: "array",
    description,
    items: { type: "string", minLength: 1, description: "A glob relative to the repository root." },
    default: defaults,
    examples
  });
  const config = defaultConfig();
  return finish({
    $schema: DRAFT,
    $id: SCHEMA_BASE + CONFIG_SCHEMA_FILE,
    title: "slm.config.yaml",
    description: "Repository configuration of slm: which files are agreements and where reports go.",
    type: "object",
    additionalProperties: false,
    properties: {
      include: strings("Globs of the YAML files holding slm documents.", config.include, [
        ["**/*.yaml", "**/*.yml"]
      ]),
      exclude: strings("Globs excluded from `include` (added to the built-in ignores).", config.exclude, [
        ["reports/**"]
      ]),
      reports: {
        type: "object",
        description: "Defaults of `slm report`.",
        additionalProperties: false,
        properties: {
          out: {
            type: "string",
            minLength: 1,
            description: 'Output directory, inside the repository (relative, no ".."); `slm report --out DIR` writes elsewhere.',
            default: config.reports.out,
            examples: ["reports"],
            pattern: "^(?![\\\\/]|[A-Za-z]:)(?!(.*[\\\\/])?\\.\\.([\\\\/]|$))",
            slmValue: "repository-path"
          },
          format: {
            enum: ["md", "html", "json"],
            description: "Report format.",
            default: config.reports.format
          },
          trend: {
            type: "integer",
            minimum: 0,
            description: "Number of past periods in the trend.",
            default: config.reports.trend,
            examples: [6]
          },
          locale: {
            ...DEFS.locale,
            description: "Language of Markdown and HTML reports, KPI and coverage Markdown, unless `--locale` or the agreement's `spec.locale` names one (default en)."
          }
        }
      },
      rules: {
        type: "object",
        description: "Severity per diagnostic code (docs/diagnostics.md): off, info, warning or error. Warnings and infos may be changed or turned off; errors may not be lowered.",
        additionalProperties: {
          enum: ["off", "info", "warning", "error"],
          description: "The level of this rule's findings."
        },
        examples: [{ "review/missing": "off", "review/overdue": "error" }]
      }
    },
    examples: [
      {
        include: ["**/*.yaml"],
        exclude: ["reports/**"],
        reports: { out: "reports", format: "md", trend: 6 }
      }
    ]
  }, options);
}
function documentSchema(options = {}) {
  const kindDefs = Object.fromEntries(KINDS.map((k) => [
    `${k}Document`,
    options.runtime ? kindBody(k) : { title: `slm ${k} document`, ...kindBody(k) }
  ]));
  const defs = definitions(options);
  return finish({
    $schema: DRAFT,
    $id: SCHEMA_BASE + DOCUMENT_SCHEMA_FILE,
    title: "slm document",
    description: "Any slm document; the schema of its `kind` applies.",
    type: "object",
    required: ["apiVersion", "kind"],
    properties: {
      apiVersion: { const: API_VERSION, description: "Version of the slm document format." },
      kind: { enum: [...KINDS], description: "The kind of document." }
    },
    allOf: KINDS.map((k) => ({
      if: { properties: { kind: { const: k } }, required: ["kind"] },
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then, not a thenable
      then: ref(`${k}Document`)
    })),
    examples: [KIND_EXAMPLES.SLA],
    $defs: {
      ...Object.fromEntries(Object.keys(defs).sort().map((k) => [k, defs[k]])),
      ...kindDefs
    }
  }, options);
}
function bundle(root, defs) {
  const needed = /* @__PURE__ */ new Set();
  const visit = (node) => {
    if (Array.isArray(node)) {
      for (const n of node)
        visit(n);
    } else if (node && typeof node === "object") {
      for (const [key, v] of Object.entries(node)) {
        if (key === "$ref" && typeof v === "string" && v.startsWith("#/$defs/")) {
          const name = v.slice("#/$defs/".length);
          if (!needed.has(name)) {
            needed.add(name);
            visit(defs[name]);
          }
        } else if (key !== "examples") {
          visit(v);
        }
      }
    }
  };
  visit(root);
  return Object.fromEntries([...needed].sort().map((name) => [name, defs[name]]));
}

export {
  parseAgreementRef,
  agreementRefText,
  parseEncoding,
  parseLimit,
  parseColumnUnit,
  VALUE_PARSERS,
  KIND_SCHEMA_FILES,
  CONFIG_SCHEMA_FILE,
  DOCUMENT_SCHEMA_FILE,
  kindSchema,
  configSchema,
  documentSchema
};
