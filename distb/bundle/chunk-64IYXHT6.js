import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  DIAGNOSTIC_CODES
} from "./chunk-SGPNXJH6.js";
import {
  chooseWorkloadSource,
  targetScope
} from "./chunk-75NXACXC.js";
import {
  VALUE_PARSERS,
  agreementRefText,
  configSchema,
  documentSchema,
  parseAgreementRef,
  parseColumnUnit,
  parseLimit
} from "./chunk-CQ6KMK7V.js";
import {
  LOCAL_TIME_PRESETS,
  PRESETS,
  withPreset
} from "./chunk-L2KHN3JD.js";
import {
  parseDuration,
  parseTimeOfDay
} from "./chunk-OTE4TAJD.js";
import {
  formatPercentage,
  parsePercentage
} from "./chunk-PWKK3NVO.js";
import {
  chooseSource,
  givenFields
} from "./chunk-GBT7NRET.js";
import {
  holidaySource,
  holidaysFromProblem,
  libraryKnownYears
} from "./chunk-B6ZPJPSO.js";
import {
  parseCalendarInterval,
  shiftDate
} from "./chunk-XGYTK23C.js";
import {
  dateFromParts,
  parseDate
} from "./chunk-MPPKPTIV.js";
import {
  effectiveDocuments
} from "./chunk-HX6FSHG7.js";
import {
  didYouMean
} from "./chunk-MGTMLQDH.js";
import {
  locateIn,
  pathToPointer,
  pointerToPath
} from "./chunk-56227VBS.js";
import {
  isLocale
} from "./chunk-MNMDZN6F.js";
import {
  fail,
  ok
} from "./chunk-VYAAX46D.js";
import {
  AGREEMENT_KINDS,
  API_VERSION,
  CALENDAR_24X7,
  DATA_SOURCE_FIELDS,
  DURATION_FIELDS,
  EVENT_FIELDS,
  INSTANT_FIELDS,
  KINDS,
  METRIC_NEEDS_FIELD,
  METRIC_SOURCE_TYPES,
  NUMBER_FIELDS,
  SCORE_METRICS,
  THRESHOLD_METRICS,
  TICKET_METRICS
} from "./chunk-ADLZAIGX.js";
import {
  SEVERITY_RANK
} from "./chunk-DVVF2DU7.js";

// dist/checks/check.js
function ofKind(ctx, ...kinds) {
  return ctx.valid.filter((d) => kinds.includes(d.kind));
}
function agreements(ctx) {
  return ofKind(ctx, "SLA", "OLA", "UC");
}
function exists(ctx, kind, name) {
  return ctx.names.get(kind)?.has(name) ?? false;
}
function checkReference(ctx, at, ref) {
  if (exists(ctx, ref.kind, ref.name) || ref.builtIn?.includes(ref.name))
    return;
  const suggestion = didYouMean(ref.name, [
    ...ctx.names.get(ref.kind)?.keys() ?? [],
    ...ref.builtIn ?? []
  ]);
  ctx.report(at, {
    code: ref.code,
    message: `${ref.role} "${ref.name}" is not a known ${ref.kind}${ref.note ? ` ${ref.note}` : ""}`,
    pointer: ref.pointer,
    ...suggestion === void 0 ? {} : { suggestion }
  });
}
function toDiagnostic(at, finding, severity) {
  const diagnostic = {
    code: finding.code,
    severity,
    message: finding.message,
    ...locateIn(at.doc, finding.pointer, { onKey: finding.onKey })
  };
  if (finding.suggestion !== void 0)
    diagnostic.suggestion = finding.suggestion;
  const related = [
    ...(finding.related ?? []).map((r) => {
      const { document: _document, related: _related, ...place } = locateIn(r.doc, r.pointer);
      return { ...place, message: r.message };
    }),
    ...diagnostic.related ?? []
  ];
  delete diagnostic.related;
  if (related.length > 0)
    diagnostic.related = related;
  return diagnostic;
}

// dist/checks/data-source-shapes.js
function dataSourceDocuments(ctx) {
  return ctx.valid.filter((d) => d.kind === "DataSource");
}
function mappedFields(spec) {
  const fields = /* @__PURE__ */ new Set([...Object.keys(spec.columns ?? {}), ...Object.keys(spec.constants ?? {})]);
  if (spec.service !== void 0)
    fields.add("service");
  return fields;
}
function dimensionsOf(spec) {
  const own = typeFields(spec.type);
  return [...mappedFields(spec)].filter((f) => !own.has(f));
}
function typeFields(type) {
  const fields = DATA_SOURCE_FIELDS[type];
  return /* @__PURE__ */ new Set([...fields?.required ?? [], ...fields?.optional ?? []]);
}
function shapes(ctx) {
  return dataSourceDocuments(ctx).map((doc) => {
    const spec = doc.spec;
    const mapsService = spec.columns?.service !== void 0;
    const constant = spec.service ?? spec.constants?.service;
    return {
      name: doc.name,
      type: spec.type,
      fields: givenFields(spec.warehouse?.latency !== void 0 ? [...mappedFields(spec), "latency"] : mappedFields(spec), spec),
      service: mapsService || constant === void 0 ? void 0 : String(constant),
      doc
    };
  });
}
function targetSource(ctx, agreement, target) {
  return chooseSource(shapes(ctx), {
    metric: target.metric,
    source: target.source,
    field: typeof target.field === "string" ? target.field : void 0
  }, agreement.spec.service);
}
function workloadSource(ctx, agreement, limit) {
  return chooseWorkloadSource(shapes(ctx), limit, agreement.spec.service);
}
function settingPointer(d, pointer) {
  let node = d.doc.value;
  for (const segment of pointerToPath(pointer)) {
    if (!node || typeof node !== "object") {
      node = void 0;
      break;
    }
    node = node[segment];
  }
  return node === void 0 && d.spec.preset !== void 0 ? "/spec/preset" : pointer;
}
function presetTypeConflict(d) {
  const written = d.doc.value.spec?.type;
  const implied = d.spec.preset === void 0 ? void 0 : PRESETS[d.spec.preset]?.type;
  return implied !== void 0 && written !== void 0 && implied !== written ? { implied, written } : void 0;
}

// dist/checks/agreement-timezone.js
var UTC_NAMES = /* @__PURE__ */ new Set([
  "UTC",
  "Etc/UTC",
  "Etc/Universal",
  "Universal",
  "Etc/Zulu",
  "Zulu",
  "GMT",
  "Etc/GMT"
]);
var agreementTimezone = (ctx) => {
  for (const a of agreements(ctx)) {
    if (a.spec.timezone !== void 0)
      continue;
    const own = a.spec.calendar ?? CALENDAR_24X7;
    const ownZone = calendarZone(ctx, own);
    if (ownZone === void 0 || !UTC_NAMES.has(ownZone))
      continue;
    const others = /* @__PURE__ */ new Map();
    const note = (zone, what) => {
      if (zone === void 0 || UTC_NAMES.has(zone))
        return;
      const list = others.get(zone) ?? [];
      if (!list.includes(what))
        list.push(what);
      others.set(zone, list);
    };
    a.spec.targets.forEach((t) => {
      const calendar = t.calendar ?? own;
      note(calendarZone(ctx, calendar), `calendar ${calendar}`);
      for (const source of sourcesOf(ctx, a, t))
        note(source.spec.timezone, `DataSource ${source.name}`);
    });
    if (others.size === 0)
      continue;
    const zones = [...others.keys()].sort();
    const uses = zones.map((z) => `${others.get(z).sort().join(", ")} (${z})`).join("; ");
    ctx.report(a, {
      code: "timezone/utc-default",
      message: `${a.kind} ${a.name} has no timezone and ${own === CALENDAR_24X7 ? "the built-in 24x7 calendar" : `calendar ${own}`} is UTC, so its periods and local times are UTC, while it uses ${uses}; set spec.timezone (e.g. timezone: ${zones[0]})`,
      pointer: a.spec.calendar === void 0 ? "/spec" : "/spec/calendar",
      onKey: a.spec.calendar === void 0
    });
  }
};
function calendarZone(ctx, name) {
  const doc = ctx.names.get("Calendar")?.get(name);
  if (!doc)
    return name === CALENDAR_24X7 ? "UTC" : void 0;
  const zone = doc.spec?.timezone;
  return typeof zone === "string" ? zone : "UTC";
}
function sourcesOf(ctx, a, t) {
  const chosen = targetSource(ctx, a, t);
  return chosen.source ? [chosen.source.doc] : [];
}

