import { LOCALES } from "../core/locale.js";
import { PRESET_NAMES } from "../core/data-source-presets.js";
import {
  DATA_SOURCE_TYPES,
  DURATION_UNITS,
  FIELD_NAME_PATTERN,
  IMPROVEMENT_STATUSES,
  METRICS,
  THRESHOLD_OPS,
  WEEKDAYS,
  WORKLOAD_MEASURES,
} from "../core/model.js";
import { LIMIT_UNITS } from "../core/values/limit.js";
import { AGREEMENT_REF_PATTERN } from "../core/values/agreement-ref.js";
import { NAME_PATTERN, type ValueKind } from "./value-kinds.js";

/**
 * The shared building blocks of the kind schemas. Written once here and bundled into every
 * self-contained file in schemas/ (editors resolve `#/$defs/...` without a network or a second
 * file). `slmValue` is slm's own keyword: ajv runs the value parser; editors ignore it and fall
 * back to the `pattern`, which is only a hint (the parser is the authority).
 */
export type JsonSchema = { [key: string]: unknown };

const ref = (name: string): JsonSchema => ({ $ref: `#/$defs/${name}` });

export { ref };

function value(kind: ValueKind, schema: JsonSchema): JsonSchema {
  return { ...schema, slmValue: kind };
}

const percentage = (description: string, examples: unknown[]): JsonSchema =>
  value("percentage", {
    type: ["number", "string"],
    description,
    pattern: "^\\d{1,3}(\\.\\d{1,7})?\\s*%?$",
    minimum: 0,
    maximum: 100,
    examples,
  });

const column = (description: string): JsonSchema => ({ ...ref("column"), description });

/** A dimension filter (agreement `scope`, target and DataSource `where`): dimension → a value or a list. */
const dimensionFilter = (description: string, example: unknown): JsonSchema => ({
  type: "object",
  description,
  propertyNames: { pattern: FIELD_NAME_PATTERN },
  additionalProperties: {
    type: ["string", "number", "array"],
    description: "The accepted value, or a list of accepted values.",
    minItems: 1,
    items: { type: ["string", "number"], description: "An accepted value." },
  },
  examples: [example],
});

/** Every field any DataSource type reads (which ones a type requires is a semantic check). */
const COLUMN_FIELDS: [string, string][] = [
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
    "checks: header of the up/down status; events: header of the run's outcome (only ok or success, after recoding, counts).",
  ],
  ["latency", "checks: header of the latency in milliseconds."],
  ["metric", "metrics: header of the metric name."],
  ["good", "metrics: header of the good count."],
  ["total", "metrics: header of the total count."],
  ["score", "surveys: header of the response's score (a number)."],
  ["ticket", "surveys: header of the ticket the response is about (optional)."],
];

const TIME = "([01]\\d|2[0-3]):[0-5]\\d";

