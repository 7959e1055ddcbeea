import { parseAllDocuments } from "yaml";
import { compareStrings } from "../core/compare.js";
import {
  AGREEMENT_KINDS,
  type AgreementKind,
  API_VERSION,
  METRICS,
  type Metric,
  SCORE_METRICS,
  THRESHOLD_METRICS,
} from "../core/model.js";
import { parseThreshold } from "../core/values/threshold.js";
import { parsePercentage } from "../core/values/percentage.js";
import { ANNOTATION, CSV_SOURCE_TYPE, OPENSLO_API_VERSION } from "./document.js";
import { isAlwaysOpen, parseServiceHours, type ServiceHours } from "./service-hours.js";

/** One OpenSLO input file. */
export interface OpenSloInput {
  file: string;
  text: string;
}

/** Something of the input that the slm documents do not hold, or hold only approximately. */
export interface ImportNote {
  file: string;
  /** 1-based YAML document number in the file. */
  document: number;
  /** `SLO/name` of the object, or "" when it has none. */
  object: string;
  message: string;
}

export interface ImportOptions {
  /** Kind of the agreements made from SLOs that do not say (default SLA). */
  kind: AgreementKind;
  provider?: string;
  customer?: string;
  /** `YYYY-MM-DD` term start for SLOs without a calendar-aligned window (default: today). */
  start: string;
}

export type SlmDocumentOut = {
  apiVersion: typeof API_VERSION;
  kind: string;
  metadata: Record<string, unknown>;
  spec: Record<string, unknown>;
};

export interface ImportResult {
  /** Services, Calendars, DataSources, then agreements, each sorted by name. */
  documents: SlmDocumentOut[];
  notes: ImportNote[];
  /** SLO objectives that became targets. */
  targets: number;
}

interface Located {
  file: string;
  document: number;
  value: Record<string, unknown>;
}

interface AgreementDraft {
  kind: AgreementKind;
  name: string;
  service: string;
  provider: string;
  customer: string;
  starts: string[];
  zone: string;
  labels: Record<string, string>;
  targets: { spec: Record<string, unknown>; calendar: ServiceHours | undefined }[];
}

/**
 * OpenSLO v1 SLOs → slm agreements: one target per objective, grouped into agreements by the
 * `slm.dev/agreement` annotation (documents slm exported) or else one agreement per service.
 * What an slm document cannot hold (alert policies, metric queries, rolling windows, time-slice
 * parameters, …) is listed as a note instead of being dropped silently. Decisions: docs/openslo.md.
 */
export function importOpenSlo(inputs: readonly OpenSloInput[], options: ImportOptions): ImportResult {
  const notes: ImportNote[] = [];
  const slos: Located[] = [];
  const slis = new Map<string, Located>();
  const services = new Map<string, Located>();
  const sources = new Map<string, Located>();
  for (const input of inputs) {
    readObjects(input, notes, (object) => {
      const kind = object.value.kind;
      const name = nameOf(object.value);
      if (kind === "SLO") slos.push(object);
      else if (kind === "SLI") slis.set(name, object);
      else if (kind === "Service") services.set(name, object);
      else if (kind === "DataSource") sources.set(name, object);
      else
        note(
          notes,
          object,
          `${String(kind)} is not carried: slm has no alerting (only SLOs, SLIs, Services and DataSources are read)`,
        );
    });
  }

  const dataSources = new Map<string, SlmDocumentOut>();
  for (const [name, object] of sources) {
    const converted = toDataSource(object, notes);
    if (converted) dataSources.set(name, converted);
  }

  const agreements = new Map<string, AgreementDraft>();
  let targets = 0;
  for (const slo of slos) targets += importSlo(slo, { options, notes, slis, dataSources, agreements });

  const documents: SlmDocumentOut[] = [];
  const calendars = new Map<string, SlmDocumentOut>();
  const agreementDocs = [...agreements.values()].map((a) => toAgreement(a, options.start, calendars, notes));
  const serviceNames = [...new Set([...agreements.values()].map((a) => a.service))].sort(compareStrings);
  for (const service of serviceNames) {
    const owner = [...agreements.values()].find((a) => a.service === service)!.provider;
    const described = [...services.entries()].find(([n]) => slug(n) === service)?.[1]?.value;
    const metadata = described?.metadata as Record<string, unknown> | undefined;
    const spec = described?.spec as Record<string, unknown> | undefined;
    documents.push(
      slmDocument(
        "Service",
        {
          name: service,
          ...(typeof metadata?.displayName === "string" ? { displayName: metadata.displayName } : {}),
        },
        { owner, ...(typeof spec?.description === "string" ? { description: spec.description } : {}) },
      ),
    );
  }
  documents.push(...byName(calendars), ...byName(dataSources));
  documents.push(
    ...agreementDocs.sort((a, b) =>
      compareStrings(`${a.kind}/${a.metadata.name}`, `${b.kind}/${b.metadata.name}`),
    ),
  );
  return { documents, notes, targets };
}

