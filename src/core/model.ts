import type { Locale } from "./locale.js";
import type { CalendarInterval } from "./values/calendar-interval.js";
import type { CalendarDate } from "./values/date.js";
import type { Percentage } from "./values/percentage.js";

/**
 * The typed, normalized model of an slm repository, built from schema-valid documents
 * (see normalize.ts). Every value is parsed once here: percentages in ppb, durations in ms,
 * dates as epoch days. Commands other than `validate` work only on this model.
 */
export const KINDS = [
  "Service",
  "Calendar",
  "Party",
  "SLA",
  "OLA",
  "UC",
  "DataSource",
  "Improvement",
  "Template",
] as const;
export type Kind = (typeof KINDS)[number];
export const AGREEMENT_KINDS = ["SLA", "OLA", "UC"] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];
export const API_VERSION = "slm/v1";

/** Where a document came from, so later stages can point back at it. */
export interface Origin {
  file: string;
  document: number;
}

export interface Metadata {
  name: string;
  displayName?: string;
  labels: Record<string, string>;
}

/** A `dependsOn` entry: one service, or a redundant group that is up while any member is up. */
export type Dependency = { service: string } | { anyOf: string[] };

export interface Service {
  kind: "Service";
  metadata: Metadata;
  origin: Origin;
  owner: string;
  tier?: string;
  description?: string;
  dependsOn: Dependency[];
}

export const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface HoursRule {
  /** 0 = Sunday … 6 = Saturday. */
  days: number[];
  /** Minutes after local midnight; `to` may be 1440 (24:00). */
  from: number;
  to: number;
}

/**
 * A day off in the calendar's zone: closed from `from` to `to` (minutes after local midnight);
 * a whole day is 0–1440. It is a CalendarDate too, so code that only needs the date reads `day`.
 */
export interface Holiday extends CalendarDate {
  from: number;
  to: number;
}

/**
 * An extra working day (a make-up working day, China's 调休): the hours of `workdayAs`, or the
 * one window `from`–`to` when the entry gives it.
 */
export interface Workday extends CalendarDate {
  window?: { from: number; to: number };
}

/** Public holidays (and, for CN, make-up working days) from a maintained library (SPEC §11). */
export interface HolidaysFrom {
  country: string;
  region?: string;
}

export interface Calendar {
  kind: "Calendar";
  metadata: Metadata;
  origin: Origin;
  timezone: string;
  hours: HoursRule[];
  holidays: Holiday[];
  workdays: Workday[];
  /** Weekday (0 = Sunday) whose hours a plain `workdays` date takes; default Monday. */
  workdayAs: number;
  holidaysFrom?: HolidaysFrom;
}

export interface Party {
  kind: "Party";
  metadata: Metadata;
  origin: Origin;
  type?: "customer" | "team" | "supplier";
  contact?: { name?: string; email?: string };
}

export const METRICS = [
  "availability",
  "response-time",
  "resolution-time",
  "recovery-time",
  "latency",
  "success-rate",
  "satisfaction",
  "freshness",
  "threshold",
] as const;
export type Metric = (typeof METRICS)[number];
/** Metrics whose targets need a `threshold` (a clock, a latency, a survey score, or the age data may reach). */
export const THRESHOLD_METRICS: readonly Metric[] = [
  "response-time",
  "resolution-time",
  "recovery-time",
  "latency",
  "satisfaction",
  "freshness",
];
/** Metrics whose threshold is a score (a number), not a duration (SPEC §15). */
export const SCORE_METRICS: readonly Metric[] = ["satisfaction"];
/** Metrics whose value is a share of service time (budgets in time, SPEC §20, §22). */
export const TIME_METRICS: readonly Metric[] = ["availability", "freshness"];
/** Metrics measured from tickets, the only ones a `priority` applies to. */
export const TICKET_METRICS: readonly Metric[] = ["response-time", "resolution-time"];
/** Metrics whose value is a clock counted in service hours: each item responded, resolved or restored in time. */
export const CLOCK_METRICS: readonly Metric[] = ["response-time", "resolution-time", "recovery-time"];

export type Window = "month" | "quarter" | "year";

export interface CreditTier {
  below: Percentage;
  credit: Percentage;
}

