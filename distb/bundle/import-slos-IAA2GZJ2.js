import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  ANNOTATION,
  CSV_SOURCE_TYPE,
  OPENSLO_API_VERSION,
  isAlwaysOpen,
  parseServiceHours
} from "./chunk-Y7ADX6LH.js";
import {
  parseThreshold
} from "./chunk-7K6IKEOI.js";
import "./chunk-OTE4TAJD.js";
import {
  parsePercentage
} from "./chunk-PWKK3NVO.js";
import {
  require_dist
} from "./chunk-C2E5FT65.js";
import "./chunk-VYAAX46D.js";
import {
  AGREEMENT_KINDS,
  API_VERSION,
  METRICS,
  SCORE_METRICS,
  THRESHOLD_METRICS
} from "./chunk-ADLZAIGX.js";
import {
  compareStrings
} from "./chunk-2EXGQLEF.js";
import {
  __toESM
} from "./chunk-KBDRPUOI.js";

// dist/openslo/import-slos.js
var import_yaml = __toESM(require_dist(), 1);
function importOpenSlo(inputs, options) {
  const notes = [];
  const slos = [];
  const slis = /* @__PURE__ */ new Map();
  const services = /* @__PURE__ */ new Map();
  const sources = /* @__PURE__ */ new Map();
  for (const input of inputs) {
    readObjects(input, notes, (object) => {
      const kind = object.value.kind;
      const name = nameOf(object.value);
      if (kind === "SLO")
        slos.push(object);
      else if (kind === "SLI")
        slis.set(name, object);
      else if (kind === "Service")
        services.set(name, object);
      else if (kind === "DataSource")
        sources.set(name, object);
      else
        note(notes, object, `${String(kind)} is not carried: slm has no alerting (only SLOs, SLIs, Services and DataSources are read)`);
    });
  }
  const dataSources = /* @__PURE__ */ new Map();
  for (const [name, object] of sources) {
    const converted = toDataSource(object, notes);
    if (converted)
      dataSources.set(name, converted);
  }
  const agreements = /* @__PURE__ */ new Map();
  let targets = 0;
  for (const slo of slos)
    targets += importSlo(slo, { options, notes, slis, dataSources, agreements });
  const documents = [];
  const calendars = /* @__PURE__ */ new Map();
  const agreementDocs = [...agreements.values()].map((a) => toAgreement(a, options.start, calendars, notes));
  const serviceNames = [...new Set([...agreements.values()].map((a) => a.service))].sort(compareStrings);
  for (const service of serviceNames) {
    const owner = [...agreements.values()].find((a) => a.service === service).provider;
    const described = [...services.entries()].find(([n]) => slug(n) === service)?.[1]?.value;
    const metadata = described?.metadata;
    const spec = described?.spec;
    documents.push(slmDocument("Service", {
      name: service,
      ...typeof metadata?.displayName === "string" ? { displayName: metadata.displayName } : {}
    }, { owner, ...typeof spec?.description === "string" ? { description: spec.description } : {} }));
  }
  documents.push(...byName(calendars), ...byName(dataSources));
  documents.push(...agreementDocs.sort((a, b) => compareStrings(`${a.kind}/${a.metadata.name}`, `${b.kind}/${b.metadata.name}`)));
  return { documents, notes, targets };
}
function importSlo(slo, ctx) {
  const { notes } = ctx;
  const v = slo.value;
  const metadata = record(v.metadata);
  const spec = record(v.spec);
  const annotations = stringMap(metadata.annotations);
  const labels = labelMap(metadata.labels);
  const service = typeof spec.service === "string" ? slug(spec.service) : "";
  if (!service) {
    note(notes, slo, "not carried: the SLO names no service");
    return 0;
  }
  renamed(notes, slo, "service", spec.service, service);
  const [annotatedKind, annotatedName] = (annotations[ANNOTATION.agreement] ?? "").split("/");
  const labelKind = labels["slm-kind"]?.toUpperCase();
  const kind = AGREEMENT_KINDS.includes(annotatedKind ?? "") ? annotatedKind : AGREEMENT_KINDS.includes(labelKind ?? "") ? labelKind : ctx.options.kind;
  const name = slug(annotatedName || labels["slm-agreement"] || service);
  const window = first(spec.timeWindow);
  const calendar = record(record(window).calendar);
  const zone = typeof calendar.timeZone === "string" ? calendar.timeZone : "UTC";
  const key = `${kind}/${name}`;
  let agreement = ctx.agreements.get(key);
  if (!agreement) {
    agreement = {
      kind,
      name,
      service,
      provider: party("provider", labels.provider ?? ctx.options.provider, slo, notes),
      customer: party("customer", labels.customer ?? ctx.options.customer, slo, notes),
      starts: [],
      zone,
      labels: {},
      targets: []
    };
    ctx.agreements.set(key, agreement);
  }
  for (const [k, value] of Object.entries(labels)) {
    if (!["slm-kind", "slm-agreement", "provider", "customer", "priority"].includes(k))
      agreement.labels[k] = value;
  }
  for (const [k, values] of Object.entries(record(metadata.labels))) {
    if (Array.isArray(values) && values.length > 1)
      note(notes, slo, `label ${k} has several values; kept the first (${String(values[0])})`);
  }
  if (zone !== agreement.zone) {
    note(notes, slo, `time zone ${zone} differs from the agreement's (${agreement.zone}); slm measures every target of an agreement in one zone`);
  }
  const windowName = windowOf(record(window), annotations, slo, notes);
  const startTime = typeof calendar.startTime === "string" ? calendar.startTime.slice(0, 10) : void 0;
  if (startTime && /^\d{4}-\d{2}-\d{2}$/.test(startTime))
    agreement.starts.push(startTime);
  else
    note(notes, slo, `no calendar-aligned window start: the term starts on ${ctx.options.start} (--start)`);
  if (Array.isArray(spec.alertPolicies) && spec.alertPolicies.length > 0) {
    note(notes, slo, `alertPolicies are not carried (${spec.alertPolicies.length}): slm reports, it does not alert`);
  }
  const hoursText = annotations[ANNOTATION.serviceHours];
  const hours = hoursText !== void 0 ? parseServiceHours(hoursText) : void 0;
  if (hoursText !== void 0 && !hours)
    note(notes, slo, `${ANNOTATION.serviceHours} is not readable JSON of service hours; left out`);
  const objectives = Array.isArray(spec.objectives) ? spec.objectives.map(record) : [];
  if (objectives.length === 0) {
    note(notes, slo, "not carried: the SLO has no objectives");
    return 0;
  }
  const budgeting = typeof spec.budgetingMethod === "string" ? spec.budgetingMethod : "Occurrences";
  let made = 0;
  objectives.forEach((objective, i) => {
    const indicator = resolveIndicator(objective.indicator ?? spec.indicator, objective.indicatorRef ?? spec.indicatorRef, slo, ctx);
    const base = slug(annotations[ANNOTATION.target] ?? nameOf(v));
    const target = toTarget({ slo, objective, indicator, annotations, labels, budgeting, ctx });
    if (!target)
      return;
    const targetName = uniqueName(objectives.length === 1 || i === 0 ? base : `${base}-${i + 1}`, agreement.targets.map((t) => t.spec.name));
    if (i > 0 && annotations[ANNOTATION.target] === void 0) {
      note(notes, slo, `objective ${i + 1} becomes target ${targetName}`);
    }
    agreement.targets.push({
      spec: { name: targetName, ...target, ...windowName === "month" ? {} : { window: windowName } },
      calendar: hours
    });
    made++;
  });
  const fromSlm = annotations[ANNOTATION.agreement] !== void 0;
  if (typeof spec.description === "string" && spec.description && made > 0 && !fromSlm) {
    for (const t of agreement.targets.slice(-made))
      t.spec.description = spec.description;
  }
  return made;
}
function toTarget(input) {
  const { slo, objective, indicator, annotations, labels, budgeting, ctx } = input;
  const { notes } = ctx;
  const indicatorSpec = record(indicator?.spec);
  const ratio = record(indicatorSpec.ratioMetric);
  const isThreshold = indicatorSpec.thresholdMetric !== void 0 || indicator === void 0 && objective.op !== void 0;
  const objectiveText = objectiveOf(objective, annotations, slo, notes);
  if (objectiveText === void 0)
    return void 0;
  const annotated = annotations[ANNOTATION.metric];
  let metric;
  let thresholdText;
  let scoreThreshold;
  let limit;
  if (annotated === "threshold") {
    metric = "threshold";
    const field = annotations[ANNOTATION.field];
    const written = /^(<=|<|>=|>) (.+)$/.exec(annotations[ANNOTATION.limit] ?? "");
    if (field === void 0 || !written) {
      note(notes, slo, `not carried: a threshold target needs the ${ANNOTATION.field} and ${ANNOTATION.limit} annotations`);
      return void 0;
    }
    const unit = annotations[ANNOTATION.unit];
    limit = { field, op: written[1], limit: written[2], ...unit !== void 0 ? { unit } : {} };
  } else if (annotated !== void 0 && METRICS.includes(annotated)) {
    metric = annotated;
    const score = Number(annotations[ANNOTATION.threshold]);
    if (SCORE_METRICS.includes(metric) && annotations[ANNOTATION.threshold] !== void 0 && Number.isFinite(score)) {
      scoreThreshold = score;
    } else if (THRESHOLD_METRICS.includes(metric)) {
      const annotatedThreshold = annotations[ANNOTATION.threshold];
      thresholdText = annotatedThreshold !== void 0 && parseThreshold(annotatedThreshold).ok ? annotatedThreshold : thresholdFromValue(metric, objective, slo, notes);
      if (thresholdText === void 0)
        return void 0;
    }
  } else if (isThreshold) {
    const op = objective.op;
    if (op !== "lte" && op !== "lt") {
      note(notes, slo, `not carried: objective ${objectiveLabel(objective)} asks for values ${String(op ?? "(no op)")} ${String(objective.value)}; slm's per-item targets are "at most a threshold" (lte)`);
      return void 0;
    }
    if (op === "lt")
      note(notes, slo, `op lt read as lte: slm counts a value equal to its threshold as meeting it`);
    metric = "latency";
    thresholdText = thresholdFromValue(metric, objective, slo, notes);
    if (thresholdText === void 0)
      return void 0;
    note(notes, slo, `threshold metric read as latency with the value ${String(objective.value)} in milliseconds (OpenSLO values carry no unit)`);
  } else {
    metric = budgeting === "Occurrences" ? "success-rate" : "availability";
    if (ratio.bad !== void 0)
      note(notes, slo, "ratio of bad events: slm measures good \xF7 total; the DataSource must give good and total");
  }
  if (budgeting !== "Occurrences" && annotated === void 0) {
    const slice = `timeSliceWindow ${String(objective.timeSliceWindow ?? "(none)")}, timeSliceTarget ${String(objective.timeSliceTarget ?? "(none)")}`;
    note(notes, slo, `${budgeting} (${slice}) measured as exact service time: slm has no time slices`);
  }
  const source = metricSourceOf(indicatorSpec, slo, ctx);
  const priority = labels.priority;
  const ticketMetric = metric === "response-time" || metric === "resolution-time";
  if (priority !== void 0 && !ticketMetric)
    note(notes, slo, `label priority ${priority} is left out: only ticket metrics take a priority`);
  const exclusions = annotations[ANNOTATION.exclusions];
  return {
    metric,
    ...ticketMetric && priority !== void 0 ? { priority } : {},
    ...thresholdText !== void 0 ? { threshold: thresholdText } : {},
    ...scoreThreshold !== void 0 ? { threshold: scoreThreshold } : {},
    ...limit,
    objective: objectiveText,
    ...exclusions === "planned" && metric === "availability" ? { exclusions: ["planned"] } : {},
    ...source ? { source } : {}
  };
}
function objectiveOf(objective, annotations, slo, notes) {
  const annotated = annotations[ANNOTATION.objective];
  if (annotated !== void 0 && parsePercentage(annotated).ok)
    return annotated;
  const percent = typeof objective.target === "number" ? objective.target * 100 : typeof objective.targetPercent === "number" ? objective.targetPercent : void 0;
  if (percent === void 0 || !(percent > 0) || percent > 100) {
    note(notes, slo, `not carried: objective ${objectiveLabel(objective)} has no target between 0 and 1`);
    return void 0;
  }
  const text = `${percent.toFixed(7).replace(/\.?0+$/, "")}%`;
  if (Math.abs(Number.parseFloat(text) - percent) > 1e-9)
    note(notes, slo, `objective ${percent}% rounded to ${text}`);
  return text;
}
function thresholdFromValue(metric, objective, slo, notes) {
  const value = objective.value;
  if (typeof value !== "number" || !(value > 0)) {
    note(notes, slo, `not carried: objective ${objectiveLabel(objective)} has no positive threshold value`);
    return void 0;
  }
  const ms = metric === "latency" ? value : value * 1e3;
  if (!Number.isInteger(ms)) {
    note(notes, slo, `threshold ${value} rounded to ${Math.round(ms)}ms`);
  }
  return `${Math.round(ms)}ms`;
}
function windowOf(window, annotations, slo, notes) {
  const annotated = annotations[ANNOTATION.window];
  if (annotated === "month" || annotated === "quarter" || annotated === "year")
    return annotated;
  const duration = typeof window.duration === "string" ? window.duration : "";
  const rolling = window.isRolling === true;
  const calendarWindow = { "1M": "month", "1Q": "quarter", "3M": "quarter", "1Y": "year", "12M": "year" }[duration];
  if (calendarWindow && !rolling)
    return calendarWindow;
  note(notes, slo, `${rolling ? "rolling" : "calendar"} window ${duration || "(none)"} assessed as calendar months: slm's windows are the calendar month, quarter and year`);
  return calendarWindow ?? "month";
}
function resolveIndicator(inline, ref, slo, ctx) {
  if (inline && typeof inline === "object")
    return inline;
  if (typeof ref === "string") {
    const sli = ctx.slis.get(ref);
    if (sli)
      return sli.value;
    note(ctx.notes, slo, `indicatorRef ${ref} names no SLI in the input; the metric is guessed from the objective`);
  }
  return void 0;
}
function metricSourceOf(indicatorSpec, slo, ctx) {
  const metric = record(indicatorSpec.thresholdMetric ?? record(indicatorSpec.ratioMetric).good ?? record(indicatorSpec.ratioMetric).bad);
  const source = record(metric.metricSource);
  const ref = typeof source.metricSourceRef === "string" ? source.metricSourceRef : void 0;
  if (ref && ctx.dataSources.has(ref))
    return slug(ref);
  if (Object.keys(source).length === 0 || source.type === CSV_SOURCE_TYPE && !ref)
    return void 0;
  const query = Object.entries(record(source.spec)).map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`).join(", ");
  note(ctx.notes, slo, `metric source not carried (${[source.type, ref].filter(Boolean).join(" ") || "inline"}${query ? `; ${query}` : ""}): slm measures from CSV exports; add a DataSource for the export and name it in the target's source`);
  return void 0;
}
function toDataSource(object, notes) {
  const metadata = record(object.value.metadata);
  const spec = record(object.value.spec);
  const type = stringMap(metadata.annotations)[ANNOTATION.sourceType];
  if (spec.type !== CSV_SOURCE_TYPE || !type) {
    note(notes, object, `DataSource of type ${String(spec.type)} is not carried: slm reads CSV exports described by an slm DataSource`);
    return void 0;
  }
  const details = record(spec.connectionDetails);
  return slmDocument("DataSource", {
    name: slug(nameOf(object.value)),
    ...typeof metadata.displayName === "string" ? { displayName: metadata.displayName } : {}
  }, { type, ...details });
}
function toAgreement(draft, start, calendars, notes) {
  const calendarOf = (hours) => {
    if (!hours)
      return void 0;
    if (isAlwaysOpen(hours))
      return "24x7";
    const name = slug(hours.calendar);
    if (!calendars.has(name)) {
      calendars.set(name, slmDocument("Calendar", { name }, {
        timezone: hours.timezone,
        hours: hours.hours,
        ...hours.holidays.length > 0 ? { holidays: hours.holidays } : {},
        ...hours.workdays?.length ? { workdays: hours.workdays, workdayAs: hours.workdayAs ?? "mon" } : {},
        ...hours.holidaysFrom ? { holidaysFrom: hours.holidaysFrom } : {}
      }));
    }
    return name;
  };
  const named = draft.targets.map((t) => calendarOf(t.calendar));
  const counts = /* @__PURE__ */ new Map();
  draft.targets.forEach((t, i) => {
    const name = named[i];
    if (name && name !== "24x7" && t.calendar?.timezone === draft.zone)
      counts.set(name, (counts.get(name) ?? 0) + 1);
  });
  const main = [...counts].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))[0]?.[0];
  const utc = draft.zone === "UTC" || draft.zone === "Etc/UTC";
  const mainZone = main ? calendars.get(main).spec.timezone : "UTC";
  const timezone = !utc && mainZone !== draft.zone ? { timezone: draft.zone } : {};
  const targets = draft.targets.map((t, i) => {
    const calendar = named[i] ?? main ?? "24x7";
    return calendar === (main ?? "24x7") ? t.spec : { ...t.spec, calendar };
  });
  const starts = [...new Set(draft.starts)].sort(compareStrings);
  if (starts.length > 1) {
    notes.push({
      file: "",
      document: 0,
      object: `${draft.kind}/${draft.name}`,
      message: `windows start on ${starts.join(", ")}; the term starts on the earliest`
    });
  }
  const labels = Object.keys(draft.labels).length > 0 ? { labels: draft.labels } : {};
  return slmDocument(draft.kind, { name: draft.name, ...labels }, {
    service: draft.service,
    provider: draft.provider,
    customer: draft.customer,
    term: { start: starts[0] ?? start },
    ...main ? { calendar: main } : {},
    ...timezone,
    targets
  });
}
function readObjects(input, notes, visit) {
  const docs = (0, import_yaml.parseAllDocuments)(input.text, { uniqueKeys: false });
  const list = Array.isArray(docs) ? docs : [docs];
  list.forEach((doc, i) => {
    const document = i + 1;
    if (doc.errors.length > 0) {
      notes.push({
        file: input.file,
        document,
        object: "",
        message: `not read: ${doc.errors[0].message.split("\n")[0]}`
      });
      return;
    }
    const value = doc.toJS();
    if (value === null || value === void 0)
      return;
    for (const item of Array.isArray(value) ? value : [value]) {
      const object = { file: input.file, document, value: record(item) };
      if (object.value.apiVersion !== OPENSLO_API_VERSION) {
        note(notes, object, `not read: apiVersion ${JSON.stringify(object.value.apiVersion ?? null)} is not ${OPENSLO_API_VERSION}`);
        continue;
      }
      visit(object);
    }
  });
}
function slug(text) {
  const s = text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 63).replace(/-+$/, "");
  return s || "unnamed";
}
function renamed(notes, at, what, from, to) {
  if (typeof from === "string" && from !== to)
    note(notes, at, `${what} ${from} is named ${to} (slm names are lowercase letters, digits and '-')`);
}
function party(role, given, slo, notes) {
  if (given !== void 0)
    return slug(given);
  note(notes, slo, `no ${role} label and no --${role}: the agreement's ${role} is unknown-${role}`);
  return `unknown-${role}`;
}
function uniqueName(name, taken) {
  if (!taken.includes(name))
    return name;
  for (let n = 2; ; n++)
    if (!taken.includes(`${name}-${n}`))
      return `${name}-${n}`;
}
function note(notes, at, message) {
  const kind = typeof at.value.kind === "string" ? at.value.kind : "";
  notes.push({
    file: at.file,
    document: at.document,
    object: kind ? `${kind}/${nameOf(at.value)}` : "",
    message
  });
}
function objectLabel(object) {
  return typeof object.displayName === "string" ? `"${object.displayName}"` : "";
}
function objectiveLabel(objective) {
  return objectLabel(objective) || "(unnamed)";
}
function nameOf(value) {
  const name = record(value.metadata).name;
  return typeof name === "string" ? name : "";
}
function record(value) {
  return value && typeof value === "object" && !Array.isArray(value) ? value : {};
}
function first(value) {
  return Array.isArray(value) ? value[0] : void 0;
}
function stringMap(value) {
  return Object.fromEntries(Object.entries(record(value)).filter((e) => typeof e[1] === "string"));
}
function labelMap(value) {
  const out = {};
  for (const [k, v] of Object.entries(record(value))) {
    if (typeof v === "string")
      out[k] = v;
    else if (Array.isArray(v) && typeof v[0] === "string")
      out[k] = v[0];
  }
  return out;
}
function slmDocument(kind, metadata, spec) {
  return { apiVersion: API_VERSION, kind, metadata, spec };
}
function byName(map) {
  return [...map.values()].sort((a, b) => compareStrings(a.metadata.name, b.metadata.name));
}
export {
  importOpenSlo,
  slug
};