interface Context {
  options: ImportOptions;
  notes: ImportNote[];
  slis: Map<string, Located>;
  dataSources: Map<string, SlmDocumentOut>;
  agreements: Map<string, AgreementDraft>;
}

/** One SLO: its objectives become targets of its agreement; returns how many. */
function importSlo(slo: Located, ctx: Context): number {
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

  // The agreement: the one slm exported it from, else one agreement per service.
  const [annotatedKind, annotatedName] = (annotations[ANNOTATION.agreement] ?? "").split("/");
  const labelKind = labels["slm-kind"]?.toUpperCase();
  const kind = (AGREEMENT_KINDS as readonly string[]).includes(annotatedKind ?? "")
    ? (annotatedKind as AgreementKind)
    : (AGREEMENT_KINDS as readonly string[]).includes(labelKind ?? "")
      ? (labelKind as AgreementKind)
      : ctx.options.kind;
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
      targets: [],
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
    note(
      notes,
      slo,
      `time zone ${zone} differs from the agreement's (${agreement.zone}); slm measures every target of an agreement in one zone`,
    );
  }

  const windowName = windowOf(record(window), annotations, slo, notes);
  const startTime = typeof calendar.startTime === "string" ? calendar.startTime.slice(0, 10) : undefined;
  if (startTime && /^\d{4}-\d{2}-\d{2}$/.test(startTime)) agreement.starts.push(startTime);
  else
    note(notes, slo, `no calendar-aligned window start: the term starts on ${ctx.options.start} (--start)`);
  if (Array.isArray(spec.alertPolicies) && spec.alertPolicies.length > 0) {
    note(
      notes,
      slo,
      `alertPolicies are not carried (${spec.alertPolicies.length}): slm reports, it does not alert`,
    );
  }
  const hoursText = annotations[ANNOTATION.serviceHours];
  const hours = hoursText !== undefined ? parseServiceHours(hoursText) : undefined;
  if (hoursText !== undefined && !hours)
    note(notes, slo, `${ANNOTATION.serviceHours} is not readable JSON of service hours; left out`);

  const objectives = Array.isArray(spec.objectives) ? spec.objectives.map(record) : [];
  if (objectives.length === 0) {
    note(notes, slo, "not carried: the SLO has no objectives");
    return 0;
  }
  const budgeting = typeof spec.budgetingMethod === "string" ? spec.budgetingMethod : "Occurrences";
  let made = 0;
  objectives.forEach((objective, i) => {
    const indicator = resolveIndicator(
      objective.indicator ?? spec.indicator,
      objective.indicatorRef ?? spec.indicatorRef,
      slo,
      ctx,
    );
    const base = slug(annotations[ANNOTATION.target] ?? nameOf(v));
    const target = toTarget({ slo, objective, indicator, annotations, labels, budgeting, ctx });
    if (!target) return;
    const targetName = uniqueName(
      objectives.length === 1 || i === 0 ? base : `${base}-${i + 1}`,
      agreement.targets.map((t) => t.spec.name as string),
    );
    if (i > 0 && annotations[ANNOTATION.target] === undefined) {
      note(notes, slo, `objective ${i + 1} becomes target ${targetName}`);
    }
    agreement.targets.push({
      spec: { name: targetName, ...target, ...(windowName === "month" ? {} : { window: windowName }) },
      calendar: hours,
    });
    made++;
  });
  // slm's own export writes the description from the fields it carries: nothing more to keep.
  const fromSlm = annotations[ANNOTATION.agreement] !== undefined;
  if (typeof spec.description === "string" && spec.description && made > 0 && !fromSlm) {
    for (const t of agreement.targets.slice(-made)) t.spec.description = spec.description;
  }
  return made;
}

