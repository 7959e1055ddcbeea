import { compareStrings } from "../core/compare.js";
import { withPreset } from "../core/data-source-presets.js";
import { isLocale } from "../core/locale.js";
import {
  type Agreement,
  type AgreementKind,
  CALENDAR_24X7,
  type Calendar,
  type ColumnRef,
  type CreditTier,
  DATA_SOURCE_FIELDS,
  type DataSource,
  type DataSourceType,
  type Dependency,
  type DimensionFilter,
  DURATION_UNITS,
  type DurationUnit,
  type Holiday,
  type Improvement,
  type Metadata,
  type Metric,
  type Model,
  type Origin,
  type Party,
  type Service,
  type Target,
  type ThresholdComparison,
  type ThresholdOp,
  type WarehouseSpec,
  WEEKDAYS,
  type Window,
  type Workday,
  type WorkloadLimit,
  type WorkloadMeasure,
} from "../core/model.js";
import { parseAgreementRef } from "../core/values/agreement-ref.js";
import { parseCalendarInterval } from "../core/values/calendar-interval.js";
import { parseDate } from "../core/values/date.js";
import { parseDuration } from "../core/values/duration.js";
import { parseEncoding } from "../core/values/encoding.js";
import { parseColumnUnit, parseLimit } from "../core/values/limit.js";
import { parsePercentage } from "../core/values/percentage.js";
import { unwrap } from "../core/values/result.js";
import { parseSqlExpression } from "../core/values/sql-expression.js";
import { parseThreshold } from "../core/values/threshold.js";
import { parseTimeOfDay } from "../core/values/time-of-day.js";
import type { LoadedDocument } from "../repository/yaml-file.js";
import { parsePeriodLabel } from "../time/period.js";

/**
 * Builds the typed model from documents that passed validation (schema and semantic checks).
 * Values are parsed with the same parsers the schema layer used, so a failure here is a bug.
 */
export function buildModel(documents: readonly LoadedDocument[]): Model {
  const model: Model = {
    services: new Map(),
    calendars: new Map(),
    parties: new Map(),
    agreements: [],
    dataSources: new Map(),
    improvements: [],
  };
  for (const doc of documents) {
    const raw = doc.value as Raw | undefined;
    if (!raw || typeof raw !== "object") continue;
    const origin: Origin = { file: doc.file, document: doc.index };
    const metadata = toMetadata(raw.metadata);
    const spec = (raw.spec ?? {}) as Raw;
    switch (raw.kind) {
      case "Service":
        model.services.set(metadata.name, toService(metadata, origin, spec));
        break;
      case "Calendar":
        model.calendars.set(metadata.name, toCalendar(metadata, origin, spec));
        break;
      case "Party":
        model.parties.set(metadata.name, toParty(metadata, origin, spec));
        break;
      case "SLA":
      case "OLA":
      case "UC":
        model.agreements.push({
          ...toAgreement(raw.kind, metadata, origin, spec),
          ...(doc.templates?.length
            ? {
                templates: doc.templates.map((t) => ({
                  name: t.name,
                  origin: { file: t.file, document: t.document },
                })),
              }
            : {}),
        });
        break;
      case "DataSource":
        model.dataSources.set(metadata.name, toDataSource(metadata, origin, spec));
        break;
      case "Improvement":
        model.improvements.push(toImprovement(metadata, origin, spec));
        break;
    }
  }
  return model;
}

// biome-ignore lint/suspicious/noExplicitAny: raw YAML data, already checked by the schema
type Raw = Record<string, any>;

function toMetadata(raw: Raw): Metadata {
  return { name: String(raw.name), displayName: raw.displayName, labels: { ...(raw.labels ?? {}) } };
}

function toService(metadata: Metadata, origin: Origin, spec: Raw): Service {
  const dependsOn: Dependency[] = (spec.dependsOn ?? []).map((d: unknown) =>
    typeof d === "string" ? { service: d } : { anyOf: [...(d as { anyOf: string[] }).anyOf] },
  );
  return {
    kind: "Service",
    metadata,
    origin,
    owner: spec.owner,
    tier: spec.tier,
    description: spec.description,
    dependsOn,
  };
}