export interface Target {
  name: string;
  metric: Metric;
  objective: Percentage;
  /** Milliseconds; present for THRESHOLD_METRICS unless the threshold is in business days. */
  threshold?: number;
  /** A business-day threshold (`3bd`, SPEC §11): the clock may run until the 3rd following service day. */
  businessDays?: number;
  /** The threshold as written (`4h`, `2bd`, `4`), for reports. */
  thresholdText?: string;
  /** Satisfaction (SPEC §15): a response is satisfied when its score is at least this. */
  score?: number;
  priority?: string;
  window: Window;
  /** Calendar name; already resolved to the agreement's default (or "24x7"). */
  calendar: string;
  exclusions: "planned"[];
  source?: string;
  /** Availability: the components' outages count as the service's downtime, composed in time (SPEC §17). */
  components: boolean;
  credits: CreditTier[];
  /** `<agreement-name>/<target-name>` of SLA targets this OLA/UC target underpins. */
  supports: string[];
  /** Dimension values a row must have to count for this target (SPEC §13). */
  where: DimensionFilter;
  /** The agreement's workload limit (SPEC §15) the target is bound to: exceeded in a window, the target is excused there. */
  workload?: string;
  /** `metric: threshold` (SPEC §22): the numeric field compared, how, and with what. */
  compare?: ThresholdComparison;
  /** Index in the agreement's `targets` array, for pointers back into the YAML. */
  index: number;
}

export const WORKLOAD_MEASURES = ["tickets", "requests"] as const;
export type WorkloadMeasure = (typeof WORKLOAD_MEASURES)[number];
/** The DataSource type each workload measure counts from. */
export const WORKLOAD_SOURCE_TYPES: Record<WorkloadMeasure, DataSourceType> = {
  tickets: "tickets",
  requests: "metrics",
};

/**
 * A workload characteristic agreed with the targets (SPEC §15, ISO/IEC 20000-1 8.3.3): the demand
 * the provider commits to serve per window. `tickets`: tickets opened in the window in the
 * agreement's scope (of `priority` when given); `requests`: Σ total of a metrics source's rows
 * (of `metric` when given).
 */
export interface WorkloadLimit {
  name: string;
  measure: WorkloadMeasure;
  priority?: string;
  /** The metric column's value the rows must have (`requests`); absent: every row of the service. */
  metric?: string;
  max: number;
  per: Window;
  /** DataSource name; default: the one source of the measure's type that serves the agreement's service. */
  source?: string;
  /** Index in the agreement's `workload` array. */
  index: number;
}

export const THRESHOLD_OPS = ["<=", "<", ">=", ">"] as const;
export type ThresholdOp = (typeof THRESHOLD_OPS)[number];

/**
 * A `metric: threshold` target's test of each sample (SPEC §22, docs/measurement.md "Units"):
 * `value op limit`, both in the base unit of their dimension (ms, bytes, percent, plain number).
 */
export interface ThresholdComparison {
  field: string;
  op: ThresholdOp;
  /** The limit in the base unit of `dimension`. */
  limit: number;
  /** The limit as written (`20GB`), for reports. */
  limitText: string;
  /** The limit's number and unit as written (20 and `GB`; no unit: a plain number in the column's unit). */
  limitAmount: number;
  limitUnit?: string;
  /** The target's `unit` as written (the column's unit), when it declares one. */
  unit?: string;
  /** Base units per unit of the column's numbers (the target's `unit`, else the limit's unit). */
  columnFactor: number;
  dimension: "duration" | "bytes" | "percent" | "number";
}

export interface Agreement {
  kind: AgreementKind;
  metadata: Metadata;
  origin: Origin;
  service: string;
  provider: string;
  customer: string;
  term: { start: CalendarDate; end?: CalendarDate };
  /** When these terms take effect (`spec.effective`, default `term.start`; SPEC §16). */
  effective: CalendarDate;
  review?: { every: CalendarInterval; last?: CalendarDate };
  /** Calendar name for targets without their own (default "24x7"). */
  calendar: string;
  /** `spec.timezone` as written; the zone in use is decided by `agreementZone` (time/agreement-zone.ts). */
  timezone?: string;
  /** `spec.locale`: the language of this agreement's reports unless `--locale` names one (SPEC §18). */
  locale?: Locale;
  fee?: { amount: number; currency: string; per: "month" | "quarter" | "year" };
  creditCap: Percentage;
  contract?: {
    reference?: string;
    noticePeriod?: CalendarInterval;
    autoRenew?: boolean;
    /** UC: a credit may be claimed until the window's last day + this (SPEC §17). */
    claimWithin?: CalendarInterval;
  };
  /** Breach severity tiers by budget consumed (may exceed 100%): ≤ minor → minor, ≤ major → major, else critical. */
  severity: { minor: Percentage; major: Percentage };
  /** Whose rows count (SPEC §13): applies to the targets whose source maps the dimension. */
  scope: DimensionFilter;
  /** Workload characteristics (SPEC §15), in file order. */
  workload: WorkloadLimit[];
  targets: Target[];
  /** The templates merged into this agreement, in merge order (SPEC §21); absent without `extends`. */
  templates?: { name: string; origin: Origin }[];
}