interface TargetInput {
  slo: Located;
  objective: Record<string, unknown>;
  indicator: Record<string, unknown> | undefined;
  annotations: Record<string, string>;
  labels: Record<string, string>;
  budgeting: string;
  ctx: Context;
}

/** The target's fields from one objective; undefined (with a note) when slm cannot express it. */
function toTarget(input: TargetInput): Record<string, unknown> | undefined {
  const { slo, objective, indicator, annotations, labels, budgeting, ctx } = input;
  const { notes } = ctx;
  const indicatorSpec = record(indicator?.spec);
  const ratio = record(indicatorSpec.ratioMetric);
  const isThreshold =
    indicatorSpec.thresholdMetric !== undefined || (indicator === undefined && objective.op !== undefined);

  const objectiveText = objectiveOf(objective, annotations, slo, notes);
  if (objectiveText === undefined) return undefined;

  const annotated = annotations[ANNOTATION.metric];
  let metric: Metric;
  let thresholdText: string | undefined;
  let scoreThreshold: number | undefined;
  let limit: Record<string, string> | undefined;
  if (annotated === "threshold") {
    // slm's own export of a threshold target (SPEC §22): field and limit come back from annotations.
    metric = "threshold";
    const field = annotations[ANNOTATION.field];
    const written = /^(<=|<|>=|>) (.+)$/.exec(annotations[ANNOTATION.limit] ?? "");
    if (field === undefined || !written) {
      note(
        notes,
        slo,
        `not carried: a threshold target needs the ${ANNOTATION.field} and ${ANNOTATION.limit} annotations`,
      );
      return undefined;
    }
    const unit = annotations[ANNOTATION.unit];
    limit = { field, op: written[1]!, limit: written[2]!, ...(unit !== undefined ? { unit } : {}) };
  } else if (annotated !== undefined && (METRICS as readonly string[]).includes(annotated)) {
    metric = annotated as Metric;
    const score = Number(annotations[ANNOTATION.threshold]);
    if (
      SCORE_METRICS.includes(metric) &&
      annotations[ANNOTATION.threshold] !== undefined &&
      Number.isFinite(score)
    ) {
      // A satisfaction threshold is a score (SPEC §15): written back as a number.
      scoreThreshold = score;
    } else if (THRESHOLD_METRICS.includes(metric)) {
      const annotatedThreshold = annotations[ANNOTATION.threshold];
      thresholdText =
        annotatedThreshold !== undefined && parseThreshold(annotatedThreshold).ok
          ? annotatedThreshold
          : thresholdFromValue(metric, objective, slo, notes);
      if (thresholdText === undefined) return undefined;
    }
  } else if (isThreshold) {
    const op = objective.op;
    if (op !== "lte" && op !== "lt") {
      note(
        notes,
        slo,
        `not carried: objective ${objectiveLabel(objective)} asks for values ${String(op ?? "(no op)")} ${String(objective.value)}; slm's per-item targets are "at most a threshold" (lte)`,
      );
      return undefined;
    }
    if (op === "lt")
      note(notes, slo, `op lt read as lte: slm counts a value equal to its threshold as meeting it`);
    metric = "latency";
    thresholdText = thresholdFromValue(metric, objective, slo, notes);
    if (thresholdText === undefined) return undefined;
    note(
      notes,
      slo,
      `threshold metric read as latency with the value ${String(objective.value)} in milliseconds (OpenSLO values carry no unit)`,
    );
  } else {
    metric = budgeting === "Occurrences" ? "success-rate" : "availability";
    if (ratio.bad !== undefined)
      note(
        notes,
        slo,
        "ratio of bad events: slm measures good ÷ total; the DataSource must give good and total",
      );
  }
  if (budgeting !== "Occurrences" && annotated === undefined) {
    const slice = `timeSliceWindow ${String(objective.timeSliceWindow ?? "(none)")}, timeSliceTarget ${String(objective.timeSliceTarget ?? "(none)")}`;
    note(notes, slo, `${budgeting} (${slice}) measured as exact service time: slm has no time slices`);
  }
  const source = metricSourceOf(indicatorSpec, slo, ctx);
  const priority = labels.priority;
  const ticketMetric = metric === "response-time" || metric === "resolution-time";
  if (priority !== undefined && !ticketMetric)
    note(notes, slo, `label priority ${priority} is left out: only ticket metrics take a priority`);
  const exclusions = annotations[ANNOTATION.exclusions];
  return {
    metric,
    ...(ticketMetric && priority !== undefined ? { priority } : {}),
    ...(thresholdText !== undefined ? { threshold: thresholdText } : {}),
    ...(scoreThreshold !== undefined ? { threshold: scoreThreshold } : {}),
    ...limit,
    objective: objectiveText,
    ...(exclusions === "planned" && metric === "availability" ? { exclusions: ["planned"] } : {}),
    ...(source ? { source } : {}),
  };
}