// dist/checks/calendar-days.js
var calendarDays = (ctx) => {
  for (const c of ctx.valid.filter((d) => d.kind === "Calendar")) {
    const holidays = entries(c.spec.holidays);
    const workdays = entries(c.spec.workdays);
    for (const [list, what] of [
      [holidays, "holidays"],
      [workdays, "workdays"]
    ]) {
      for (const e of list) {
        if (e.from !== void 0 && e.to !== void 0 && e.from >= e.to) {
          ctx.report(c, {
            code: "calendar/empty-hours",
            message: `${what === "holidays" ? "part-day holiday" : "working day"} ${e.text}: "from" must be before "to"`,
            pointer: `/spec/${what}/${e.index}/to`
          });
        }
      }
    }
    const holidayAt = new Map(holidays.map((h) => [h.day, h]));
    for (const w of workdays) {
      const h = holidayAt.get(w.day);
      if (!h)
        continue;
      ctx.report(c, {
        code: "calendar/holiday-and-workday",
        message: `${w.date} is both a holiday (holidays[${h.index}]) and a working day; keep one`,
        pointer: `/spec/workdays/${w.index}`,
        related: [{ doc: c.doc, pointer: `/spec/holidays/${h.index}`, message: "listed as a holiday here" }]
      });
    }
    checkWorkdayAs(ctx, c, workdays);
    checkHolidaysFrom(ctx, c);
  }
};
function entries(list) {
  const out = [];
  (list ?? []).forEach((raw, index) => {
    const date = typeof raw === "string" ? raw : raw.date;
    const parsed = parseDate(date);
    if (!parsed.ok)
      return;
    const entry = { index, day: parsed.value.day, date: parsed.value.text, text: parsed.value.text };
    if (typeof raw !== "string") {
      const from = parseTimeOfDay(raw.from);
      const to = raw.to === void 0 ? parseTimeOfDay("24:00", { allowEndOfDay: true }) : parseTimeOfDay(raw.to, { allowEndOfDay: true });
      if (from.ok && to.ok) {
        entry.from = from.value;
        entry.to = to.value;
        entry.text = `${parsed.value.text} ${raw.from}\u2013${raw.to ?? "24:00"}`;
      }
    }
    out.push(entry);
  });
  return out;
}
var WEEKDAY_NAMES = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
function checkWorkdayAs(ctx, c, workdays) {
  const workdayAs = c.spec.workdayAs ?? "mon";
  const plain = workdays.filter((w) => w.from === void 0);
  const fromLibrary = c.spec.holidaysFrom?.country === "CN";
  if (plain.length === 0 && !fromLibrary)
    return;
  if (!WEEKDAY_NAMES.includes(workdayAs) || c.spec.hours.some((h) => h.days.includes(workdayAs)))
    return;
  const first = plain[0];
  ctx.report(c, {
    code: "calendar/workday-as-closed",
    message: `working days take the hours of ${workdayAs} (workdayAs${c.spec.workdayAs === void 0 ? ", default mon" : ""}), which has no hours in this calendar${first ? `: ${first.date} would stay closed` : ""}`,
    pointer: c.spec.workdayAs === void 0 ? `/spec/workdays/${first?.index ?? 0}` : "/spec/workdayAs"
  });
}
function checkHolidaysFrom(ctx, c) {
  const spec = c.spec.holidaysFrom;
  if (!spec)
    return;
  const problem = holidaysFromProblem(spec);
  if (problem) {
    ctx.report(c, {
      code: "calendar/holidays-from",
      message: problem.message,
      pointer: `/spec/holidaysFrom/${problem.field}`
    });
    return;
  }
  const known = libraryKnownYears(spec);
  if (!known)
    return;
  const missing = /* @__PURE__ */ new Map();
  for (const use of usesOf(ctx, c.name)) {
    const last = Math.min(use.lastYear, use.firstYear + 100);
    for (let y = use.firstYear; y <= last; y++) {
      if (y >= known.first && y <= known.last)
        continue;
      const users2 = missing.get(y) ?? [];
      if (!users2.includes(use.agreement))
        users2.push(use.agreement);
      missing.set(y, users2);
    }
  }
  if (missing.size === 0)
    return;
  const years = [...missing.keys()].sort((a, b) => a - b);
  const users = [...new Set(years.flatMap((y) => missing.get(y)))].sort();
  ctx.report(c, {
    code: "calendar/holidays-from-year",
    message: `holidaysFrom ${spec.country}: ${holidaySource(spec)} has data for ${known.first}\u2013${known.last}, not for ${yearRanges(years)} (used by ${users.join(", ")}): the public holidays and make-up working days of ${years.length === 1 ? "that year" : "those years"} are not applied; list them under holidays and workdays, or update the library`,
    pointer: "/spec/holidaysFrom",
    onKey: true
  });
}
function usesOf(ctx, calendar) {
  const out = [];
  const thisYear = Number(ctx.today.text.slice(0, 4));
  for (const a of agreements(ctx)) {
    const own = a.spec.calendar ?? CALENDAR_24X7;
    if (!a.spec.targets.some((t) => (t.calendar ?? own) === calendar))
      continue;
    const start = parseDate(a.spec.term.start);
    if (!start.ok)
      continue;
    const end = a.spec.term.end === void 0 ? void 0 : parseDate(a.spec.term.end);
    const firstYear = Number(start.value.text.slice(0, 4));
    const lastYear = end?.ok ? Number(end.value.text.slice(0, 4)) : Math.max(firstYear, thisYear);
    out.push({ agreement: `${a.kind} ${a.name}`, firstYear, lastYear });
  }
  return out;
}
function yearRanges(years) {
  const parts = [];
  for (let i = 0; i < years.length; ) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j] + 1)
      j++;
    parts.push(i === j ? String(years[i]) : `${years[i]}\u2013${years[j]}`);
    i = j + 1;
  }
  return parts.join(", ");
}

// dist/checks/calendar-hours.js
var calendarHours = (ctx) => {
  for (const c of ctx.valid.filter((d) => d.kind === "Calendar")) {
    const windows = c.spec.hours.map((h) => {
      const from = parseTimeOfDay(h.from);
      const to = parseTimeOfDay(h.to, { allowEndOfDay: true });
      return from.ok && to.ok ? { days: h.days, from: from.value, to: to.value, text: `${h.from}\u2013${h.to}` } : void 0;
    });
    windows.forEach((w, i) => {
      if (w && w.from >= w.to) {
        ctx.report(c, {
          code: "calendar/empty-hours",
          message: `window ${w.text} is empty: "from" must be before "to" (write a window across midnight as two: \u2026\u201324:00 and 00:00\u2013\u2026)`,
          pointer: `/spec/hours/${i}/to`
        });
      }
    });
    for (let j = 0; j < windows.length; j++) {
      for (let i = 0; i < j; i++) {
        const a = windows[i];
        const b = windows[j];
        if (!a || !b || a.from >= a.to || b.from >= b.to)
          continue;
        const days = b.days.filter((d) => a.days.includes(d));
        if (days.length === 0 || Math.max(a.from, b.from) >= Math.min(a.to, b.to))
          continue;
        ctx.report(c, {
          code: "calendar/overlapping-hours",
          message: `window ${b.text} overlaps window ${a.text} (hours[${i}]) on ${days.join(", ")}`,
          pointer: `/spec/hours/${j}`,
          related: [{ doc: c.doc, pointer: `/spec/hours/${i}`, message: "overlapped window" }]
        });
      }
    }
  }
};

// dist/checks/components-target.js
var componentsTarget = (ctx) => {
  for (const a of agreements(ctx)) {
    a.spec.targets.forEach((t, i) => {
      if (t.components !== true)
        return;
      const pointer = `/spec/targets/${i}/components`;
      if (t.metric !== "availability") {
        ctx.report(a, {
          code: "target/components-not-applicable",
          message: `components applies only to availability targets, not ${t.metric}`,
          pointer,
          onKey: true
        });
        return;
      }
      const chosen = targetSource(ctx, a, t);
      const source = chosen.source ?? (chosen.candidates.length === 1 ? chosen.candidates[0] : void 0);
      const type = source?.doc.spec.type;
      if (source && type !== "outages")
        ctx.report(a, {
          code: "target/components-source",
          message: `components: true composes the components' outages, but DataSource ${source.name} is of type ${type}; measure this target from an outages source (source: NAME)`,
          pointer,
          onKey: true
        });
    });
  }
};

// dist/checks/credit-tiers.js
var creditTiers = (ctx) => {
  for (const a of agreements(ctx)) {
    a.spec.targets.forEach((t, i) => {
      const tiers = t.credits ?? [];
      for (let k = 1; k < tiers.length; k++) {
        const previous = parsePercentage(tiers[k - 1].below);
        const current = parsePercentage(tiers[k].below);
        if (!previous.ok || !current.ok || current.value.ppb < previous.value.ppb)
          continue;
        ctx.report(a, {
          code: "credits/not-decreasing",
          message: `credit tier ${k + 1} (below ${formatPercentage(current.value)}) must be below the previous tier (${formatPercentage(previous.value)}): list tiers from the highest "below" down`,
          pointer: `/spec/targets/${i}/credits/${k}/below`
        });
      }
    });
  }
};

// dist/checks/data-source-columns.js
var ANY_TYPE_FIELD = new Set(Object.values(DATA_SOURCE_FIELDS).flatMap((f) => [...f.required, ...f.optional]));
var dataSourceColumns = (ctx) => {
  for (const d of dataSourceDocuments(ctx)) {
    if (presetTypeConflict(d))
      continue;
    const fields = DATA_SOURCE_FIELDS[d.spec.type];
    const mapped = mappedFields(d.spec);
    const events = d.spec.type === "tickets" && d.spec.layout === "events";
    const required = events ? [...fields.required, ...EVENT_FIELDS] : fields.required;
    const missing = required.filter((f) => !mapped.has(f));
    if (missing.length > 0) {
      const hint = missing.includes("service") ? " (or set spec.service for a single-service export)" : "";
      ctx.report(d, {
        code: "datasource/missing-column",
        message: `a ${d.spec.type} source${events ? " with layout: events" : ""} must map ${missing.map((f) => `"${f}"`).join(", ")} in columns${hint}`,
        pointer: settingPointer(d, "/spec/columns"),
        onKey: true
      });
    }
    const own = typeFields(d.spec.type);
    const known = [...own];
    for (const field of Object.keys(d.spec.columns ?? {})) {
      if (own.has(field))
        continue;
      const typo = didYouMean(field, known);
      if (!ANY_TYPE_FIELD.has(field) && typo === void 0)
        continue;
      ctx.report(d, {
        code: "datasource/unknown-field",
        message: ANY_TYPE_FIELD.has(field) ? `a ${d.spec.type} source does not read "${field}" (it reads: ${known.join(", ")})` : `"${field}" is not a field of a ${d.spec.type} source, so it is read as a dimension; did you mean "${typo}"?`,
        pointer: settingPointer(d, `/spec/columns/${field}`),
        onKey: true,
        ...typo === void 0 ? {} : { suggestion: typo }
      });
    }
  }
};