export const DATA_SOURCE_TYPES = ["tickets", "outages", "checks", "metrics", "surveys", "events"] as const;
export type DataSourceType = (typeof DATA_SOURCE_TYPES)[number];

/** Which DataSource types can measure each metric (SPEC §3, metric table). */
export const METRIC_SOURCE_TYPES: Record<Metric, readonly DataSourceType[]> = {
  availability: ["outages", "checks", "metrics"],
  "response-time": ["tickets"],
  "resolution-time": ["tickets"],
  "recovery-time": ["outages"],
  latency: ["checks", "metrics"],
  "success-rate": ["metrics"],
  satisfaction: ["surveys"],
  freshness: ["events"],
  threshold: ["checks", "metrics"],
};

/** Fields a DataSource maps, per type; `?` fields are optional. */
export const DATA_SOURCE_FIELDS: Record<DataSourceType, { required: string[]; optional: string[] }> = {
  tickets: {
    required: ["id", "service", "priority", "opened"],
    optional: ["responded", "resolved", "paused", "state", "updated"],
  },
  outages: { required: ["service", "start", "end"], optional: ["planned", "id", "cause"] },
  checks: { required: ["timestamp", "service", "status"], optional: ["latency"] },
  metrics: { required: ["timestamp", "service", "metric", "good", "total"], optional: [] },
  surveys: { required: ["timestamp", "service", "score"], optional: ["id", "ticket"] },
  // Not the tickets' `layout: events` (SPEC §23): rows that each record a run or a delivery (SPEC §22).
  events: { required: ["timestamp", "service"], optional: ["status"] },
};
/** Statuses of an `events` row (after recoding) that count as a delivery; no status counts too (SPEC §22). */
export const COUNTING_EVENT_STATUSES: readonly string[] = ["ok", "success"];

/** Fields read as instants (timestamps, or a duration after another instant). */
export const INSTANT_FIELDS: readonly string[] = [
  "opened",
  "responded",
  "resolved",
  "start",
  "end",
  "timestamp",
  "updated",
];
/** Fields of a tickets source read only with `layout: events` (SPEC §23), and required there. */
export const EVENT_FIELDS: readonly string[] = ["state", "updated"];
/** Fields read as numbers. */
export const NUMBER_FIELDS: readonly string[] = ["paused", "latency", "good", "total", "score"];
/** Stop fields that may be given as a duration after a start field (SPEC §12), per type. */
export const DURATION_FIELDS: Partial<Record<DataSourceType, Record<string, string>>> = {
  tickets: { responded: "opened", resolved: "opened" },
  outages: { end: "start" },
};
/** The optional field a metric cannot be measured without (SPEC §12 `datasource/missing-field`). */
export const METRIC_NEEDS_FIELD: Partial<Record<Metric, string>> = {
  "response-time": "responded",
  "resolution-time": "resolved",
  latency: "latency",
};

/** Where a field's cell is: a header name, or a 1-based column position (needed with `header: false`). */
export type ColumnRef = string | number;

export const DURATION_UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const;
export type DurationUnit = keyof typeof DURATION_UNITS;

/** A stop instant given as a duration after another field's instant (SPEC §12). */
export interface DurationAfter {
  /** The field the duration counts from (`opened`, `start`). */
  after: string;
  /** Milliseconds per unit of the cell's number. */
  unitMs: number;
}

/** Dimension values a row must have to count: per dimension, the accepted values (all keys must match). */
export type DimensionFilter = Record<string, string[]>;

/** Field names a DataSource may map beyond its type's fields: dimensions (SPEC §12). */
export const FIELD_NAME_PATTERN = "^[a-z][a-zA-Z0-9]*$";