/** The objective as slm writes it: the exact annotation when slm wrote one, else target × 100. */
function objectiveOf(
  objective: Record<string, unknown>,
  annotations: Record<string, string>,
  slo: Located,
  notes: ImportNote[],
): string | undefined {
  const annotated = annotations[ANNOTATION.objective];
  if (annotated !== undefined && parsePercentage(annotated).ok) return annotated;
  const percent =
    typeof objective.target === "number"
      ? objective.target * 100
      : typeof objective.targetPercent === "number"
        ? objective.targetPercent
        : undefined;
  if (percent === undefined || !(percent > 0) || percent > 100) {
    note(notes, slo, `not carried: objective ${objectiveLabel(objective)} has no target between 0 and 1`);
    return undefined;
  }
  // Float noise off (0.9995 × 100 = 99.95000000000002): slm percentages have at most 7 decimals.
  const text = `${percent.toFixed(7).replace(/\.?0+$/, "")}%`;
  if (Math.abs(Number.parseFloat(text) - percent) > 1e-9)
    note(notes, slo, `objective ${percent}% rounded to ${text}`);
  return text;
}

function thresholdFromValue(
  metric: Metric,
  objective: Record<string, unknown>,
  slo: Located,
  notes: ImportNote[],
): string | undefined {
  const value = objective.value;
  if (typeof value !== "number" || !(value > 0)) {
    note(notes, slo, `not carried: objective ${objectiveLabel(objective)} has no positive threshold value`);
    return undefined;
  }
  // slm's own export writes latency in milliseconds and clocks in seconds.
  const ms = metric === "latency" ? value : value * 1000;
  if (!Number.isInteger(ms)) {
    note(notes, slo, `threshold ${value} rounded to ${Math.round(ms)}ms`);
  }
  return `${Math.round(ms)}ms`;
}

function windowOf(
  window: Record<string, unknown>,
  annotations: Record<string, string>,
  slo: Located,
  notes: ImportNote[],
): string {
  const annotated = annotations[ANNOTATION.window];
  if (annotated === "month" || annotated === "quarter" || annotated === "year") return annotated;
  const duration = typeof window.duration === "string" ? window.duration : "";
  const rolling = window.isRolling === true;
  const calendarWindow = { "1M": "month", "1Q": "quarter", "3M": "quarter", "1Y": "year", "12M": "year" }[
    duration
  ];
  if (calendarWindow && !rolling) return calendarWindow;
  note(
    notes,
    slo,
    `${rolling ? "rolling" : "calendar"} window ${duration || "(none)"} assessed as calendar months: slm's windows are the calendar month, quarter and year`,
  );
  return calendarWindow ?? "month";
}

/** The indicator inline, or the SLI the reference names; undefined (noted) when neither resolves. */
function resolveIndicator(
  inline: unknown,
  ref: unknown,
  slo: Located,
  ctx: Context,
): Record<string, unknown> | undefined {
  if (inline && typeof inline === "object") return inline as Record<string, unknown>;
  if (typeof ref === "string") {
    const sli = ctx.slis.get(ref);
    if (sli) return sli.value;
    note(
      ctx.notes,
      slo,
      `indicatorRef ${ref} names no SLI in the input; the metric is guessed from the objective`,
    );
  }
  return undefined;
}