export const DEFS: Record<string, JsonSchema> = {
  name: value("name", {
    type: "string",
    description: "A name: 1–63 lowercase letters, digits or '-', starting and ending with a letter or digit.",
    pattern: NAME_PATTERN,
    examples: ["acme-email"],
  }),
  percentage: percentage("A percentage: 99.9% or a number 0–100 (99.9).", ["99.9%", 99.5]),
  budgetPercentage: value("percentage-over-100", {
    type: ["number", "string"],
    description: "A share of the error budget; may exceed 100% (150% = one and a half budgets).",
    pattern: "^\\d{1,5}(\\.\\d{1,7})?\\s*%?$",
    minimum: 0,
    examples: ["150%"],
  }),
  duration: value("duration", {
    type: "string",
    description: "A duration: 30s, 15m, 4h, 1h30m, 2d, 1w, 500ms, or ISO 8601 (PT15M, P1D).",
    pattern:
      "^((\\d+(\\.\\d+)?(ms|s|m|h|d|w))+|P(\\d+(\\.\\d+)?W)?(\\d+(\\.\\d+)?D)?(T(\\d+(\\.\\d+)?H)?(\\d+(\\.\\d+)?M)?(\\d+(\\.\\d+)?S)?)?)$",
    examples: ["15m", "4h", "500ms", "PT15M"],
  }),
  threshold: value("threshold", {
    type: ["string", "number"],
    description:
      "A threshold: a duration (30s, 15m, 4h, 1h30m, 2d, 500ms, PT15M), business days (3bd: until the same time of day on the 3rd following service day), or a survey score (a number, satisfaction only).",
    pattern:
      "^((\\d+(\\.\\d+)?(ms|s|m|h|d|w))+|\\d+\\s*bd|P(\\d+(\\.\\d+)?W)?(\\d+(\\.\\d+)?D)?(T(\\d+(\\.\\d+)?H)?(\\d+(\\.\\d+)?M)?(\\d+(\\.\\d+)?S)?)?)$",
    examples: ["15m", "4h", "2bd", "500ms"],
  }),
  limit: value("limit", {
    type: ["number", "string"],
    description:
      "A number with an optional unit: ms, s, m, h; %; B, KB, MB, GB, TB (decimal), KiB, MiB, GiB, TiB (binary).",
    pattern: "^-?\\d+(\\.\\d+)?\\s*(ms|s|m|h|%|B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)?$",
    examples: ["20GB", "80%", "500ms", 1000],
  }),
  calendarInterval: value("calendar-interval", {
    type: "string",
    description: "A calendar interval: 1y, 6mo, 90d, 2w, or ISO 8601 (P1Y, P6M).",
    pattern: "^((\\d+y)?(\\d+mo)?(\\d+w)?(\\d+d)?|P(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?)$",
    examples: ["1y", "6mo", "P1Y"],
  }),
  date: value("date", {
    type: "string",
    description: "A calendar date YYYY-MM-DD (it must exist: no February 30).",
    pattern: "^\\d{4}-\\d{2}-\\d{2}$",
    examples: ["2024-01-01"],
  }),
  timeOfDay: value("time-of-day", {
    type: "string",
    description: "A wall-clock time HH:MM, 24 h.",
    pattern: `^${TIME}$`,
    examples: ["08:00"],
  }),
  timeOfDayEnd: value("time-of-day-end", {
    type: "string",
    description: "A wall-clock time HH:MM, 24 h; 24:00 ends a day.",
    pattern: `^(${TIME}|24:00)$`,
    examples: ["18:00", "24:00"],
  }),
  timezone: value("timezone", {
    type: "string",
    description: "An IANA time zone name.",
    minLength: 1,
    examples: ["Europe/Berlin", "UTC"],
  }),
  locale: {
    enum: [...LOCALES],
    description: "A report language: en (English), de (German) or zh-CN (Simplified Chinese).",
    examples: ["zh-CN"],
  },
  column: {
    // One schema for the four forms: type-specific keywords apply only to their type.
    type: ["string", "integer", "object"],
    description:
      "Where a field's cell is: a header name; a 1-based column position (with header: false); { column, format } for a timestamp column written in its own format; or { after, column, unit } for a stop time given as a duration after a start.",
    minLength: 1,
    minimum: 1,
    required: ["column"],
    additionalProperties: false,
    properties: {
      column: {
        type: ["string", "integer"],
        minLength: 1,
        minimum: 1,
        description: "The header name or 1-based position of the cell.",
      },
      format: {
        ...ref("timestampFormat"),
        description: "date-fns pattern of this column's timestamps (overrides timestampFormat).",
      },
      after: {
        type: "string",
        description: "The field the duration counts from (opened for tickets, start for outages).",
        examples: ["opened", "start"],
      },
      unit: {
        enum: Object.keys(DURATION_UNITS),
        description: "Unit of the duration cell: ms, s, m or h (fractions allowed; empty = no stop yet).",
      },
    },
    dependentRequired: { after: ["unit"], unit: ["after"] },
    examples: ["opened_at", 3, { after: "opened", column: "First reply time (min)", unit: "m" }],
  },
  timestampFormat: value("timestamp-format", {
    type: "string",
    minLength: 1,
    description:
      "date-fns pattern of timestamps: yyyy yy M MM MMM MMMM d dd EEE H HH h hh a m mm s ss S… X x, or t / T for epoch seconds / milliseconds; 'quoted' literal text. yy is 2000 + yy.",
    examples: ["d/M/yyyy H:mm", "dd/MMM/yy h:mm a", "t"],
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
        examples: ["ACME Corp — Corporate e-mail"],
      },
      labels: {
        type: "object",
        description: "Free string labels.",
        additionalProperties: { type: "string" },
        examples: [{ tier: "gold" }],
      },
    },
  },
  creditTier: {
    type: "object",
    description:
      "One tier of the service credit schedule: when the value is strictly below `below`, `credit` of the fee is owed.",
    required: ["below", "credit"],
    additionalProperties: false,
    properties: {
      below: {
        ...ref("percentage"),
        description: "The tier applies when the measured value is strictly below this.",
      },
      credit: { ...ref("percentage"), description: "Credit as a share of the fee." },
    },
  },
  workloadLimit: {
    type: "object",
    description:
      "A workload characteristic agreed with the targets (ISO/IEC 20000-1 8.3.3): the demand the provider commits to serve per window. A target bound to it (`workload: NAME`) is excused in a window where it was exceeded.",
    required: ["name", "measure", "max"],
    additionalProperties: false,
    properties: {
      name: { ...ref("name"), description: "Unique within the agreement; targets name it in `workload`." },
      measure: {
        enum: [...WORKLOAD_MEASURES],
        description:
          "tickets: tickets opened in the window, in the agreement's scope; requests: Σ total of a metrics source's rows of the service.",
      },
      priority: {
        type: ["string", "integer"],
        description: "tickets only: count only tickets of this priority.",
        examples: ["P1"],
      },
      metric: {
        type: "string",
        minLength: 1,
        description:
          "requests only: count only the rows whose metric column has this value (default: every row of the service).",
        examples: ["requests"],
      },
      max: {
        type: "integer",
        minimum: 0,
        description: "The most tickets or requests per window the targets are agreed for; more exceeds it.",
        examples: [500],
      },
      per: {
        enum: ["month", "quarter", "year"],
        description: "The window the limit applies to (default month).",
      },
      source: {
        ...ref("name"),
        description:
          "The DataSource counted (tickets: a tickets source, requests: a metrics source); default: the one source of that type serving the agreement's service.",
      },
    },
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
        description: "The level to meet: share of service time or of items.",
      },
      threshold: {
        ...ref("threshold"),
        description:
          "Per-item limit: a ticket or recovery clock (a duration, or business days such as 2bd), a latency, for satisfaction the lowest score that counts as satisfied (a number: a score equal to it is satisfied), or for freshness the age the data may reach (15m: fresh while the latest counting event is at most 15 minutes old). Required for time, latency, satisfaction and freshness metrics.",
      },
      field: {
        type: "string",
        pattern: FIELD_NAME_PATTERN,
        description:
          "metric: threshold only: the numeric field each sample is compared with — a field of the source (latency; good, total) or a column it maps under this name.",
        examples: ["headroom"],
      },
      op: {
        enum: [...THRESHOLD_OPS],
        description:
          "metric: threshold only: how a sample must compare with the limit to meet it (default <=).",
      },
      limit: {
        ...ref("limit"),
        description:
          "metric: threshold only: the limit, a number with an optional unit (ms, s, m, h; %; B, KB, MB, GB, TB, KiB, MiB, GiB, TiB). The column is taken in the limit's unit unless `unit` says otherwise.",
        examples: ["20GB", "80%", "500ms", 1000],
      },
      unit: {
        enum: [...Object.keys(LIMIT_UNITS), "number"],
        description:
          "metric: threshold only: the unit of the column's numbers (default: the limit's unit; latency is ms). It must measure what the limit measures (a size, a duration, a percentage).",
        examples: ["MB"],
      },
      priority: {
        type: ["string", "integer"],
        description: "Ticket metrics only: count only tickets of this priority.",
        examples: ["P1"],
      },
      window: { enum: ["month", "quarter", "year"], description: "Assessment window (default month)." },
      calendar: {
        ...ref("name"),
        description: "Service hours for this target; overrides the agreement's calendar.",
      },
      exclusions: {
        type: "array",
        description: "Outages not held against the target.",
        items: { enum: ["planned"], description: "planned: planned outages are excluded." },
        uniqueItems: true,
      },
      source: {
        ...ref("name"),
        description: "The DataSource to measure from (default: the one whose type fits).",
      },
      components: {
        type: "boolean",
        description:
          "Availability only: outages recorded against the service's components (dependsOn, transitively; a series component down takes the service down, an anyOf group only while all its members are down) count as the service's downtime (default false).",
      },
      credits: {
        type: "array",
        description: "Service credit schedule, tiers with strictly decreasing `below`.",
        items: ref("creditTier"),
      },
      where: dimensionFilter(
        "Only rows whose dimension values match count for this target (every key must match; a list accepts any of its values). Each key must be mapped by the target's source.",
        { site: ["hamburg", "berlin"] },
      ),
      workload: {
        ...ref("name"),
        description:
          "The agreement's workload limit this target is agreed under: in an assessment window where the limit was exceeded the target is excused (no breach, no credit).",
      },
      supports: {
        type: "array",
        description: "OLA/UC only: the SLA targets this target underpins, as <sla-name>/<target-name>.",
        items: {
          type: "string",
          description: "<sla-name>/<target-name>",
          pattern: "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?/[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$",
          examples: ["acme-email/p1-resolution"],
        },
        uniqueItems: true,
      },
    },
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
        description: "The Party that commits (a team for an OLA, a supplier for a UC).",
      },
      customer: {
        ...ref("name"),
        description: "The Party that receives the service (for OLA/UC: the internal consumer).",
      },
      description: { type: "string", description: "Free text shown in reports." },
      extends: {
        type: "array",
        description:
          "Templates (kind: Template) this agreement builds on, merged in order, then the agreement's own fields: mappings key by key, targets by name (an entry naming an inherited target overrides its fields; `remove: true` drops it), other lists replace (SPEC §21).",
        minItems: 1,
        uniqueItems: true,
        items: { ...ref("name"), description: "The name of a Template." },
        examples: [["corporate", "gold"]],
      },
      term: {
        type: "object",
        description: "When the agreement applies.",
        required: ["start"],
        additionalProperties: false,
        properties: {
          start: { ...ref("date"), description: "First day of the agreement." },
          end: { ...ref("date"), description: "Last day of the agreement; omit for open-ended." },
        },
      },
      effective: {
        ...ref("date"),
        description:
          "The day these terms take effect (default: term.start). Reports judge each assessment window under the committed revision with the latest effective date on or before the window's start (SPEC §16).",
        examples: ["2024-07-01"],
      },
      review: {
        type: "object",
        description: "The planned review cycle; the next review is due at last + every.",
        required: ["every"],
        additionalProperties: false,
        properties: {
          every: { ...ref("calendarInterval"), description: "Review interval." },
          last: { ...ref("date"), description: "Date of the last review (default: the term start)." },
        },
      },
      calendar: { ...ref("name"), description: "Default service hours of the targets (default 24x7)." },
      timezone: {
        ...ref("timezone"),
        description:
          "The agreement's time zone: periods, assessment windows, which period a ticket was opened in, and local times in reports (default: the calendar's zone, else UTC; the built-in 24x7 takes this zone).",
        examples: ["Asia/Shanghai"],
      },
      locale: {
        ...ref("locale"),
        description:
          "The language of this agreement's Markdown and HTML reports (words, numbers, dates, money) unless `slm report --locale` names one; default: reports.locale of slm.config.yaml, else en. JSON reports never change with it.",
      },
      fee: {
        type: "object",
        description: "The fee service credits are computed from.",
        required: ["amount", "currency"],
        additionalProperties: false,
        properties: {
          amount: { type: "number", minimum: 0, description: "Amount per `per`.", examples: [12000] },
          currency: {
            type: "string",
            pattern: "^[A-Z]{3}$",
            description: "ISO 4217 code.",
            examples: ["EUR"],
          },
          per: { enum: ["month", "quarter", "year"], description: "Fee period (default month)." },
        },
      },
      creditCap: {
        ...ref("percentage"),
        description: "Cap on credits per window, as a share of the fee (default 100%).",
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
            description:
              "UC: how long after an assessment window's last day a service credit may be claimed (the claim deadline of `slm credits`).",
            examples: ["30d"],
          },
        },
      },
      severity: {
        type: "object",
        description:
          "Breach severity by error budget consumed: up to minor → minor, up to major → major, else critical.",
        additionalProperties: false,
        properties: {
          minor: { ...ref("budgetPercentage"), description: "Upper bound of a minor breach (default 150%)." },
          major: { ...ref("budgetPercentage"), description: "Upper bound of a major breach (default 300%)." },
        },
      },
      scope: dimensionFilter(
        "Whose rows count: applies to every target whose source maps the dimension (others are measured for the whole service).",
        { customer: "acme" },
      ),
      workload: {
        type: "array",
        description: "Workload characteristics agreed with the targets (SPEC §15).",
        items: ref("workloadLimit"),
      },
      targets: {
        type: "array",
        description: "The service level targets.",
        minItems: 1,
        items: ref("target"),
      },
    },
  },
  serviceSpec: {
    type: "object",
    description: "A service of the catalogue.",
    required: ["owner"],
    additionalProperties: false,
    properties: {
      owner: { ...ref("name"), description: "The Party that owns the service." },
      tier: { type: "string", description: "Free text tier (standard, key, special…).", examples: ["key"] },
      description: { type: "string", description: "Free text." },
      dependsOn: {
        type: "array",
        description: "Components this service needs, in series.",
        items: {
          // One schema for both forms: type-specific keywords apply only to their type, so a wrong
          // value gets one clear error instead of the noise of an anyOf.
          type: ["string", "object"],
          description:
            "A Service name, or { anyOf: [...] }: a redundant group that is up while any member is up.",
          pattern: NAME_PATTERN,
          required: ["anyOf"],
          additionalProperties: false,
          properties: {
            anyOf: { type: "array", description: "The redundant members.", minItems: 2, items: ref("name") },
          },
          examples: ["mail-platform", { anyOf: ["isp-a", "isp-b"] }],
        },
      },
    },
  },
  calendarSpec: {
    type: "object",
    description: "Service hours.",
    required: ["hours"],
    additionalProperties: false,
    properties: {
      timezone: {
        ...ref("timezone"),
        description: "Zone of the wall-clock hours and holidays (default UTC).",
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
              items: { enum: [...WEEKDAYS.slice(1), WEEKDAYS[0]], description: "A weekday." },
            },
            from: { ...ref("timeOfDay"), description: "Start, local time." },
            to: { ...ref("timeOfDayEnd"), description: "End, local time (24:00 for midnight)." },
          },
        },
      },
      holidays: {
        type: "array",
        description:
          "Days off in the calendar's zone: a date (closed all day) or { date, from, to? } (closed from `from` to `to`, default 24:00). Win over holidaysFrom.",
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
            to: { ...ref("timeOfDayEnd"), description: "Closed until this local time (default 24:00)." },
          },
          examples: ["2024-10-01", { date: "2024-12-24", from: "12:00" }],
        },
      },
      workdays: {
        type: "array",
        description:
          "Extra working days (make-up working days such as China's 调休, a working Saturday): a date (with the hours of `workdayAs`) or { date, from, to }. Win over holidaysFrom.",
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
            to: { ...ref("timeOfDayEnd"), description: "End, local time (24:00 for midnight)." },
          },
          examples: ["2024-02-04", { date: "2024-02-18", from: "09:00", to: "13:00" }],
        },
      },
      workdayAs: {
        enum: [...WEEKDAYS.slice(1), WEEKDAYS[0]],
        description: "Whose hours a plain `workdays` date takes (default mon).",
      },
      holidaysFrom: {
        type: "object",
        description:
          "Public holidays from a maintained library: chinese-days for CN (with the official make-up working days), date-holidays for every other country (public holidays only). See docs/calendars.md.",
        required: ["country"],
        additionalProperties: false,
        properties: {
          country: {
            type: "string",
            pattern: "^[A-Z]{2}$",
            description: "ISO 3166-1 alpha-2 country code.",
            examples: ["CN", "DE"],
          },
          region: {
            type: "string",
            pattern: "^[A-Za-z0-9]+(-[A-Za-z0-9]+)?$",
            description:
              "State (ISO 3166-2 subdivision, e.g. BY) and optionally a region below it (BY-KATH); not for CN.",
            examples: ["BY", "BY-KATH"],
          },
        },
      },
    },
  },
  improvementSpec: {
    type: "object",
    description:
      "An entry of the service improvement plan's register: the cause of a non-conformance of one agreement and the actions taken (SPEC §15).",
    required: ["agreement", "raised"],
    additionalProperties: false,
    properties: {
      agreement: value("agreement-ref", {
        type: "string",
        description:
          "The SLA, OLA or UC it is about, by name; prefix the kind (UC/fibrenet) when agreements of two kinds share the name.",
        pattern: AGREEMENT_REF_PATTERN,
        examples: ["acme-email", "UC/fibrenet-internet"],
      }),
      targets: {
        type: "array",
        description: "The targets of the agreement it addresses; omit when it addresses all of them.",
        minItems: 1,
        uniqueItems: true,
        items: { ...ref("name"), description: "A target name of the agreement." },
      },
      period: value("period", {
        type: ["string", "integer"],
        description:
          "The period of the non-conformance (2024-05, 2024-Q2, 2024 or a date range); omit when it is not about one period.",
        examples: ["2024-05", "2024-Q2"],
      }),
      raised: { ...ref("date"), description: "The day the improvement was recorded." },
      cause: {
        type: "string",
        description: "The cause of the non-conformance, as analysed.",
        examples: ["Upgrade overran; rollback after mailbox database corruption"],
      },
      owner: { ...ref("name"), description: "The Party responsible for the improvement." },
      status: {
        enum: [...IMPROVEMENT_STATUSES],
        description: "open (default), in-progress, done or cancelled; open and in-progress count as open.",
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
            done: { ...ref("date"), description: "When it was done; omit while it is not." },
          },
        },
      },
    },
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
          email: { type: "string", description: "Contact e-mail.", examples: ["slm@example.com"] },
        },
      },
    },
  },
  dataSourceSpec: {
    type: "object",
    description: "Where measurements come from and how to read the CSV export.",
    // A preset supplies the type and the columns.
    if: { properties: { preset: { description: "A preset is given." } }, required: ["preset"] },
    else: {
      properties: {
        type: { description: "Required without a preset." },
        columns: { description: "Required without a preset." },
      },
      required: ["type", "columns"],
    },
    additionalProperties: false,
    properties: {
      preset: {
        enum: PRESET_NAMES,
        description:
          "Settings of a known export (columns, values, timestampFormat, missing, dedupe, encoding): the document's own keys win, columns and values merge field by field.",
        examples: ["servicenow-incidents"],
      },
      type: { enum: [...DATA_SOURCE_TYPES], description: "What the rows are (a preset implies it)." },
      layout: {
        enum: ["tickets", "events"],
        description:
          "tickets: one row per ticket (default); events: one row per update of a ticket (maps state and updated; pauses and stops from states).",
      },
      states: {
        type: "object",
        description:
          "layout: events only: ticket states that pause the resolution clock, and states that stop it.",
        additionalProperties: false,
        properties: {
          paused: {
            type: "array",
            description: "States in which the resolution clock is paused (e.g. Awaiting User Info).",
            items: { type: ["string", "number"] },
            examples: [["Awaiting User Info", "Awaiting Vendor"]],
          },
          stopped: {
            type: "array",
            description:
              "States that stop the clock: the stop is the start of the ticket's last run of them. Used only when resolved is not mapped.",
            items: { type: ["string", "number"] },
            examples: [["Resolved", "Closed"]],
          },
        },
      },
      path: value("repository-path", {
        type: "string",
        minLength: 1,
        description: "Glob relative to the repository root (it may not leave the repository).",
        examples: ["data/*.csv"],
      }),
      encoding: value("encoding", {
        type: "string",
        description:
          "Character encoding of the files, a WHATWG name (default utf-8): gb18030, gbk, big5, shift_jis, windows-1252, iso-8859-1, utf-16le, utf-16be…",
        examples: ["gb18030", "windows-1252"],
      }),
      header: {
        type: "boolean",
        description:
          "Whether the first row holds the column names (default true); false: columns are 1-based positions.",
      },
      delimiter: value("delimiter", {
        type: "string",
        minLength: 1,
        maxLength: 1,
        description: "Field delimiter (default ','): one ASCII character, not a quote or line break.",
      }),
      timezone: { ...ref("timezone"), description: "Zone of timestamps without an offset (default UTC)." },
      timestampFormat: {
        ...ref("timestampFormat"),
        description: "date-fns pattern of the timestamps (default ISO 8601).",
      },
      locale: {
        type: "string",
        minLength: 2,
        description: "Locale of month and day names in timestamps, a date-fns locale code (default en).",
        examples: ["de", "en-GB", "fr"],
      },
      missing: {
        type: "array",
        description: "Cell values meaning 'no value' (default [\"\"]).",
        items: { type: "string" },
      },
      dedupe: {
        enum: ["none", "first", "last"],
        description: "Rows sharing an id: keep all, the first or the last.",
      },
      maxGap: {
        ...ref("duration"),
        description: "checks only: a longer silence between samples is unknown time.",
      },
      service: {
        ...ref("name"),
        description: "The single service this export concerns (instead of a service column).",
      },
      constants: {
        type: "object",
        description: "Fields set to the same value on every row (a service, a customer, a priority).",
        propertyNames: { pattern: FIELD_NAME_PATTERN },
        additionalProperties: { type: ["string", "number", "boolean"], description: "The value." },
        examples: [{ customer: "acme" }],
      },
      where: dimensionFilter(
        "Rows to read: a row whose mapped values do not match is not part of the export (not a skipped row).",
        { event: "Down" },
      ),
      columns: {
        type: "object",
        description:
          "Field → column. Fields the type does not read are dimensions (customer, site…) for scope and where.",
        propertyNames: {
          pattern: FIELD_NAME_PATTERN,
          description: "A field name: a lowercase letter, then letters and digits.",
        },
        properties: Object.fromEntries(COLUMN_FIELDS.map(([field, text]) => [field, column(text)])),
        additionalProperties: column("A dimension: its cells are text after missing and values."),
      },
      warehouse: {
        type: "object",
        description:
          "metrics only: the raw event table the metrics rows are aggregated from; `slm sql` prints the query (docs/warehouse.md).",
        additionalProperties: false,
        required: ["timestamp", "good"],
        properties: {
          table: {
            type: "string",
            minLength: 1,
            description:
              "The event table; dotted parts are quoted one by one (project.dataset.events). Not with engine: duckdb, which reads path.",
            examples: ["events", "analytics.http_requests"],
          },
          timestamp: {
            type: "string",
            minLength: 1,
            description: "Column of the event instant (a timestamp in UTC, or with a zone).",
            examples: ["event_time"],
          },
          service: {
            type: "string",
            minLength: 1,
            description: "Column of the service name (required when columns maps service).",
            examples: ["service"],
          },
          good: {
            type: "string",
            minLength: 1,
            description:
              "A boolean SQL expression over the table's columns that is true for a good event (a probe up, a request served). Trusted SQL from the repository: one expression, no ; and no comments.",
            examples: ["status_code < 500", "status = 'up'"],
          },
          latency: {
            type: "string",
            minLength: 1,
            description: "Column of a latency in milliseconds, for latency targets.",
            examples: ["duration_ms"],
          },
          bucket: {
            ...ref("duration"),
            description:
              "Bucket length, whole seconds (default 5m); buckets are also cut at every service-hours edge.",
          },
        },
      },
      engine: {
        enum: ["duckdb"],
        description:
          "duckdb: slm report runs the warehouse query itself on embedded DuckDB over the Parquet or CSV files of path (npm install @duckdb/node-api).",
      },
      values: {
        type: "object",
        description: "Recoding of cell values, per field: cell value → value.",
        additionalProperties: {
          type: "object",
          description: "Cell value → value.",
          additionalProperties: { type: ["string", "number", "boolean"], description: "Recoded value." },
        },
      },
    },
  },
};

