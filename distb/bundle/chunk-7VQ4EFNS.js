import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  loadRepository
} from "./chunk-MY42XYML.js";
import {
  parseSqlExpression,
  validateRepository
} from "./chunk-64IYXHT6.js";
import {
  parseAgreementRef,
  parseColumnUnit,
  parseEncoding,
  parseLimit
} from "./chunk-CQ6KMK7V.js";
import {
  parseThreshold
} from "./chunk-7K6IKEOI.js";
import {
  withPreset
} from "./chunk-L2KHN3JD.js";
import {
  parseDuration,
  parseTimeOfDay
} from "./chunk-OTE4TAJD.js";
import {
  parsePercentage
} from "./chunk-PWKK3NVO.js";
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
  effectiveDocuments
} from "./chunk-HX6FSHG7.js";
import {
  unwrap
} from "./chunk-VYAAX46D.js";
import {
  CALENDAR_24X7,
  DATA_SOURCE_FIELDS,
  DURATION_UNITS,
  WEEKDAYS
} from "./chunk-ADLZAIGX.js";
import {
  compareDiagnostics
} from "./chunk-HHI7S6FG.js";
import {
  compareStrings
} from "./chunk-2EXGQLEF.js";
import {
  isLocale
} from "./chunk-ZR5D3XWC.js";