/** A source slm can read: an slm DataSource written back from its OpenSLO DataSource. */
function metricSourceOf(
  indicatorSpec: Record<string, unknown>,
  slo: Located,
  ctx: Context,
): string | undefined {
  const metric = record(
    indicatorSpec.thresholdMetric ??
      record(indicatorSpec.ratioMetric).good ??
      record(indicatorSpec.ratioMetric).bad,
  );
  const source = record(metric.metricSource);
  const ref = typeof source.metricSourceRef === "string" ? source.metricSourceRef : undefined;
  if (ref && ctx.dataSources.has(ref)) return slug(ref);
  // slm's own export without a reference: the target had no DataSource to name, nothing is lost.
  if (Object.keys(source).length === 0 || (source.type === CSV_SOURCE_TYPE && !ref)) return undefined;
  const query = Object.entries(record(source.spec))
    .map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`)
    .join(", ");
  note(
    ctx.notes,
    slo,
    `metric source not carried (${[source.type, ref].filter(Boolean).join(" ") || "inline"}${query ? `; ${query}` : ""}): slm measures from CSV exports; add a DataSource for the export and name it in the target's source`,
  );
  return undefined;
}

/** An OpenSLO DataSource slm wrote (type CSV, `slm.dev/source-type`) back as an slm DataSource. */
function toDataSource(object: Located, notes: ImportNote[]): SlmDocumentOut | undefined {
  const metadata = record(object.value.metadata);
  const spec = record(object.value.spec);
  const type = stringMap(metadata.annotations)[ANNOTATION.sourceType];
  if (spec.type !== CSV_SOURCE_TYPE || !type) {
    note(
      notes,
      object,
      `DataSource of type ${String(spec.type)} is not carried: slm reads CSV exports described by an slm DataSource`,
    );
    return undefined;
  }
  const details = record(spec.connectionDetails);
  return slmDocument(
    "DataSource",
    {
      name: slug(nameOf(object.value)),
      ...(typeof metadata.displayName === "string" ? { displayName: metadata.displayName } : {}),
    },
    { type, ...details },
  );
}

/** Calendars from the targets' service hours; the agreement's zone when its calendar does not say it. */
function toAgreement(
  draft: AgreementDraft,
  start: string,
  calendars: Map<string, SlmDocumentOut>,
  notes: ImportNote[],
): SlmDocumentOut {
  const calendarOf = (hours: ServiceHours | undefined): string | undefined => {
    if (!hours) return undefined;
    if (isAlwaysOpen(hours)) return "24x7";
    const name = slug(hours.calendar);
    if (!calendars.has(name)) {
      calendars.set(
        name,
        slmDocument(
          "Calendar",
          { name },
          {
            timezone: hours.timezone,
            hours: hours.hours,
            ...(hours.holidays.length > 0 ? { holidays: hours.holidays } : {}),
            ...(hours.workdays?.length
              ? { workdays: hours.workdays, workdayAs: hours.workdayAs ?? "mon" }
              : {}),
            ...(hours.holidaysFrom ? { holidaysFrom: hours.holidaysFrom } : {}),
          },
        ),
      );
    }
    return name;
  };
  const named = draft.targets.map((t) => calendarOf(t.calendar));
  // The agreement's calendar: the one most of its targets use in its zone; targets on others say so.
  const counts = new Map<string, number>();
  draft.targets.forEach((t, i) => {
    const name = named[i];
    if (name && name !== "24x7" && t.calendar?.timezone === draft.zone)
      counts.set(name, (counts.get(name) ?? 0) + 1);
  });
  const main = [...counts].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))[0]?.[0];
  // The window's zone is the agreement's (SPEC §11): said outright unless its calendar says it.
  const utc = draft.zone === "UTC" || draft.zone === "Etc/UTC";
  const mainZone = main ? (calendars.get(main)!.spec.timezone as string) : "UTC";
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
      message: `windows start on ${starts.join(", ")}; the term starts on the earliest`,
    });
  }
  const labels = Object.keys(draft.labels).length > 0 ? { labels: draft.labels } : {};
  return slmDocument(
    draft.kind,
    { name: draft.name, ...labels },
    {
      service: draft.service,
      provider: draft.provider,
      customer: draft.customer,
      term: { start: starts[0] ?? start },
      ...(main ? { calendar: main } : {}),
      ...timezone,
      targets,
    },
  );
}