// dist/checks/data-source-options.js
var dataSourceOptions = (ctx) => {
  for (const d of dataSourceDocuments(ctx)) {
    const report = (finding) => ctx.report(d, { ...finding, pointer: settingPointer(d, finding.pointer) });
    const spec = d.spec;
    const conflict = presetTypeConflict(d);
    if (conflict) {
      report({
        code: "datasource/invalid-setting",
        message: `preset ${spec.preset} reads a ${conflict.implied} export; type ${conflict.written} does not fit it`,
        pointer: "/spec/type"
      });
      continue;
    }
    layoutSettings(d, report);
    if (LOCAL_TIME_PRESETS.includes(spec.preset) && spec.timezone === void 0) {
      report({
        code: "datasource/preset-timezone",
        message: `${spec.preset} exports write local time in the exporting account's zone; set timezone (without it they are read as UTC)`,
        pointer: "/spec/preset"
      });
    }
    if (spec.locale !== void 0 && !isLocale(spec.locale)) {
      report({
        code: "datasource/invalid-setting",
        message: `locale "${spec.locale}" is not a date-fns locale (for example en, en-GB, de, fr, zh-CN)`,
        pointer: "/spec/locale"
      });
    }
    columnForms(d, report);
    constantValues(d, report);
    const dimensions = dimensionsOf(spec);
    for (const key of Object.keys(spec.where ?? {})) {
      if (dimensions.includes(key))
        continue;
      report({
        code: "ref/unknown-dimension",
        message: `where: "${key}" is not a dimension of this source (dimensions: ${dimensions.join(", ") || "none"}); map it in columns`,
        pointer: `/spec/where/${key}`,
        onKey: true
      });
    }
  }
};
function layoutSettings(d, report) {
  const spec = d.spec;
  const columns = spec.columns ?? {};
  if (spec.layout === "events") {
    if (spec.type !== "tickets") {
      report({
        code: "datasource/invalid-setting",
        message: `layout: events is a layout of tickets sources (one row per ticket update); a ${spec.type} source has none`,
        pointer: "/spec/layout"
      });
      return;
    }
    if (columns.paused !== void 0) {
      report({
        code: "datasource/invalid-setting",
        message: "with layout: events, paused time comes from states.paused; an event log may not map a paused column",
        pointer: "/spec/columns/paused",
        onKey: true
      });
    }
    if (spec.dedupe !== void 0 && spec.dedupe !== "none") {
      report({
        code: "datasource/invalid-setting",
        message: "with layout: events, the rows of a ticket are its updates and are read together (SPEC \xA723); remove dedupe",
        pointer: "/spec/dedupe"
      });
    }
    if ((spec.states?.stopped?.length ?? 0) > 0 && "resolved" in columns) {
      report({
        code: "datasource/stopped-unused",
        message: "states.stopped is not used: resolved is mapped, so the stop is resolved of each ticket's last row (SPEC \xA723); a ticket whose resolved is empty has no stop",
        pointer: "/spec/states/stopped"
      });
    }
    return;
  }
  if (spec.states !== void 0) {
    report({
      code: "datasource/invalid-setting",
      message: "states are read only with layout: events (one row per ticket update)",
      pointer: "/spec/states",
      onKey: true
    });
  }
  for (const field of EVENT_FIELDS) {
    if (columns[field] === void 0 || spec.type !== "tickets")
      continue;
    report({
      code: "datasource/invalid-setting",
      message: `"${field}" is read only with layout: events (one row per ticket update); set layout: events or remove it`,
      pointer: `/spec/columns/${field}`,
      onKey: true
    });
  }
}
function columnForms(d, report) {
  const spec = d.spec;
  const headerless = spec.header === false;
  const starts = DURATION_FIELDS[spec.type] ?? {};
  for (const [field, column] of Object.entries(spec.columns ?? {})) {
    const pointer = `/spec/columns/${field}`;
    const ref = typeof column === "object" ? column.column : column;
    if (headerless && typeof ref === "string") {
      report({
        code: "datasource/invalid-setting",
        message: `with header: false, columns are 1-based positions; "${ref}" is a header name`,
        pointer
      });
    }
    if (field in (spec.constants ?? {})) {
      report({
        code: "datasource/invalid-setting",
        message: `"${field}" is both mapped to a column and set as a constant; keep one`,
        pointer,
        onKey: true
      });
    }
    if (typeof column !== "object")
      continue;
    if (column.format !== void 0 && !INSTANT_FIELDS.includes(field)) {
      report({
        code: "datasource/invalid-setting",
        message: `"${field}" is not a timestamp, so it takes no format`,
        pointer: `${pointer}/format`
      });
    }
    if (column.after === void 0)
      continue;
    const start = starts[field];
    if (start === void 0) {
      const allowed = Object.keys(starts);
      report({
        code: "datasource/invalid-setting",
        message: `"${field}" cannot be a duration; ${allowed.length ? `a ${spec.type} source takes durations for ${allowed.join(", ")}` : `a ${spec.type} source takes none`}`,
        pointer
      });
    } else if (column.after !== start) {
      report({
        code: "datasource/invalid-setting",
        message: `the duration of "${field}" counts from ${start}, not from "${column.after}"`,
        pointer: `${pointer}/after`
      });
    } else if (column.format !== void 0) {
      report({
        code: "datasource/invalid-setting",
        message: `"${field}" is a duration, so it takes no timestamp format`,
        pointer: `${pointer}/format`
      });
    } else if (!mappedFields(spec).has(start)) {
      report({
        code: "datasource/invalid-setting",
        message: `the duration of "${field}" counts from ${start}, which is not mapped`,
        pointer: `${pointer}/after`
      });
    }
  }
}
function constantValues(d, report) {
  for (const [field, value] of Object.entries(d.spec.constants ?? {})) {
    const pointer = `/spec/constants/${field}`;
    if (INSTANT_FIELDS.includes(field)) {
      report({
        code: "datasource/invalid-setting",
        message: `"${field}" is a timestamp of each row; it cannot be a constant`,
        pointer,
        onKey: true
      });
    } else if (NUMBER_FIELDS.includes(field) && !/^\d+(\.\d+)?$/.test(String(value))) {
      report({
        code: "datasource/invalid-setting",
        message: `"${field}" is a number; ${JSON.stringify(value)} is not a decimal number`,
        pointer
      });
    }
  }
}

// dist/checks/data-source-type.js
var dataSourceType = (ctx) => {
  for (const a of agreements(ctx)) {
    a.spec.targets.forEach((t, i) => {
      if (t.source === void 0)
        return;
      const source = ctx.names.get("DataSource")?.get(t.source);
      const type = source?.spec?.type;
      const fits = METRIC_SOURCE_TYPES[t.metric];
      if (typeof type !== "string" || !fits || fits.includes(type))
        return;
      ctx.report(a, {
        code: "ref/data-source-type",
        message: `source "${t.source}" has type ${type}; ${t.metric} is measured from ${fits.join(" or ")}`,
        pointer: `/spec/targets/${i}/source`,
        related: [{ doc: source.doc, pointer: "/spec/type", message: "type defined here" }]
      });
    });
  }
};

// dist/core/values/sql-expression.js
function parseSqlExpression(input) {
  if (typeof input !== "string" || input.trim() === "")
    return fail("expected a SQL expression");
  let depth = 0;
  let quote = null;
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quote !== null) {
      if (c === "\\" && quote !== '"')
        i++;
      else if (c === quote)
        quote = null;
      continue;
    }
    if (c === "'" || c === '"' || c === "`")
      quote = c;
    else if (c === ";")
      return fail("a ; would end the query: write one expression");
    else if (c === "-" && input[i + 1] === "-" || c === "/" && input[i + 1] === "*")
      return fail("comments are not allowed in the expression");
    else if (c === "(")
      depth++;
    else if (c === ")" && --depth < 0)
      return fail("a ) closes a parenthesis the expression did not open");
    else if (c.charCodeAt(0) < 32 && c !== "\n" && c !== "	")
      return fail("control characters are not allowed in the expression");
  }
  if (quote !== null)
    return fail(`a ${quote} is left open`);
  if (depth > 0)
    return fail("a ( is left open");
  return ok(input.replace(/\s+/g, " ").trim());
}

// dist/checks/data-source-warehouse.js
var OUTPUT_FIELDS = ["timestamp", "service", "metric", "good", "total"];
var dataSourceWarehouse = (ctx) => {
  for (const d of dataSourceDocuments(ctx)) {
    const spec = d.spec;
    const report = (message, pointer, extra = {}) => ctx.report(d, {
      code: "datasource/warehouse",
      message,
      pointer: settingPointer(d, pointer),
      ...extra
    });
    const w = spec.warehouse;
    if (w === void 0) {
      if (spec.engine !== void 0)
        report(`engine: ${spec.engine} runs the warehouse query; add a warehouse block`, "/spec/engine");
      continue;
    }
    if (spec.type !== "metrics") {
      report(`a warehouse query writes metrics rows; this DataSource has type ${spec.type}`, "/spec/warehouse");
      continue;
    }
    if (spec.header === false)
      report("the warehouse query names its output columns by header; remove header: false", "/spec/header");
    for (const field of OUTPUT_FIELDS) {
      const column = spec.columns?.[field];
      if (column === void 0)
        continue;
      if (typeof column !== "string")
        report(`the warehouse query writes ${field} under a header name; map it to one (not a position or an object)`, `/spec/columns/${field}`);
    }
    for (const field of ["metric", "good", "total", "timestamp"]) {
      if (spec.constants?.[field] !== void 0)
        report(`the warehouse query writes ${field} on every row; it cannot be a constant`, `/spec/constants/${field}`);
    }
    const format = spec.timestampFormat;
    if (format !== void 0 && format !== "t" && format !== "T")
      report(`the warehouse query writes bucket starts as ISO 8601 (no timestampFormat) or epoch seconds (t) or milliseconds (T), not "${format}"`, "/spec/timestampFormat");
    const dimensions = dimensionsOf(spec);
    if (dimensions.length > 0)
      report(`the warehouse query does not write dimensions yet (${dimensions.join(", ")}); aggregate one DataSource per scope`, "/spec/columns");
    if (spec.columns?.service !== void 0 && w.service === void 0)
      report("columns maps service: name the event table's service column in warehouse.service", "/spec/warehouse", {
        onKey: true
      });
    const good = parseSqlExpression(w.good);
    if (!good.ok)
      report(`warehouse.good: ${good.error}`, "/spec/warehouse/good");
    if (w.bucket !== void 0) {
      const bucket = parseDuration(w.bucket);
      if (bucket.ok && (bucket.value < 1e3 || bucket.value % 1e3 !== 0))
        report(`bucket ${w.bucket} is not a whole number of seconds (1s or more)`, "/spec/warehouse/bucket");
    }
    if (spec.engine === "duckdb") {
      if (w.table !== void 0)
        report("with engine: duckdb the events are the Parquet or CSV files of path; remove warehouse.table", "/spec/warehouse/table", { onKey: true });
      if (spec.path !== void 0 && !/\.(parquet|csv|csv\.gz|tsv)$/i.test(spec.path))
        report(`engine: duckdb reads Parquet or CSV files (.parquet, .csv, .csv.gz, .tsv); path is ${spec.path}`, "/spec/path");
    } else if (w.table === void 0) {
      report("name the event table in warehouse.table (or set engine: duckdb to read local files)", "/spec/warehouse", {
        onKey: true
      });
    }
  }
};