// dist/model/build-model.js
function buildModel(documents) {
  const model = {
    services: /* @__PURE__ */ new Map(),
    calendars: /* @__PURE__ */ new Map(),
    parties: /* @__PURE__ */ new Map(),
    agreements: [],
    dataSources: /* @__PURE__ */ new Map(),
    improvements: []
  };
  for (const doc of documents) {
    const raw = doc.value;
    if (!raw || typeof raw !== "object")
      continue;
    const origin = { file: doc.file, document: doc.index };
    const metadata = toMetadata(raw.metadata);
    const spec = raw.spec ?? {};
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
          ...doc.templates?.length ? {
            templates: doc.templates.map((t) => ({
              name: t.name,
              origin: { file: t.file, document: t.document }
            }))
          } : {}
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
function toMetadata(raw) {
  return { name: String(raw.name), displayName: raw.displayName, labels: { ...raw.labels ?? {} } };
}
function toService(metadata, origin, spec) {
  const dependsOn = (spec.dependsOn ?? []).map((d) => typeof d === "string" ? { service: d } : { anyOf: [...d.anyOf] });
  return {
    kind: "Service",
    metadata,
    origin,
    owner: spec.owner,
    tier: spec.tier,
    description: spec.description,
    dependsOn
  };
}
function toCalendar(metadata, origin, spec) {
  return {
    kind: "Calendar",
    metadata,
    origin,
    timezone: spec.timezone ?? "UTC",
    hours: (spec.hours ?? []).map((h) => ({
      days: h.days.map((d) => WEEKDAYS.indexOf(d)),
      from: unwrap(parseTimeOfDay(h.from), "from"),
      to: unwrap(parseTimeOfDay(h.to, { allowEndOfDay: true }), "to")
    })),
    holidays: (spec.holidays ?? []).map((h) => {
      if (typeof h !== "object" || h === null)
        return { ...unwrap(parseDate(h), "holiday"), from: 0, to: 1440 };
      const entry = h;
      return {
        ...unwrap(parseDate(entry.date), "holiday"),
        from: unwrap(parseTimeOfDay(entry.from), "holiday from"),
        to: entry.to === void 0 ? 1440 : unwrap(parseTimeOfDay(entry.to, { allowEndOfDay: true }), "holiday to")
      };
    }),
    workdays: (spec.workdays ?? []).map((w) => {
      if (typeof w !== "object" || w === null)
        return unwrap(parseDate(w), "workday");
      const entry = w;
      return {
        ...unwrap(parseDate(entry.date), "workday"),
        window: {
          from: unwrap(parseTimeOfDay(entry.from), "workday from"),
          to: unwrap(parseTimeOfDay(entry.to, { allowEndOfDay: true }), "workday to")
        }
      };
    }),
    workdayAs: WEEKDAYS.indexOf(spec.workdayAs ?? "mon"),
    ...spec.holidaysFrom ? {
      holidaysFrom: {
        country: String(spec.holidaysFrom.country),
        ...spec.holidaysFrom.region === void 0 ? {} : { region: String(spec.holidaysFrom.region) }
      }
    } : {}
  };
}
function toParty(metadata, origin, spec) {
  return { kind: "Party", metadata, origin, type: spec.type, contact: spec.contact };
}
function toImprovement(metadata, origin, spec) {
  const date = (v, what) => unwrap(parseDate(v), what);
  return {
    kind: "Improvement",
    metadata,
    origin,
    agreement: parseAgreementRef(String(spec.agreement)),
    ...spec.targets === void 0 ? {} : { targets: spec.targets.map(String) },
    ...spec.period === void 0 ? {} : { period: unwrap(parsePeriodLabel(spec.period), "period") },
    raised: date(spec.raised, "raised"),
    ...spec.cause === void 0 ? {} : { cause: String(spec.cause) },
    ...spec.owner === void 0 ? {} : { owner: String(spec.owner) },
    status: spec.status ?? "open",
    actions: (spec.actions ?? []).map((a) => ({
      text: String(a.text),
      ...a.owner === void 0 ? {} : { owner: String(a.owner) },
      ...a.due === void 0 ? {} : { due: date(a.due, "due") },
      ...a.done === void 0 ? {} : { done: date(a.done, "done") }
    }))
  };
}
function toAgreement(kind, metadata, origin, spec) {
  const calendar = spec.calendar ?? CALENDAR_24X7;
  const pct = (v, what, allowOver100 = false) => unwrap(parsePercentage(v, { allowOver100 }), what);
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
      end: spec.term.end === void 0 || spec.term.end === null ? void 0 : unwrap(parseDate(spec.term.end), "term.end")
    },
    effective: spec.effective === void 0 ? start : unwrap(parseDate(spec.effective), "effective"),
    review: spec.review ? {
      every: unwrap(parseCalendarInterval(spec.review.every), "review.every"),
      last: spec.review.last === void 0 ? void 0 : unwrap(parseDate(spec.review.last), "review.last")
    } : void 0,
    calendar,
    ...spec.timezone === void 0 ? {} : { timezone: String(spec.timezone).trim() },
    ...isLocale(spec.locale) ? { locale: spec.locale } : {},
    fee: spec.fee ? { amount: Number(spec.fee.amount), currency: spec.fee.currency, per: spec.fee.per ?? "month" } : void 0,
    creditCap: pct(spec.creditCap ?? "100%", "creditCap"),
    contract: spec.contract ? {
      reference: spec.contract.reference,
      noticePeriod: spec.contract.noticePeriod === void 0 ? void 0 : unwrap(parseCalendarInterval(spec.contract.noticePeriod), "noticePeriod"),
      autoRenew: spec.contract.autoRenew,
      claimWithin: spec.contract.claimWithin === void 0 ? void 0 : unwrap(parseCalendarInterval(spec.contract.claimWithin), "claimWithin")
    } : void 0,
    severity: {
      minor: pct(spec.severity?.minor ?? "150%", "severity.minor", true),
      major: pct(spec.severity?.major ?? "300%", "severity.major", true)
    },
    scope: toDimensionFilter(spec.scope),
    workload: (spec.workload ?? []).map((w, index) => toWorkloadLimit(w, index)),
    targets: (spec.targets ?? []).map((t, index) => toTarget(t, index, calendar))
  };
}
function toTarget(raw, index, agreementCalendar) {
  const credits = (raw.credits ?? []).map((c) => ({
    below: unwrap(parsePercentage(c.below), "credits.below"),
    credit: unwrap(parsePercentage(c.credit), "credits.credit")
  }));
  const threshold = raw.threshold === void 0 ? void 0 : unwrap(parseThreshold(raw.threshold), "threshold");
  return {
    name: raw.name,
    metric: raw.metric,
    objective: unwrap(parsePercentage(raw.objective), "objective"),
    threshold: threshold?.kind === "duration" ? threshold.ms : void 0,
    ...threshold?.kind === "business-days" ? { businessDays: threshold.days } : {},
    ...threshold?.kind === "score" ? { score: threshold.score } : {},
    ...threshold ? { thresholdText: threshold.text } : {},
    priority: raw.priority === void 0 ? void 0 : String(raw.priority),
    window: raw.window ?? "month",
    calendar: raw.calendar ?? agreementCalendar,
    exclusions: raw.exclusions ?? [],
    source: raw.source,
    components: raw.components === true,
    credits,
    supports: raw.supports ?? [],
    where: toDimensionFilter(raw.where),
    ...raw.workload === void 0 ? {} : { workload: String(raw.workload) },
    ...raw.metric === "threshold" ? { compare: toComparison(raw) } : {},
    index
  };
}
function toWorkloadLimit(raw, index) {
  return {
    name: String(raw.name),
    measure: raw.measure,
    ...raw.priority === void 0 ? {} : { priority: String(raw.priority) },
    ...raw.metric === void 0 ? {} : { metric: String(raw.metric) },
    max: Number(raw.max),
    per: raw.per ?? "month",
    ...raw.source === void 0 ? {} : { source: String(raw.source) },
    index
  };
}
function toComparison(raw) {
  const limit = unwrap(parseLimit(raw.limit), "limit");
  const column = raw.unit !== void 0 ? unwrap(parseColumnUnit(raw.unit), "unit") : raw.field === "latency" ? { dimension: "duration", factor: 1 } : { dimension: limit.dimension, factor: limit.factor };
  return {
    field: String(raw.field),
    op: raw.op ?? "<=",
    // A plain-number limit is in the column's unit.
    limit: limit.amount * (limit.dimension === "number" ? column.factor : limit.factor),
    limitText: limit.text,
    ...raw.unit !== void 0 ? { unit: String(raw.unit) } : {},
    limitAmount: limit.amount,
    ...limit.unit !== void 0 ? { limitUnit: limit.unit } : {},
    columnFactor: column.factor,
    dimension: limit.dimension === "number" ? column.dimension : limit.dimension
  };
}
function toDataSource(metadata, origin, written) {
  const spec = withPreset(written);
  const type = spec.type;
  const columns = {};
  const durations = {};
  const formats = {};
  for (const [field, column] of Object.entries(spec.columns ?? {})) {
    if (typeof column === "string" || typeof column === "number") {
      columns[field] = column;
      continue;
    }
    const c = column;
    columns[field] = c.column;
    if (c.format !== void 0)
      formats[field] = c.format;
    if (c.after !== void 0 && c.unit !== void 0)
      durations[field] = { after: c.after, unitMs: DURATION_UNITS[c.unit] };
  }
  const constants = Object.fromEntries(Object.entries(spec.constants ?? {}).map(([k, v]) => [k, String(v)]));
  const service = spec.service ?? constants.service;
  const fields = DATA_SOURCE_FIELDS[type];
  const own = /* @__PURE__ */ new Set([...fields.required, ...fields.optional]);
  const dimensions = [.../* @__PURE__ */ new Set([...Object.keys(columns), ...Object.keys(constants)])].filter((f) => !own.has(f)).sort(compareStrings);
  return {
    kind: "DataSource",
    metadata,
    origin,
    type,
    preset: spec.preset,
    layout: spec.layout ?? "tickets",
    states: {
      paused: (spec.states?.paused ?? []).map(String),
      stopped: (spec.states?.stopped ?? []).map(String)
    },
    path: spec.path,
    encoding: spec.encoding === void 0 ? "utf-8" : unwrap(parseEncoding(spec.encoding), "encoding"),
    header: spec.header ?? true,
    delimiter: spec.delimiter ?? ",",
    timezone: spec.timezone ?? "UTC",
    timestampFormat: spec.timestampFormat,
    formats,
    locale: spec.locale,
    missing: spec.missing ?? [""],
    dedupe: spec.dedupe ?? "none",
    maxGap: spec.maxGap === void 0 ? void 0 : unwrap(parseDuration(spec.maxGap), "maxGap"),
    service,
    columns,
    durations,
    constants,
    dimensions,
    where: toDimensionFilter(spec.where),
    ...spec.warehouse ? { warehouse: toWarehouse(spec.warehouse) } : {},
    ...spec.engine === "duckdb" ? { engine: "duckdb" } : {},
    values: Object.fromEntries(Object.entries(spec.values ?? {}).map(([field, map]) => [
      field,
      Object.fromEntries(Object.entries(map).map(([k, v]) => [k, String(v)]))
    ]))
  };
}
function toWarehouse(raw) {
  const bucket = raw.bucket === void 0 ? 3e5 : unwrap(parseDuration(raw.bucket), "warehouse.bucket");
  return {
    table: raw.table,
    timestamp: raw.timestamp,
    service: raw.service,
    good: unwrap(parseSqlExpression(raw.good), "warehouse.good"),
    latency: raw.latency,
    bucketSeconds: Math.round(bucket / 1e3)
  };
}
function toDimensionFilter(raw) {
  if (!raw || typeof raw !== "object")
    return {};
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [
    k,
    (Array.isArray(v) ? v : [v]).map((x) => String(x))
  ]));
}

// dist/model/load-model.js
async function loadModel(options) {
  const load = await loadRepository(options);
  options.onLoaded?.(load);
  return modelOf(load, options.now);
}
function modelOf(load, now) {
  const diagnostics = validateRepository(load, { now, minSeverity: "error" }).sort(compareDiagnostics);
  if (diagnostics.some((d) => d.severity === "error"))
    return { load, diagnostics };
  return { load, diagnostics, model: buildModel(effectiveDocuments(load.documents).documents) };
}

export {
  loadModel,
  modelOf
};