function readObjects(input: OpenSloInput, notes: ImportNote[], visit: (object: Located) => void): void {
  const docs = parseAllDocuments(input.text, { uniqueKeys: false });
  const list = Array.isArray(docs) ? docs : [docs];
  list.forEach((doc, i) => {
    const document = i + 1;
    if (doc.errors.length > 0) {
      notes.push({
        file: input.file,
        document,
        object: "",
        message: `not read: ${doc.errors[0]!.message.split("\n")[0]}`,
      });
      return;
    }
    const value: unknown = doc.toJS();
    if (value === null || value === undefined) return;
    // oslo accepts a list of objects in one document.
    for (const item of Array.isArray(value) ? value : [value]) {
      const object: Located = { file: input.file, document, value: record(item) };
      if (object.value.apiVersion !== OPENSLO_API_VERSION) {
        note(
          notes,
          object,
          `not read: apiVersion ${JSON.stringify(object.value.apiVersion ?? null)} is not ${OPENSLO_API_VERSION}`,
        );
        continue;
      }
      visit(object);
    }
  });
}

/** An slm name: lowercase letters, digits and '-', at most 63 characters. */
export function slug(text: string): string {
  const s = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 63)
    .replace(/-+$/, "");
  return s || "unnamed";
}

function renamed(notes: ImportNote[], at: Located, what: string, from: unknown, to: string): void {
  if (typeof from === "string" && from !== to)
    note(notes, at, `${what} ${from} is named ${to} (slm names are lowercase letters, digits and '-')`);
}

function party(
  role: "provider" | "customer",
  given: string | undefined,
  slo: Located,
  notes: ImportNote[],
): string {
  if (given !== undefined) return slug(given);
  note(notes, slo, `no ${role} label and no --${role}: the agreement's ${role} is unknown-${role}`);
  return `unknown-${role}`;
}

function uniqueName(name: string, taken: readonly string[]): string {
  if (!taken.includes(name)) return name;
  for (let n = 2; ; n++) if (!taken.includes(`${name}-${n}`)) return `${name}-${n}`;
}

function note(notes: ImportNote[], at: Located, message: string): void {
  const kind = typeof at.value.kind === "string" ? at.value.kind : "";
  notes.push({
    file: at.file,
    document: at.document,
    object: kind ? `${kind}/${nameOf(at.value)}` : "",
    message,
  });
}

function objectLabel(object: Record<string, unknown>): string {
  return typeof object.displayName === "string" ? `"${object.displayName}"` : "";
}

function objectiveLabel(objective: Record<string, unknown>): string {
  return objectLabel(objective) || "(unnamed)";
}

function nameOf(value: Record<string, unknown>): string {
  const name = record(value.metadata).name;
  return typeof name === "string" ? name : "";
}

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : undefined;
}

function stringMap(value: unknown): Record<string, string> {
  return Object.fromEntries(
    Object.entries(record(value)).filter((e): e is [string, string] => typeof e[1] === "string"),
  );
}

/** OpenSLO labels are a string or a list of strings; slm's are strings: the first value. */
function labelMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(record(value))) {
    if (typeof v === "string") out[k] = v;
    else if (Array.isArray(v) && typeof v[0] === "string") out[k] = v[0];
  }
  return out;
}

function slmDocument(
  kind: string,
  metadata: Record<string, unknown>,
  spec: Record<string, unknown>,
): SlmDocumentOut {
  return { apiVersion: API_VERSION, kind, metadata, spec };
}

function byName(map: Map<string, SlmDocumentOut>): SlmDocumentOut[] {
  return [...map.values()].sort((a, b) =>
    compareStrings(a.metadata.name as string, b.metadata.name as string),
  );
}