// dist/checks/dependency-cycles.js
var dependencyCycles = (ctx) => {
  const services = /* @__PURE__ */ new Map();
  for (const d of ctx.valid)
    if (d.kind === "Service")
      services.set(d.name, d);
  const edges = (name) => (services.get(name)?.spec.dependsOn ?? []).flatMap((dep, i) => typeof dep === "string" ? [{ to: dep, pointer: `/spec/dependsOn/${i}` }] : dep.anyOf.map((m, j) => ({ to: m, pointer: `/spec/dependsOn/${i}/anyOf/${j}` })));
  const state = /* @__PURE__ */ new Map();
  const stack = [];
  const reported = /* @__PURE__ */ new Set();
  const visit = (start) => {
    const frames = [];
    const enter = (name) => {
      state.set(name, "active");
      stack.push(name);
      frames.push({ name, edges: edges(name), next: 0 });
    };
    enter(start);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1];
      const edge = frame.edges[frame.next++];
      if (edge === void 0) {
        frames.pop();
        stack.pop();
        state.set(frame.name, "done");
        continue;
      }
      const s = state.get(edge.to);
      if (s === "active") {
        const cycle = stack.slice(stack.indexOf(edge.to));
        const key = [...cycle].sort().join(",");
        if (!reported.has(key)) {
          reported.add(key);
          report(cycle);
        }
      } else if (s === void 0 && services.has(edge.to)) {
        enter(edge.to);
      }
    }
  };
  const report = (cycle) => {
    const start = cycle.indexOf([...cycle].sort()[0]);
    const rotated = [...cycle.slice(start), ...cycle.slice(0, start)];
    const from = rotated[0];
    const next = rotated[1 % rotated.length];
    const edge = edges(from).find((e) => e.to === next);
    ctx.report(services.get(from), {
      code: "graph/cycle",
      message: `dependency cycle: ${[...rotated, from].join(" \u2192 ")}`,
      pointer: edge.pointer
    });
  };
  for (const name of [...services.keys()].sort())
    if (!state.has(name))
      visit(name);
};

// dist/checks/duplicate-names.js
var duplicateNames = (ctx) => {
  const first = /* @__PURE__ */ new Map();
  for (const d of ctx.named) {
    const key = `${d.kind}/${d.name}`;
    const original = first.get(key);
    if (!original) {
      first.set(key, d);
      continue;
    }
    ctx.report(d, {
      code: "name/duplicate",
      message: `${d.kind} "${d.name}" is already defined in ${original.doc.file}`,
      pointer: "/metadata/name",
      related: [{ doc: original.doc, pointer: "/metadata/name", message: "first defined here" }]
    });
  }
};

// dist/checks/duplicate-target-names.js
var duplicateTargetNames = (ctx) => {
  for (const a of agreements(ctx)) {
    const seen = /* @__PURE__ */ new Map();
    a.spec.targets.forEach((t, i) => {
      const first = seen.get(t.name);
      if (first === void 0) {
        seen.set(t.name, i);
        return;
      }
      ctx.report(a, {
        code: "target/duplicate-name",
        message: `target "${t.name}" is already defined (targets[${first}])`,
        pointer: `/spec/targets/${i}/name`,
        related: [{ doc: a.doc, pointer: `/spec/targets/${first}/name`, message: "first defined here" }]
      });
    });
  }
};

// dist/checks/effective-in-term.js
var effectiveInTerm = (ctx) => {
  for (const a of agreements(ctx)) {
    if (a.spec.effective === void 0)
      continue;
    const effective = parseDate(a.spec.effective);
    const start = parseDate(a.spec.term.start);
    if (!effective.ok || !start.ok)
      continue;
    if (effective.value.day < start.value.day) {
      ctx.report(a, {
        code: "term/effective-before-start",
        message: `effective ${effective.value.text} is before the term starts (${start.value.text}): terms take effect inside the term`,
        pointer: "/spec/effective"
      });
      continue;
    }
    const end = a.spec.term.end === void 0 ? void 0 : parseDate(a.spec.term.end);
    if (end?.ok && effective.value.day > end.value.day) {
      ctx.report(a, {
        code: "term/effective-after-end",
        message: `effective ${effective.value.text} is after the term ends (${end.value.text}): these terms are never in force`,
        pointer: "/spec/effective"
      });
    }
  }
};

// dist/checks/freshness-target.js
var freshnessTarget = (ctx) => {
  const events = dataSourceDocuments(ctx).filter((d) => d.spec.type === "events");
  if (events.length > 0)
    return;
  for (const a of agreements(ctx)) {
    a.spec.targets.forEach((t, i) => {
      if (t.metric !== "freshness" || t.source !== void 0)
        return;
      ctx.report(a, {
        code: "target/freshness-source",
        message: `target "${t.name}" (freshness) needs a DataSource of type events (one row per run or delivery); the repository has none`,
        pointer: `/spec/targets/${i}/metric`
      });
    });
  }
};

// dist/checks/improvement-dates.js
var improvementDates = (ctx) => {
  for (const imp of ofKind(ctx, "Improvement")) {
    const raised = parseDate(imp.spec.raised);
    if (!raised.ok)
      continue;
    (imp.spec.actions ?? []).forEach((action, i) => {
      for (const field of ["due", "done"]) {
        const written = action[field];
        if (written === void 0)
          continue;
        const date = parseDate(written);
        if (!date.ok || date.value.day >= raised.value.day)
          continue;
        ctx.report(imp, {
          code: "improvement/date-before-raised",
          message: `action ${i + 1} is ${field} ${date.value.text}, before the Improvement was raised (${raised.value.text})`,
          pointer: `/spec/actions/${i}/${field}`
        });
      }
    });
  }
};

// dist/checks/improvement-references.js
var improvementReferences = (ctx) => {
  for (const imp of ofKind(ctx, "Improvement")) {
    const ref = parseAgreementRef(imp.spec.agreement);
    const found = resolve(ctx, ref);
    if (found.length === 0) {
      const names = AGREEMENT_KINDS.flatMap((k) => [...ctx.names.get(k)?.keys() ?? []]);
      const suggestion = didYouMean(ref.name, names);
      ctx.report(imp, {
        code: "ref/unknown-agreement",
        message: `agreement "${agreementRefText(ref)}" is not a known ${ref.kind ?? "SLA, OLA or UC"}`,
        pointer: "/spec/agreement",
        ...suggestion === void 0 ? {} : { suggestion }
      });
      continue;
    }
    if (found.length > 1) {
      ctx.report(imp, {
        code: "ref/ambiguous-agreement",
        message: `agreement "${ref.name}" names ${found.map((f) => `${f.kind === "UC" ? "a" : "an"} ${f.kind}`).join(" and ")}: write ${found.map((f) => `${f.kind}/${ref.name}`).join(" or ")}`,
        pointer: "/spec/agreement",
        related: found.map((f) => ({
          doc: f.doc,
          pointer: "/metadata/name",
          message: `${f.kind} ${ref.name}`
        }))
      });
      continue;
    }
    const agreement = found[0];
    const own = Array.isArray(agreement.spec?.targets) ? agreement.spec.targets.map((t) => t?.name) : [];
    (imp.spec.targets ?? []).forEach((name, i) => {
      if (own.includes(name))
        return;
      const suggestion = didYouMean(name, own.filter((n) => typeof n === "string"));
      ctx.report(imp, {
        code: "ref/unknown-improvement-target",
        message: `${agreement.kind} "${ref.name}" has no target "${name}"${own.length ? ` (it has: ${own.join(", ")})` : ""}`,
        pointer: `/spec/targets/${i}`,
        related: [
          {
            doc: agreement.doc,
            pointer: "/spec/targets",
            message: `targets of ${agreement.kind} "${ref.name}"`
          }
        ],
        ...suggestion === void 0 ? {} : { suggestion }
      });
    });
  }
};
function resolve(ctx, ref) {
  const kinds = ref.kind ? [ref.kind] : AGREEMENT_KINDS;
  return kinds.map((k) => ctx.names.get(k)?.get(ref.name)).filter((d) => d !== void 0);
}

// dist/checks/objective-range.js
var objectiveRange = (ctx) => {
  for (const a of agreements(ctx)) {
    a.spec.targets.forEach((t, i) => {
      const objective = parsePercentage(t.objective);
      if (objective.ok && objective.value.ppb === 0) {
        ctx.report(a, {
          code: "target/objective-range",
          message: `objective ${formatPercentage(objective.value)} promises nothing: it must be above 0% and at most 100%`,
          pointer: `/spec/targets/${i}/objective`
        });
      }
    });
  }
};