function toCalendar(metadata: Metadata, origin: Origin, spec: Raw): Calendar {
  return {
    kind: "Calendar",
    metadata,
    origin,
    timezone: spec.timezone ?? "UTC",
    hours: (spec.hours ?? []).map((h: Raw) => ({
      days: (h.days as string[]).map((d) => WEEKDAYS.indexOf(d as (typeof WEEKDAYS)[number])),
      from: unwrap(parseTimeOfDay(h.from), "from"),
      to: unwrap(parseTimeOfDay(h.to, { allowEndOfDay: true }), "to"),
    })),
    holidays: (spec.holidays ?? []).map((h: unknown): Holiday => {
      if (typeof h !== "object" || h === null)
        return { ...unwrap(parseDate(h), "holiday"), from: 0, to: 1440 };
      const entry = h as Raw;
      return {
        ...unwrap(parseDate(entry.date), "holiday"),
        from: unwrap(parseTimeOfDay(entry.from), "holiday from"),
        to:
          entry.to === undefined
            ? 1440
            : unwrap(parseTimeOfDay(entry.to, { allowEndOfDay: true }), "holiday to"),
      };
    }),
    workdays: (spec.workdays ?? []).map((w: unknown): Workday => {
      if (typeof w !== "object" || w === null) return unwrap(parseDate(w), "workday");
      const entry = w as Raw;
      return {
        ...unwrap(parseDate(entry.date), "workday"),
        window: {
          from: unwrap(parseTimeOfDay(entry.from), "workday from"),
          to: unwrap(parseTimeOfDay(entry.to, { allowEndOfDay: true }), "workday to"),
        },
      };
    }),
    workdayAs: WEEKDAYS.indexOf((spec.workdayAs ?? "mon") as (typeof WEEKDAYS)[number]),
    ...(spec.holidaysFrom
      ? {
          holidaysFrom: {
            country: String(spec.holidaysFrom.country),
            ...(spec.holidaysFrom.region === undefined ? {} : { region: String(spec.holidaysFrom.region) }),
          },
        }
      : {}),
  };
}

function toParty(metadata: Metadata, origin: Origin, spec: Raw): Party {
  return { kind: "Party", metadata, origin, type: spec.type, contact: spec.contact };
}

function toImprovement(metadata: Metadata, origin: Origin, spec: Raw): Improvement {
  const date = (v: unknown, what: string) => unwrap(parseDate(v), what);
  return {
    kind: "Improvement",
    metadata,
    origin,
    agreement: parseAgreementRef(String(spec.agreement)),
    ...(spec.targets === undefined ? {} : { targets: (spec.targets as unknown[]).map(String) }),
    ...(spec.period === undefined ? {} : { period: unwrap(parsePeriodLabel(spec.period), "period") }),
    raised: date(spec.raised, "raised"),
    ...(spec.cause === undefined ? {} : { cause: String(spec.cause) }),
    ...(spec.owner === undefined ? {} : { owner: String(spec.owner) }),
    status: spec.status ?? "open",
    actions: ((spec.actions ?? []) as Raw[]).map((a) => ({
      text: String(a.text),
      ...(a.owner === undefined ? {} : { owner: String(a.owner) }),
      ...(a.due === undefined ? {} : { due: date(a.due, "due") }),
      ...(a.done === undefined ? {} : { done: date(a.done, "done") }),
    })),
  };
}