export interface DataSource {
  kind: "DataSource";
  metadata: Metadata;
  origin: Origin;
  type: DataSourceType;
  /** The preset whose settings fill what the document leaves out (already merged here). */
  preset?: string;
  /** `tickets` (one row per ticket) or `events` (one row per update, SPEC §23). */
  layout: "tickets" | "events";
  /** `layout: events`: the states that pause a ticket's resolution clock, and those that stop it (used only when `resolved` is not mapped). */
  states: { paused: string[]; stopped: string[] };
  /** Glob relative to the repository root. */
  path?: string;
  /** WHATWG name of the file encoding (canonical, e.g. `utf-8`, `gb18030`, `windows-1252`). */
  encoding: string;
  /** Whether the first row names the columns (else columns are 1-based positions). */
  header: boolean;
  delimiter: string;
  timezone: string;
  timestampFormat?: string;
  /** A per-field timestamp format, where one column is written differently (Jira). */
  formats: Record<string, string>;
  /** date-fns locale code for month and day names (`de`, `en-GB`). */
  locale?: string;
  missing: string[];
  dedupe: "none" | "first" | "last";
  /** Milliseconds; checks only. */
  maxGap?: number;
  /** A constant service for single-service exports (spec-level `service` or `constants.service`). */
  service?: string;
  /** field → where its cell is */
  columns: Record<string, ColumnRef>;
  /** Fields whose instant is a duration after another field's instant. */
  durations: Record<string, DurationAfter>;
  /** field → value set for every row (SPEC §12 `constants`). */
  constants: Record<string, string>;
  /** Mapped or constant fields that are not fields of the type: dimensions, in a fixed order. */
  dimensions: string[];
  /** Rows that do not match are not part of the export at all (a preset's row filter, e.g. UptimeRobot `Event = Down`). */
  where: DimensionFilter;
  /** field → (cell value → recoded value) */
  values: Record<string, Record<string, string>>;
  /** Where the raw events are, for `slm sql` (SPEC §18, docs/warehouse.md); metrics only. */
  warehouse?: WarehouseSpec;
  /** `duckdb`: `slm report` runs the warehouse query itself, on embedded DuckDB over `path`. */
  engine?: "duckdb";
}

/** A DataSource's `warehouse` block: the raw event table its metrics rows are aggregated from. */
export interface WarehouseSpec {
  /** Table name, dotted parts quoted one by one (`project.dataset.events`); absent with `engine: duckdb`. */
  table?: string;
  /** Column of the event instant (a timestamp in UTC, or with a zone). */
  timestamp: string;
  /** Column of the service name (absent for a single-service DataSource). */
  service?: string;
  /** A boolean SQL expression over the table's columns: the event is good (a probe up, a request served). */
  good: string;
  /** Column of a latency in milliseconds, for latency targets. */
  latency?: string;
  /** Bucket length in whole seconds. */
  bucketSeconds: number;
}

export const IMPROVEMENT_STATUSES = ["open", "in-progress", "done", "cancelled"] as const;
export type ImprovementStatus = (typeof IMPROVEMENT_STATUSES)[number];
/** Statuses of an Improvement still being worked on: its actions can fall overdue (SPEC §15). */
export const OPEN_IMPROVEMENT_STATUSES: readonly ImprovementStatus[] = ["open", "in-progress"];

export interface ImprovementAction {
  text: string;
  owner?: string;
  due?: CalendarDate;
  done?: CalendarDate;
}

/**
 * An entry of the service improvement plan's register (SPEC §15): the cause of a non-conformance
 * of one agreement and the actions taken about it.
 */
export interface Improvement {
  kind: "Improvement";
  metadata: Metadata;
  origin: Origin;
  /** The agreement it is about; `kind` only when the reference named it (`UC/fibrenet`). */
  agreement: { kind?: AgreementKind; name: string };
  /** The targets it addresses; absent: every target of the agreement. */
  targets?: string[];
  /** The period label of the non-conformance (normalised: `2024-Q2`); absent: any period. */
  period?: string;
  raised: CalendarDate;
  cause?: string;
  owner?: string;
  status: ImprovementStatus;
  actions: ImprovementAction[];
}

export type SlmDocument = Service | Calendar | Party | Agreement | DataSource | Improvement;

/** The built-in always-open calendar. */
export const CALENDAR_24X7 = "24x7";

export interface Model {
  services: Map<string, Service>;
  calendars: Map<string, Calendar>;
  parties: Map<string, Party>;
  agreements: Agreement[];
  dataSources: Map<string, DataSource>;
  /** The improvement register, in file order. */
  improvements: Improvement[];
}