// dist/checks/priority-metric.js
var priorityMetric = (ctx) => {
  for (const a of agreements(ctx)) {
    a.spec.targets.forEach((t, i) => {
      if (t.priority === void 0 || TICKET_METRICS.includes(t.metric))
        return;
      ctx.report(a, {
        code: "target/priority-not-applicable",
        message: `priority applies only to ticket metrics (response-time, resolution-time), not ${t.metric}`,
        pointer: `/spec/targets/${i}/priority`,
        onKey: true
      });
    });
  }
};

// dist/checks/review-missing.js
var reviewMissing = (ctx) => {
  for (const a of agreements(ctx)) {
    if (a.kind !== "SLA" || a.spec.review !== void 0)
      continue;
    ctx.report(a, {
      code: "review/missing",
      message: `SLA "${a.name}" has no review cycle (add e.g. review: { every: 1y, last: ${a.spec.term.start} })`,
      pointer: "/spec",
      onKey: true
    });
  }
};

// dist/checks/review-overdue.js
var reviewOverdue = (ctx) => {
  for (const a of agreements(ctx)) {
    const review = a.spec.review;
    if (!review)
      continue;
    const end = a.spec.term.end === void 0 ? void 0 : parseDate(a.spec.term.end);
    if (end?.ok && end.value.day < ctx.today.day)
      continue;
    const every = parseCalendarInterval(review.every);
    const last = parseDate(review.last ?? a.spec.term.start);
    if (!every.ok || !last.ok)
      continue;
    const due = shiftDate(last.value, every.value);
    if (due.day >= ctx.today.day)
      continue;
    const since = review.last === void 0 ? `term start ${last.value.text}` : `last review ${last.value.text}`;
    ctx.report(a, {
      code: "review/overdue",
      message: `review overdue since ${due.text} (${since}, every ${every.value.text})`,
      pointer: review.last === void 0 ? "/spec/review" : "/spec/review/last",
      onKey: review.last === void 0
    });
  }
};

// dist/checks/severity-order.js
var severityOrder = (ctx) => {
  for (const a of agreements(ctx)) {
    const tiers = a.spec.severity;
    if (!tiers)
      continue;
    const minor = parsePercentage(tiers.minor ?? "150%", { allowOver100: true });
    const major = parsePercentage(tiers.major ?? "300%", { allowOver100: true });
    if (!minor.ok || !major.ok || minor.value.ppb <= major.value.ppb)
      continue;
    ctx.report(a, {
      code: "severity/order",
      message: `severity minor (${formatPercentage(minor.value)}) is above major (${formatPercentage(major.value)}): a breach could never be major`,
      pointer: tiers.minor === void 0 ? "/spec/severity/major" : "/spec/severity/minor"
    });
  }
};

// dist/checks/shared-service-scope.js
function filter(raw) {
  return Object.fromEntries(Object.entries(raw ?? {}).map(([k, v]) => [k, (Array.isArray(v) ? v : [v]).map(String)]));
}
var sharedServiceScope = (ctx) => {
  const uses = [];
  for (const a of agreements(ctx)) {
    if (a.kind !== "SLA")
      continue;
    a.spec.targets.forEach((t, index) => {
      if (!TICKET_METRICS.includes(t.metric))
        return;
      const chosen = targetSource(ctx, a, t);
      if (!chosen.source)
        return;
      const scope = targetScope(filter(a.spec.scope), filter(t.where), dimensionsOf(chosen.source.doc.spec));
      uses.push({ sla: a, source: chosen.source.name, scoped: scope !== null, index });
    });
  }
  const warned = /* @__PURE__ */ new Set();
  for (const u of uses) {
    if (u.scoped)
      continue;
    const other = uses.find((o) => o.sla !== u.sla && o.source === u.source && o.sla.spec.service === u.sla.spec.service && o.sla.spec.customer !== u.sla.spec.customer);
    const key = `${u.sla.name}|${u.source}`;
    if (!other || warned.has(key))
      continue;
    warned.add(key);
    ctx.report(u.sla, {
      code: "scope/shared-service",
      message: `SLA ${other.sla.name} (customer ${other.sla.spec.customer}) measures service ${u.sla.spec.service} from tickets source ${u.source} too, and ${u.sla.name} has no scope on it: it counts ${other.sla.spec.customer}'s tickets; map a customer column in ${u.source} and set spec.scope: { customer: ${u.sla.spec.customer} }`,
      pointer: u.sla.spec.scope === void 0 ? "/spec/customer" : "/spec/scope",
      related: [{ doc: other.sla.doc, pointer: "/spec/customer", message: `the other customer's SLA` }]
    });
  }
};

// dist/checks/supports-on-sla.js
var supportsOnSla = (ctx) => {
  for (const a of agreements(ctx)) {
    if (a.kind !== "SLA")
      continue;
    a.spec.targets.forEach((t, i) => {
      if (t.supports === void 0)
        return;
      ctx.report(a, {
        code: "target/supports-on-sla",
        message: "supports is for OLA and UC targets (they underpin SLA targets); remove it from this SLA target",
        pointer: `/spec/targets/${i}/supports`,
        onKey: true
      });
    });
  }
};

// dist/checks/target-source-fields.js
var targetSourceFields = (ctx) => {
  for (const a of agreements(ctx)) {
    a.spec.targets.forEach((t, i) => {
      const field = METRIC_NEEDS_FIELD[t.metric];
      const chosen = targetSource(ctx, a, t);
      const source = chosen.source ?? (chosen.candidates.length === 1 ? chosen.candidates[0] : void 0);
      if (!source)
        return;
      const spec = source.doc.spec;
      if (field !== void 0 && !source.fields.has(field)) {
        ctx.report(a, {
          code: "datasource/missing-field",
          message: `${t.metric} needs "${field}", which DataSource ${source.name} does not map; map it in its columns${spec.layout === "events" && field === "resolved" ? " or set states.stopped" : ""} (or measure from another source), or every ticket would count as not ${field === "latency" ? "measured" : field}`,
          pointer: `/spec/targets/${i}${t.source === void 0 ? "" : "/source"}`,
          related: [
            {
              doc: source.doc.doc,
              pointer: settingPointer(source.doc, "/spec/columns"),
              message: `columns of ${source.name}`
            }
          ]
        });
      }
      const dimensions = dimensionsOf(spec);
      for (const key of Object.keys(t.where ?? {})) {
        if (dimensions.includes(key))
          continue;
        ctx.report(a, {
          code: "ref/unknown-dimension",
          message: `where: "${key}" is not a dimension of DataSource ${source.name} (dimensions: ${dimensions.join(", ") || "none"}); map a column as "${key}" in its columns`,
          pointer: `/spec/targets/${i}/where/${key}`,
          onKey: true,
          related: [
            {
              doc: source.doc.doc,
              pointer: settingPointer(source.doc, "/spec/columns"),
              message: `columns of ${source.name}`
            }
          ]
        });
      }
    });
  }
};

// dist/checks/term-ended.js
var termEnded = (ctx) => {
  for (const a of agreements(ctx)) {
    if (a.spec.term.end === void 0)
      continue;
    const end = parseDate(a.spec.term.end);
    if (end.ok && end.value.day < ctx.today.day) {
      ctx.report(a, {
        code: "term/ended",
        message: `${a.kind} "${a.name}" ended on ${end.value.text}`,
        pointer: "/spec/term/end"
      });
    }
  }
};

// dist/checks/term-order.js
var termOrder = (ctx) => {
  for (const a of agreements(ctx)) {
    const { start, end } = a.spec.term;
    if (end === void 0)
      continue;
    const s = parseDate(start);
    const e = parseDate(end);
    if (s.ok && e.ok && e.value.day < s.value.day) {
      ctx.report(a, {
        code: "term/end-before-start",
        message: `term ends (${e.value.text}) before it starts (${s.value.text})`,
        pointer: "/spec/term/end"
      });
    }
  }
};

// dist/checks/threshold-per-metric.js
var thresholdPerMetric = (ctx) => {
  for (const a of agreements(ctx)) {
    a.spec.targets.forEach((t, i) => {
      const needs = THRESHOLD_METRICS.includes(t.metric);
      if (needs && t.threshold === void 0) {
        ctx.report(a, {
          code: "target/threshold-missing",
          message: `target "${t.name}" (${t.metric}) needs a threshold, e.g. threshold: ${t.metric === "latency" ? "500ms" : t.metric === "satisfaction" ? "4" : t.metric === "freshness" ? "15m" : "4h"}`,
          pointer: `/spec/targets/${i}/threshold`
        });
      } else if (needs && SCORE_METRICS.includes(t.metric) !== (typeof t.threshold === "number")) {
        const score = typeof t.threshold === "number";
        ctx.report(a, {
          code: "target/threshold-kind",
          message: score ? `target "${t.name}" (${t.metric}): threshold ${t.threshold} is a score; ${t.metric} takes a duration, e.g. ${t.metric === "latency" ? "500ms" : t.metric === "freshness" ? "15m" : "4h"}` : `target "${t.name}" (satisfaction): threshold "${String(t.threshold)}" is not a score; give the lowest satisfied score as a number, e.g. threshold: 4`,
          pointer: `/spec/targets/${i}/threshold`
        });
      } else if ((t.metric === "latency" || t.metric === "freshness") && typeof t.threshold === "string" && /bd$/.test(t.threshold.trim())) {
        ctx.report(a, {
          code: "target/threshold-business-days",
          message: `target "${t.name}" (${t.metric}) is not a clock: business days (${t.threshold.trim()}) apply to response, resolution and recovery times; give the ${t.metric === "latency" ? "latency in ms" : "age the data may reach as a duration (15m)"}`,
          pointer: `/spec/targets/${i}/threshold`
        });
      } else if (!needs && t.threshold !== void 0) {
        ctx.report(a, {
          code: "target/threshold-unexpected",
          message: `target "${t.name}" (${t.metric}) takes no threshold`,
          pointer: `/spec/targets/${i}/threshold`,
          onKey: true
        });
      }
    });
  }
};