function toAgreement(kind: AgreementKind, metadata: Metadata, origin: Origin, spec: Raw): Agreement {
  const calendar: string = spec.calendar ?? CALENDAR_24X7;
  const pct = (v: unknown, what: string, allowOver100 = false) =>
    unwrap(parsePercentage(v, { allowOver100 }), what);
  const start = unwrap(parseDate(spec.term.start), "term.start");
  return {
    kind,
    metadata,
    origin,
    service: spec.service,
    provider: spec.provider,
    customer: spec.customer,
    term: {
      start,
      end:
        spec.term.end === undefined || spec.term.end === null
          ? undefined
          : unwrap(parseDate(spec.term.end), "term.end"),
    },
    effective: spec.effective === undefined ? start : unwrap(parseDate(spec.effective), "effective"),
    review: spec.review
      ? {
          every: unwrap(parseCalendarInterval(spec.review.every), "review.every"),
          last:
            spec.review.last === undefined ? undefined : unwrap(parseDate(spec.review.last), "review.last"),
        }
      : undefined,
    calendar,
    ...(spec.timezone === undefined ? {} : { timezone: String(spec.timezone).trim() }),
    ...(isLocale(spec.locale) ? { locale: spec.locale } : {}),
    fee: spec.fee
      ? { amount: Number(spec.fee.amount), currency: spec.fee.currency, per: spec.fee.per ?? "month" }
      : undefined,
    creditCap: pct(spec.creditCap ?? "100%", "creditCap"),
    contract: spec.contract
      ? {
          reference: spec.contract.reference,
          noticePeriod:
            spec.contract.noticePeriod === undefined
              ? undefined
              : unwrap(parseCalendarInterval(spec.contract.noticePeriod), "noticePeriod"),
          autoRenew: spec.contract.autoRenew,
          claimWithin:
            spec.contract.claimWithin === undefined
              ? undefined
              : unwrap(parseCalendarInterval(spec.contract.claimWithin), "claimWithin"),
        }
      : undefined,
    severity: {
      minor: pct(spec.severity?.minor ?? "150%", "severity.minor", true),
      major: pct(spec.severity?.major ?? "300%", "severity.major", true),
    },
    scope: toDimensionFilter(spec.scope),
    workload: (spec.workload ?? []).map((w: Raw, index: number) => toWorkloadLimit(w, index)),
    targets: (spec.targets ?? []).map((t: Raw, index: number) => toTarget(t, index, calendar)),
  };
}

function toTarget(raw: Raw, index: number, agreementCalendar: string): Target {
  const credits: CreditTier[] = (raw.credits ?? []).map((c: Raw) => ({
    below: unwrap(parsePercentage(c.below), "credits.below"),
    credit: unwrap(parsePercentage(c.credit), "credits.credit"),
  }));
  const threshold =
    raw.threshold === undefined ? undefined : unwrap(parseThreshold(raw.threshold), "threshold");
  return {
    name: raw.name,
    metric: raw.metric as Metric,
    objective: unwrap(parsePercentage(raw.objective), "objective"),
    threshold: threshold?.kind === "duration" ? threshold.ms : undefined,
    ...(threshold?.kind === "business-days" ? { businessDays: threshold.days } : {}),
    ...(threshold?.kind === "score" ? { score: threshold.score } : {}),
    ...(threshold ? { thresholdText: threshold.text } : {}),
    priority: raw.priority === undefined ? undefined : String(raw.priority),
    window: (raw.window ?? "month") as Window,
    calendar: raw.calendar ?? agreementCalendar,
    exclusions: raw.exclusions ?? [],
    source: raw.source,
    components: raw.components === true,
    credits,
    supports: raw.supports ?? [],
    where: toDimensionFilter(raw.where),
    ...(raw.workload === undefined ? {} : { workload: String(raw.workload) }),
    ...(raw.metric === "threshold" ? { compare: toComparison(raw) } : {}),
    index,
  };
}

function toWorkloadLimit(raw: Raw, index: number): WorkloadLimit {
  return {
    name: String(raw.name),
    measure: raw.measure as WorkloadMeasure,
    ...(raw.priority === undefined ? {} : { priority: String(raw.priority) }),
    ...(raw.metric === undefined ? {} : { metric: String(raw.metric) }),
    max: Number(raw.max),
    per: (raw.per ?? "month") as Window,
    ...(raw.source === undefined ? {} : { source: String(raw.source) }),
    index,
  };
}

/**
 * A threshold target's test (docs/measurement.md "Units"): the column's numbers are in the
 * target's `unit`, else in the limit's unit (`latency` is milliseconds by definition).
 */
function toComparison(raw: Raw): ThresholdComparison {
  const limit = unwrap(parseLimit(raw.limit), "limit");
  const column =
    raw.unit !== undefined
      ? unwrap(parseColumnUnit(raw.unit), "unit")
      : raw.field === "latency"
        ? { dimension: "duration" as const, factor: 1 }
        : { dimension: limit.dimension, factor: limit.factor };
  return {
    field: String(raw.field),
    op: (raw.op ?? "<=") as ThresholdOp,
    // A plain-number limit is in the column's unit.
    limit: limit.amount * (limit.dimension === "number" ? column.factor : limit.factor),
    limitText: limit.text,
    ...(raw.unit !== undefined ? { unit: String(raw.unit) } : {}),
    limitAmount: limit.amount,
    ...(limit.unit !== undefined ? { limitUnit: limit.unit } : {}),
    columnFactor: column.factor,
    dimension: limit.dimension === "number" ? column.dimension : limit.dimension,
  };
}