/**
 * A Template is a partial agreement spec: every field optional at every level (the effective
 * agreement is checked in full after the merge), targets may be partial overrides or removals,
 * plus `applies` and `extends` of its own.
 */
function partial(schema: JsonSchema): JsonSchema {
  const { required: _required, minItems: _minItems, ...rest } = schema;
  if (rest.properties && typeof rest.properties === "object") {
    rest.properties = Object.fromEntries(
      Object.entries(rest.properties as Record<string, JsonSchema>).map(([k, v]) => [k, partial(v)]),
    );
  }
  return rest;
}

const agreementSpec = DEFS.agreementSpec!;
const agreementProperties = agreementSpec.properties as Record<string, JsonSchema>;
const targetProperties = DEFS.target!.properties as Record<string, JsonSchema>;

DEFS.templateTarget = {
  type: "object",
  description:
    "A target of a template: a complete target, or an override of an inherited one (its name and the fields that change), or `remove: true` to drop an inherited one.",
  required: ["name"],
  additionalProperties: false,
  properties: {
    ...targetProperties,
    remove: {
      type: "boolean",
      description: "Drops the inherited target of this name.",
    },
  },
};

DEFS.templateSpec = {
  type: "object",
  description:
    "The shared part of agreements: any agreement field (all optional here; the agreement that extends it must end up complete), plus the kinds that may extend it.",
  additionalProperties: false,
  properties: {
    applies: {
      type: "array",
      description: "The kinds that may extend this template (default SLA, OLA, UC).",
      minItems: 1,
      uniqueItems: true,
      items: { enum: ["SLA", "OLA", "UC"], description: "An agreement kind." },
      examples: [["SLA"]],
    },
    ...Object.fromEntries(
      Object.entries(agreementProperties).map(([k, v]) => [
        k,
        k === "targets"
          ? {
              type: "array",
              description: "Targets merged by name into those inherited (overrides, removals, new targets).",
              items: ref("templateTarget"),
            }
          : k === "extends"
            ? {
                ...v,
                description: "Templates this template builds on, merged in order before its own fields.",
              }
            : partial(v),
      ]),
    ),
  },
};

/**
 * The agreement spec as published for editors and other validators, which read an agreement file
 * as written: with `extends`, the fields its templates give may be missing and its targets may be
 * overrides (`name` and the fields that change) or `remove: true`; without `extends`, the full
 * requirements apply. slm itself validates the effective agreement against the strict form.
 */
export function publishedAgreementSpec(spec: JsonSchema): JsonSchema {
  const properties = spec.properties as Record<string, JsonSchema>;
  // Each property named again here only to be required: described, as every published property is.
  const known = (names: readonly string[]) =>
    Object.fromEntries(
      names.map((n) => [n, { description: "Required unless the agreement extends templates." }]),
    );
  const strictly = (name: string): JsonSchema => {
    const required = (properties[name]!.required ?? []) as string[];
    return {
      type: "object",
      description: "Without templates, as required for every agreement.",
      required,
      properties: known(required),
    };
  };
  const required = (spec.required ?? []) as string[];
  return {
    ...partial(spec),
    properties: Object.fromEntries(
      Object.entries(properties).map(([k, v]) => [
        k,
        k === "targets" ? { ...partial(v), items: ref("templateTarget") } : k === "extends" ? v : partial(v),
      ]),
    ),
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
          items: ref("target"),
        },
      },
    },
  };
}