// dist/checks/threshold-target.js
var OPTIONS = ["field", "op", "limit", "unit"];
var thresholdTarget = (ctx) => {
  for (const a of agreements(ctx)) {
    a.spec.targets.forEach((t, i) => {
      const at = `/spec/targets/${i}`;
      if (t.metric !== "threshold") {
        for (const key of OPTIONS) {
          if (t[key] === void 0)
            continue;
          ctx.report(a, {
            code: "target/limit-unexpected",
            message: `target "${t.name}" (${t.metric}) takes no ${key}: it belongs to metric: threshold`,
            pointer: `${at}/${key}`,
            onKey: true
          });
        }
        return;
      }
      if (t.field === void 0)
        ctx.report(a, {
          code: "target/field-missing",
          message: `target "${t.name}" (threshold) needs a field: the numeric column each sample is compared with, e.g. field: headroom`,
          pointer: at
        });
      if (t.limit === void 0)
        ctx.report(a, {
          code: "target/limit-missing",
          message: `target "${t.name}" (threshold) needs a limit, e.g. limit: 20GB`,
          pointer: at
        });
      const limit = t.limit === void 0 ? void 0 : parseLimit(t.limit);
      const unit = t.unit === void 0 ? void 0 : parseColumnUnit(t.unit);
      const column = unit?.ok ? unit.value.dimension : t.field === "latency" ? "duration" : void 0;
      if (limit?.ok && column !== void 0 && limit.value.dimension !== "number" && column !== limit.value.dimension)
        ctx.report(a, {
          code: "target/unit-mismatch",
          message: `target "${t.name}": the limit ${limit.value.text} is a ${DIMENSION_WORDS[limit.value.dimension]}, but the column ${t.field} holds ${t.unit === void 0 ? "milliseconds" : `${t.unit}, a ${DIMENSION_WORDS[column]}`}`,
          pointer: `${at}/${t.unit === void 0 ? "limit" : "unit"}`
        });
      if (t.field === void 0)
        return;
      const chosen = targetSource(ctx, a, t);
      const source = chosen.source ?? (chosen.candidates.length === 1 ? chosen.candidates[0] : void 0);
      if (!source)
        return;
      const own = typeFields(source.type);
      const numeric = !own.has(t.field) || NUMBER_FIELDS.includes(t.field);
      if (source.fields.has(t.field) && numeric)
        return;
      ctx.report(a, {
        code: "target/field-unmapped",
        message: numeric ? `target "${t.name}" compares "${t.field}", which DataSource ${source.name} does not map; map it in its columns (${t.field}: <header>)` : `target "${t.name}" compares "${t.field}", which is not a number in a ${source.type} source; map a numeric column under another name`,
        pointer: `${at}/field`,
        related: [
          {
            doc: source.doc.doc,
            pointer: settingPointer(source.doc, "/spec/columns"),
            message: `columns of ${source.name}`
          }
        ]
      });
    });
  }
};
var DIMENSION_WORDS = {
  duration: "duration",
  bytes: "size",
  percent: "percentage",
  number: "plain number"
};

// dist/checks/unknown-calendars.js
var unknownCalendars = (ctx) => {
  for (const a of agreements(ctx)) {
    const check = (name, pointer) => {
      if (name === void 0)
        return;
      checkReference(ctx, a, {
        kind: "Calendar",
        name,
        pointer,
        role: "calendar",
        code: "ref/unknown-calendar",
        builtIn: [CALENDAR_24X7],
        note: "(24x7 is built in)"
      });
    };
    check(a.spec.calendar, "/spec/calendar");
    a.spec.targets.forEach((t, i) => {
      check(t.calendar, `/spec/targets/${i}/calendar`);
    });
  }
};

// dist/checks/unknown-data-sources.js
var unknownDataSources = (ctx) => {
  for (const a of agreements(ctx)) {
    a.spec.targets.forEach((t, i) => {
      if (t.source === void 0)
        return;
      checkReference(ctx, a, {
        kind: "DataSource",
        name: t.source,
        pointer: `/spec/targets/${i}/source`,
        role: "source",
        code: "ref/unknown-data-source"
      });
    });
  }
};

// dist/checks/unknown-parties.js
var unknownParties = (ctx) => {
  if (!ctx.valid.some((d) => d.kind === "Party"))
    return;
  const check = (at, name, pointer, role) => checkReference(ctx, at, { kind: "Party", name, pointer, role, code: "ref/unknown-party" });
  for (const a of agreements(ctx)) {
    check(a, a.spec.provider, "/spec/provider", "provider");
    check(a, a.spec.customer, "/spec/customer", "customer");
  }
  for (const s of ctx.valid.filter((d) => d.kind === "Service")) {
    check(s, s.spec.owner, "/spec/owner", "owner");
  }
  for (const i of ofKind(ctx, "Improvement")) {
    if (i.spec.owner !== void 0)
      check(i, i.spec.owner, "/spec/owner", "owner");
    (i.spec.actions ?? []).forEach((action, j) => {
      if (action.owner !== void 0)
        check(i, action.owner, `/spec/actions/${j}/owner`, "action owner");
    });
  }
};

// dist/checks/unknown-services.js
var unknownServices = (ctx) => {
  const check = (at, name, pointer, role) => checkReference(ctx, at, { kind: "Service", name, pointer, role, code: "ref/unknown-service" });
  for (const a of agreements(ctx))
    check(a, a.spec.service, "/spec/service", "service");
  for (const s of ofKind(ctx, "Service")) {
    (s.spec.dependsOn ?? []).forEach((dep, i) => {
      if (typeof dep === "string")
        check(s, dep, `/spec/dependsOn/${i}`, "dependency");
      else
        dep.anyOf.forEach((m, j) => {
          check(s, m, `/spec/dependsOn/${i}/anyOf/${j}`, "dependency");
        });
    });
  }
  for (const d of ofKind(ctx, "DataSource")) {
    if (d.spec.service !== void 0)
      check(d, d.spec.service, "/spec/service", "service");
  }
};

// dist/checks/unknown-supported-targets.js
var unknownSupportedTargets = (ctx) => {
  const slas = ctx.names.get("SLA");
  for (const a of agreements(ctx)) {
    if (a.kind === "SLA")
      continue;
    a.spec.targets.forEach((t, i) => {
      (t.supports ?? []).forEach((link, j) => {
        const [slaName, targetName] = link.split("/");
        const pointer = `/spec/targets/${i}/supports/${j}`;
        const sla = slas?.get(slaName);
        if (!sla) {
          ctx.report(a, {
            code: "ref/unknown-target",
            message: `"${link}": there is no SLA "${slaName}"`,
            pointer
          });
          return;
        }
        const targets = Array.isArray(sla.spec?.targets) ? sla.spec.targets : [];
        if (targets.some((st) => st?.name === targetName))
          return;
        const names = targets.map((st) => st?.name).filter((n) => typeof n === "string");
        ctx.report(a, {
          code: "ref/unknown-target",
          message: `"${link}": SLA "${slaName}" has no target "${targetName}"${names.length ? ` (it has: ${names.join(", ")})` : ""}`,
          pointer,
          related: [{ doc: sla.doc, pointer: "/spec/targets", message: `targets of SLA "${slaName}"` }]
        });
      });
    });
  }
};

// dist/checks/workload-limits.js
var workloadLimits = (ctx) => {
  for (const a of agreements(ctx)) {
    const limits = a.spec.workload ?? [];
    const names = limits.map((w) => w.name);
    limits.forEach((w, i) => {
      const at = `/spec/workload/${i}`;
      if (names.indexOf(w.name) !== i)
        ctx.report(a, {
          code: "workload/duplicate-name",
          message: `workload limit "${w.name}" is defined twice`,
          pointer: `${at}/name`
        });
      if (w.measure === "requests" && w.priority !== void 0)
        ctx.report(a, {
          code: "workload/invalid-setting",
          message: `workload "${w.name}": priority applies to a tickets workload, not requests`,
          pointer: `${at}/priority`,
          onKey: true
        });
      if (w.measure === "tickets" && w.metric !== void 0)
        ctx.report(a, {
          code: "workload/invalid-setting",
          message: `workload "${w.name}": metric applies to a requests workload, not tickets`,
          pointer: `${at}/metric`,
          onKey: true
        });
      if (w.source !== void 0 && !exists(ctx, "DataSource", w.source)) {
        ctx.report(a, {
          code: "ref/unknown-data-source",
          message: `source "${w.source}" is not a known DataSource`,
          pointer: `${at}/source`
        });
        return;
      }
      const chosen = workloadSource(ctx, a, w);
      if (!chosen.source)
        ctx.report(a, {
          code: "workload/no-source",
          message: `workload "${w.name}" (${w.measure}): ${chosen.problem}`,
          pointer: w.source === void 0 ? at : `${at}/source`
        });
    });
    a.spec.targets.forEach((t, i) => {
      if (t.workload === void 0 || names.includes(t.workload))
        return;
      const suggestion = didYouMean(t.workload, names);
      ctx.report(a, {
        code: "ref/unknown-workload",
        message: `target "${t.name}": workload "${t.workload}" is not a workload limit of ${a.kind} "${a.name}" (${names.length === 0 ? "it defines none" : `it has: ${names.join(", ")}`})`,
        pointer: `/spec/targets/${i}/workload`,
        ...suggestion === void 0 ? {} : { suggestion }
      });
    });
  }
};

// dist/checks/index.js
var CHECKS = [
  duplicateNames,
  duplicateTargetNames,
  workloadLimits,
  unknownServices,
  unknownCalendars,
  unknownParties,
  unknownDataSources,
  dataSourceType,
  dataSourceWarehouse,
  unknownSupportedTargets,
  dependencyCycles,
  termOrder,
  termEnded,
  effectiveInTerm,
  objectiveRange,
  thresholdPerMetric,
  thresholdTarget,
  freshnessTarget,
  priorityMetric,
  creditTiers,
  severityOrder,
  calendarHours,
  calendarDays,
  agreementTimezone,
  reviewMissing,
  reviewOverdue,
  dataSourceColumns,
  dataSourceOptions,
  targetSourceFields,
  componentsTarget,
  sharedServiceScope,
  supportsOnSla,
  improvementReferences,
  improvementDates
];