function toDataSource(metadata: Metadata, origin: Origin, written: Raw): DataSource {
  const spec = withPreset(written) as Raw;
  const type = spec.type as DataSourceType;
  const columns: Record<string, ColumnRef> = {};
  const durations: DataSource["durations"] = {};
  const formats: Record<string, string> = {};
  for (const [field, column] of Object.entries((spec.columns ?? {}) as Record<string, unknown>)) {
    if (typeof column === "string" || typeof column === "number") {
      columns[field] = column;
      continue;
    }
    const c = column as { column: ColumnRef; format?: string; after?: string; unit?: DurationUnit };
    columns[field] = c.column;
    if (c.format !== undefined) formats[field] = c.format;
    if (c.after !== undefined && c.unit !== undefined)
      durations[field] = { after: c.after, unitMs: DURATION_UNITS[c.unit] };
  }
  const constants = Object.fromEntries(
    Object.entries((spec.constants ?? {}) as Record<string, unknown>).map(([k, v]) => [k, String(v)]),
  );
  const service = spec.service ?? constants.service;
  const fields = DATA_SOURCE_FIELDS[type];
  const own = new Set([...fields.required, ...fields.optional]);
  const dimensions = [...new Set([...Object.keys(columns), ...Object.keys(constants)])]
    .filter((f) => !own.has(f))
    .sort(compareStrings);
  return {
    kind: "DataSource",
    metadata,
    origin,
    type,
    preset: spec.preset,
    layout: spec.layout ?? "tickets",
    states: {
      paused: ((spec.states?.paused ?? []) as unknown[]).map(String),
      stopped: ((spec.states?.stopped ?? []) as unknown[]).map(String),
    },
    path: spec.path,
    encoding: spec.encoding === undefined ? "utf-8" : unwrap(parseEncoding(spec.encoding), "encoding"),
    header: spec.header ?? true,
    delimiter: spec.delimiter ?? ",",
    timezone: spec.timezone ?? "UTC",
    timestampFormat: spec.timestampFormat,
    formats,
    locale: spec.locale,
    missing: spec.missing ?? [""],
    dedupe: spec.dedupe ?? "none",
    maxGap: spec.maxGap === undefined ? undefined : unwrap(parseDuration(spec.maxGap), "maxGap"),
    service,
    columns,
    durations,
    constants,
    dimensions,
    where: toDimensionFilter(spec.where),
    ...(spec.warehouse ? { warehouse: toWarehouse(spec.warehouse) } : {}),
    ...(spec.engine === "duckdb" ? { engine: "duckdb" as const } : {}),
    values: Object.fromEntries(
      Object.entries((spec.values ?? {}) as Record<string, Record<string, unknown>>).map(([field, map]) => [
        field,
        Object.fromEntries(Object.entries(map).map(([k, v]) => [k, String(v)])),
      ]),
    ),
  };
}

function toWarehouse(raw: Raw): WarehouseSpec {
  const bucket = raw.bucket === undefined ? 300_000 : unwrap(parseDuration(raw.bucket), "warehouse.bucket");
  return {
    table: raw.table,
    timestamp: raw.timestamp,
    service: raw.service,
    good: unwrap(parseSqlExpression(raw.good), "warehouse.good"),
    latency: raw.latency,
    bucketSeconds: Math.round(bucket / 1000),
  };
}

/** `{ customer: acme, site: [a, b] }` → every key with its accepted values, as text. */
function toDimensionFilter(raw: unknown): DimensionFilter {
  if (!raw || typeof raw !== "object") return {};
  return Object.fromEntries(
    Object.entries(raw as Record<string, unknown>).map(([k, v]) => [
      k,
      (Array.isArray(v) ? v : [v]).map((x) => String(x)),
    ]),
  );
}