// dist/checks/run-checks.js
function runChecks(inputs, now, minSeverity = "info", levelOf = (code) => DIAGNOSTIC_CODES[code].severity) {
  const named = [];
  const valid = [];
  const names = /* @__PURE__ */ new Map();
  for (const input of inputs) {
    const metadata = input.value.metadata;
    if (typeof metadata?.name !== "string")
      continue;
    const spec = input.value.spec;
    const d = {
      doc: input.doc,
      kind: input.kind,
      name: metadata.name,
      // Checks see a DataSource as it will be read: with its preset's settings filled in.
      spec: input.kind === "DataSource" && input.valid && spec && typeof spec === "object" ? withPreset(spec) : spec
    };
    named.push(d);
    if (input.valid)
      valid.push(d);
    const byName = names.get(d.kind) ?? /* @__PURE__ */ new Map();
    names.set(d.kind, byName);
    if (!byName.has(d.name))
      byName.set(d.name, d);
  }
  const diagnostics = [];
  const ctx = {
    valid,
    named,
    names,
    today: utcDate(now),
    report: (at, finding) => {
      const level = levelOf(finding.code);
      if (level !== "off" && SEVERITY_RANK[level] >= SEVERITY_RANK[minSeverity])
        diagnostics.push(toDiagnostic(at, finding, level));
    }
  };
  for (const check of CHECKS)
    check(ctx);
  return diagnostics;
}
function utcDate(now) {
  return dateFromParts(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate());
}

// dist/schema/ajv-diagnostics.js
function ajvDiagnostics(errors, doc) {
  const best = /* @__PURE__ */ new Map();
  for (const error of errors) {
    const finding = toFinding(error);
    if (!finding)
      continue;
    const seen = best.get(finding.pointer);
    if (!seen || finding.rank > seen.rank)
      best.set(finding.pointer, finding);
  }
  return [...best.values()].map((f) => ({
    code: f.code,
    severity: "error",
    message: f.message,
    ...locateIn(doc, f.pointer, { onKey: f.onKey }),
    ...f.suggestion === void 0 ? {} : { suggestion: f.suggestion }
  }));
}
function toFinding(error) {
  const at = pathToPointer(pointerToPath(error.instancePath));
  const params = error.params;
  const child = (name) => `${at}${pathToPointer([String(name)])}`;
  switch (error.keyword) {
    case "slmValue":
      return {
        code: "schema/invalid-value",
        message: error.message ?? "invalid value",
        pointer: at,
        onKey: false,
        rank: 6
      };
    case "required":
      return {
        code: "schema/required",
        message: `missing required property "${params.missingProperty}"`,
        pointer: child(params.missingProperty),
        onKey: false,
        rank: 5
      };
    case "additionalProperties": {
      const name = String(params.additionalProperty);
      const known = Object.keys(error.parentSchema?.properties ?? {});
      const hint = didYouMean(name, known);
      return {
        code: "schema/unknown-property",
        message: `unknown property "${name}"${!hint && known.length ? ` (expected one of: ${known.join(", ")})` : ""}`,
        pointer: child(name),
        onKey: true,
        rank: 5,
        suggestion: hint
      };
    }
    case "enum": {
      const allowed = params.allowedValues.map(String);
      const got = error.data;
      const hint = typeof got === "string" ? didYouMean(got, allowed) : void 0;
      return {
        code: "schema/enum",
        message: `${describe(got)} is not one of: ${allowed.join(", ")}`,
        pointer: at,
        onKey: false,
        rank: 4,
        suggestion: hint
      };
    }
    case "const":
      return {
        code: "schema/enum",
        message: `must be ${JSON.stringify(params.allowedValue)}, not ${describe(error.data)}`,
        pointer: at,
        onKey: false,
        rank: 4
      };
    case "type":
      return {
        code: "schema/type",
        message: `must be ${typeNames(String(params.type))}, not ${typeOf(error.data)}`,
        pointer: at,
        onKey: false,
        rank: 3
      };
    case "pattern":
      return {
        code: "schema/invalid-value",
        message: `${describe(error.data)} is not valid: expected ${String(error.parentSchema?.description ?? `a match for ${params.pattern}`).replace(/\.$/, "")}`,
        pointer: at,
        onKey: false,
        rank: 2
      };
    case "uniqueItems":
      return {
        code: "schema/constraint",
        message: `repeats item ${params.j} at position ${params.i} (items must be unique)`,
        pointer: child(params.i),
        onKey: false,
        rank: 2
      };
    case "minItems":
      return {
        code: "schema/constraint",
        message: `must have at least ${params.limit} item${params.limit === 1 ? "" : "s"}`,
        pointer: at,
        onKey: false,
        rank: 2
      };
    case "if":
    case "anyOf":
    case "oneOf":
    case "allOf":
    case "not":
      return void 0;
    default:
      return {
        code: "schema/constraint",
        message: error.message ?? "is not valid",
        pointer: at,
        onKey: false,
        rank: 1
      };
  }
}
var TYPE_NAMES = {
  string: "a string",
  number: "a number",
  integer: "an integer",
  boolean: "true or false",
  object: "a mapping",
  array: "a list",
  null: "null"
};
function typeNames(types) {
  const names = types.split(",").map((t) => TYPE_NAMES[t] ?? t);
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;
}
function typeOf(value) {
  if (value === null)
    return "null";
  if (Array.isArray(value))
    return "a list";
  if (typeof value === "object")
    return "a mapping";
  if (typeof value === "boolean")
    return `${value}`;
  if (typeof value === "number")
    return Number.isInteger(value) ? `the integer ${value}` : `the number ${value}`;
  return `the string ${JSON.stringify(value)}`;
}
function describe(value) {
  return typeof value === "string" ? JSON.stringify(value) : typeOf(value);
}

// dist/schema/envelope.js
function checkEnvelope(doc) {
  const at = (code, message, pointer, severity = "error") => ({
    code,
    severity,
    message,
    ...locateIn(doc, pointer)
  });
  const value = doc.value;
  if (value === null || value === void 0) {
    const empty = {
      ...at("document/empty", "empty document (nothing between the --- markers)", "", "warning"),
      column: 1
    };
    return { ok: false, diagnostics: [empty] };
  }
  if (typeof value !== "object" || Array.isArray(value)) {
    return {
      ok: false,
      diagnostics: [
        at("document/not-a-mapping", `document is ${typeOf(value)}; an slm document is a mapping with apiVersion, kind, metadata and spec`, "")
      ]
    };
  }
  const record = value;
  const diagnostics = [];
  const { apiVersion, kind } = record;
  if (apiVersion === void 0 && kind === void 0) {
    const message = "not an slm document (no apiVersion or kind): if it is some other YAML, add it to `exclude` in slm.config.yaml";
    return { ok: false, diagnostics: [at("schema/unknown-api-version", message, "")] };
  }
  if (apiVersion !== API_VERSION) {
    const message = apiVersion === void 0 ? `missing apiVersion (expected apiVersion: ${API_VERSION})` : `unknown apiVersion ${JSON.stringify(apiVersion)} (expected ${API_VERSION}; is this an slm document?)`;
    diagnostics.push(at("schema/unknown-api-version", message, "/apiVersion"));
  }
  if (!KINDS.includes(kind)) {
    const hint = typeof kind === "string" && apiVersion === API_VERSION ? didYouMean(kind, KINDS) : void 0;
    const message = kind === void 0 ? `missing kind (expected one of: ${KINDS.join(", ")})` : `unknown kind ${JSON.stringify(kind)} (expected one of: ${KINDS.join(", ")})`;
    diagnostics.push({
      ...at("schema/unknown-kind", message, "/kind"),
      ...hint ? { suggestion: hint } : {}
    });
  }
  if (diagnostics.length > 0)
    return { ok: false, diagnostics };
  return { ok: true, kind, value: record };
}

// dist/schema/validators.js
import { existsSync } from "node:fs";
import { createRequire as createRequire3 } from "node:module";

// dist/schema/ajv-instance.js
import { createRequire } from "node:module";
var require2 = createRequire(import.meta.url);
var ajvModule = () => require2("ajv/dist/2020.js");
var VALUE_PROBLEM_NAME = "slmValueProblem";
function valueProblem(kind, data) {
  const result = VALUE_PARSERS[kind](data);
  return result.ok ? void 0 : result.error;
}
function createAjv(options = {}) {
  const { Ajv2020, Name, _ } = ajvModule();
  const ajv = new Ajv2020({ allErrors: true, verbose: true, allowUnionTypes: true, ...options });
  ajv.addKeyword({
    keyword: "slmValue",
    schemaType: "string",
    code(cxt) {
      const check = cxt.gen.scopeValue("func", { ref: valueProblem, code: new Name(VALUE_PROBLEM_NAME) });
      const problem = cxt.gen.const("problem", _`${check}(${cxt.schemaCode}, ${cxt.data})`);
      cxt.setParams({ kind: cxt.schemaCode, problem });
      cxt.fail(_`${problem} !== undefined`);
    },
    // The parser's sentence is the message (the diagnostic shows it); params keep only the kind.
    error: {
      message: ({ params }) => params.problem,
      params: ({ params }) => _`{kind: ${params.kind}}`
    }
  });
  return ajv;
}
var SLM_OPTIONS = { inlineRefs: false, code: { optimize: false }, validateSchema: false };
function validatorRefs() {
  const root = documentSchema({ runtime: true });
  const refs = { config: configSchema({ runtime: true }).$id };
  for (const k of KINDS)
    refs[k] = `${root.$id}#/$defs/${k}Document`;
  return refs;
}
function slmAjv(options = {}) {
  const ajv = createAjv({ ...SLM_OPTIONS, ...options, code: { ...SLM_OPTIONS.code, ...options.code } });
  ajv.addSchema(runtimeSchema(documentSchema({ runtime: true })));
  ajv.addSchema(runtimeSchema(configSchema({ runtime: true })));
  return ajv;
}
function compileValidators(options = {}) {
  const ajv = slmAjv(options);
  const refs = validatorRefs();
  const lazy = (ref) => {
    let validate;
    return () => {
      validate ??= ajv.getSchema(ref);
      return validate;
    };
  };
  const kinds = {};
  for (const k of KINDS)
    Object.defineProperty(kinds, k, { enumerable: true, get: lazy(refs[k]) });
  const config = lazy(refs.config);
  return {
    kinds,
    get config() {
      return config();
    }
  };
}
function runtimeSchema(schema) {
  const strip = (node) => {
    if (Array.isArray(node))
      return node.map(strip);
    if (!node || typeof node !== "object")
      return node;
    const out = {};
    const hasValue = "slmValue" in node;
    for (const [key, v] of Object.entries(node)) {
      if (key === "examples")
        continue;
      if (hasValue && (key === "pattern" || key === "minimum" || key === "maximum"))
        continue;
      out[key] = strip(v);
    }
    return out;
  };
  return strip(schema);
}

// dist/schema/standalone-validators.js
import { createRequire as createRequire2 } from "node:module";
var require3 = createRequire2(import.meta.url);
var PRECOMPILED_FILE = "compiled-validators.cjs";

// dist/schema/validators.js
var loaded;
function schemaValidators() {
  loaded ??= precompiledValidators() ?? compileValidators();
  return loaded;
}
function precompiledValidators() {
  const file = new URL(`./${PRECOMPILED_FILE}`, import.meta.url);
  if (file.protocol !== "file:" || !existsSync(file))
    return void 0;
  const make = createRequire3(import.meta.url)(`./${PRECOMPILED_FILE}`);
  const all = make(valueProblem);
  const kinds = {};
  for (const k of KINDS)
    kinds[k] = all[k];
  return { kinds, config: all.config };
}

// dist/schema/validate-documents.js
function validateDocuments(documents, options = {}) {
  const outcomes = [];
  const diagnostics = [];
  for (const doc of documents) {
    if (doc.value === void 0)
      continue;
    const envelope = checkEnvelope(doc);
    if (!envelope.ok) {
      diagnostics.push(...envelope.diagnostics);
      continue;
    }
    const validate = schemaValidators().kinds[envelope.kind];
    const valid = validate(envelope.value);
    if (!valid) {
      const found = ajvDiagnostics(validate.errors ?? [], doc);
      diagnostics.push(...options.partial?.has(doc) ? found.filter((d) => d.code !== "schema/required") : found);
    }
    outcomes.push({ doc, kind: envelope.kind, value: envelope.value, valid });
  }
  return { outcomes, diagnostics };
}
function validateConfigDocuments(documents) {
  const validate = schemaValidators().config;
  const diagnostics = [];
  for (const doc of documents) {
    if (doc.value === void 0 || doc.value === null)
      continue;
    if (!validate(doc.value))
      diagnostics.push(...ajvDiagnostics(validate.errors ?? [], doc));
  }
  return diagnostics;
}

// dist/model/inherited-findings.js
function mergeInheritedFindings(diagnostics) {
  const inherited = (d) => d.related?.some((r) => r.message?.startsWith("inherited by ")) ?? false;
  const places = /* @__PURE__ */ new Map();
  for (const d of diagnostics) {
    const key = placeKey(d);
    const group = places.get(key);
    if (group)
      group.push(d);
    else
      places.set(key, [d]);
  }
  const out = [];
  for (const group of places.values()) {
    if (!group.some(inherited)) {
      out.push(...group);
      continue;
    }
    const own = group.find((d) => !inherited(d)) ?? group[0];
    const related = [];
    for (const d of [own, ...group.filter((d2) => d2 !== own)]) {
      for (const r of d.related ?? []) {
        if (!related.some((s) => s.file === r.file && s.line === r.line && s.column === r.column))
          related.push(r);
      }
    }
    const { related: _related, ...rest } = own;
    out.push({ ...rest, related });
  }
  return out;
}
function placeKey(d) {
  return [d.file, d.document, d.line, d.column, d.pointer, d.code, d.severity].join("\0");
}

// dist/model/rule-settings.js
function ruleSettings(rules) {
  return {
    levelOf: (code) => {
      const own = DIAGNOSTIC_CODES[code].severity;
      const set = rules[code];
      return set !== void 0 && adjustable(code, set) ? set : own;
    }
  };
}
function adjustable(code, level) {
  return DIAGNOSTIC_CODES[code].severity !== "error" || level === "error";
}
function isCode(code) {
  return Object.hasOwn(DIAGNOSTIC_CODES, code);
}
function applyRuleSettings(diagnostics, load) {
  const settings = ruleSettings(load.config.rules);
  const out = [...configFindings(load)];
  const directives = /* @__PURE__ */ new Map();
  for (const file of load.files) {
    const found = file.text === void 0 ? [] : directivesOf(file);
    if (found.length > 0)
      directives.set(file.file, found);
  }
  for (const d of diagnostics) {
    const level = settings.levelOf(d.code);
    if (level === "off")
      continue;
    const directive = directives.get(d.file)?.find((x) => x.line + 1 === d.line && (x.codes.length === 0 || x.codes.includes(d.code)));
    if (directive && level !== "error" && DIAGNOSTIC_CODES[d.code].severity !== "error") {
      directive.used = true;
      continue;
    }
    out.push(d);
  }
  for (const [file, list] of directives) {
    for (const x of list)
      out.push(...directiveFindings(file, x, settings));
  }
  return out.filter((d) => settings.levelOf(d.code) !== "off").map((d) => withLevel(d, settings));
}
function withLevel(d, settings) {
  const level = settings.levelOf(d.code);
  return level === d.severity ? d : { ...d, severity: level };
}
var DIRECTIVE = /^(\s*)#\s*slm-disable-next-line\b(.*)$/;
function directivesOf(file) {
  const out = [];
  file.text.split(/\r?\n/).forEach((text, i) => {
    const m = DIRECTIVE.exec(text);
    if (!m)
      return;
    const list = m[2].split(/\s--\s|\s--$/)[0];
    const codes = list.split(/[\s,]+/).map((c) => c.trim()).filter((c) => c !== "");
    out.push({ line: i + 1, column: m[1].length + 1, codes, used: false });
  });
  return out;
}
function directiveFindings(file, x, settings) {
  const at = { file, line: x.line, column: x.column, pointer: "" };
  const out = [];
  for (const code of x.codes) {
    if (!isCode(code)) {
      const suggestion = didYouMean(code, Object.keys(DIAGNOSTIC_CODES));
      out.push({
        ...at,
        code: "suppression/unknown-rule",
        severity: DIAGNOSTIC_CODES["suppression/unknown-rule"].severity,
        message: `slm-disable-next-line names "${code}", which is not a diagnostic code`,
        ...suggestion ? { suggestion } : {}
      });
    } else if (DIAGNOSTIC_CODES[code].severity === "error" || settings.levelOf(code) === "error") {
      out.push({
        ...at,
        code: "suppression/rule-locked",
        severity: DIAGNOSTIC_CODES["suppression/rule-locked"].severity,
        message: `${code} is an error and cannot be suppressed; fix the finding on the next line`
      });
    }
  }
  if (!x.used && !out.some((d) => d.code === "suppression/rule-locked")) {
    out.push({
      ...at,
      code: "suppression/unused",
      severity: DIAGNOSTIC_CODES["suppression/unused"].severity,
      message: x.codes.length === 0 ? "slm-disable-next-line suppresses nothing: the next line has no finding" : `slm-disable-next-line suppresses nothing: the next line has no ${x.codes.join(", ")} finding`
    });
  }
  return out;
}
function configFindings(load) {
  const doc = load.configFile?.documents[0];
  if (!doc)
    return [];
  const out = [];
  for (const [code, level] of Object.entries(load.config.rules)) {
    const pointer = `/rules/${code.replace(/~/g, "~0").replace(/\//g, "~1")}`;
    if (!isCode(code)) {
      const suggestion = didYouMean(code, Object.keys(DIAGNOSTIC_CODES));
      out.push({
        code: "config/unknown-rule",
        severity: "error",
        message: `rules: "${code}" is not a diagnostic code`,
        file: doc.file,
        ...doc.sourceMap.locate(pointer, { onKey: true }),
        pointer,
        ...suggestion ? { suggestion } : {}
      });
    } else if (!adjustable(code, level)) {
      out.push({
        code: "config/rule-locked",
        severity: "error",
        message: `rules: ${code} is an error and cannot be set to ${level} (only warnings and infos can be changed)`,
        file: doc.file,
        ...doc.sourceMap.locate(pointer),
        pointer
      });
    }
  }
  return out;
}

// dist/model/validate-repository.js
function validateRepository(load, options) {
  const diagnostics = [...load.diagnostics];
  if (load.configFile)
    diagnostics.push(...validateConfigDocuments(load.configFile.documents));
  const reported = new Set(load.diagnostics.map((d) => d.file));
  for (const file of load.files) {
    if (file.documents.length === 0 && !reported.has(file.file)) {
      diagnostics.push({
        code: "file/empty",
        severity: "warning",
        message: "file holds no YAML document",
        file: file.file,
        line: 1,
        column: 1,
        pointer: ""
      });
    }
  }
  const effective = effectiveDocuments(load.documents);
  diagnostics.push(...effective.diagnostics);
  const schema = validateDocuments(effective.documents, { partial: effective.unresolved });
  diagnostics.push(...schema.diagnostics);
  const settings = ruleSettings(load.config.rules);
  diagnostics.push(...runChecks(schema.outcomes, options.now, options.minSeverity ?? "info", (code) => settings.levelOf(code)));
  return applyRuleSettings(mergeInheritedFindings(diagnostics), load);
}

export {
  parseSqlExpression,
  validateRepository
};
