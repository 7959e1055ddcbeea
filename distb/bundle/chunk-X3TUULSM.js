import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  MeasurementEngine,
  assess,
  clockLimit,
  clockVerdict,
  creditDirection,
  creditStatus,
  excuse,
  reportWorkloadWindows,
  selectAgreements,
  sourceForWorkload,
  targetCredit,
  ticketClock,
  totalCredits,
  workloadWindowsWithin
} from "./chunk-F7F6JMNS.js";
import {
  percentOfCents,
  windowFeeCents
} from "./chunk-MAKVS4ER.js";
import {
  buildSupportIndex,
  componentGraph,
  supportingTargets
} from "./chunk-KO44X4PI.js";
import {
  addressesBreach,
  improvementsOf,
  isOpen,
  overdueActions
} from "./chunk-JWE4QTWT.js";
import {
  targetSpans
} from "./chunk-532D2S4Q.js";
import {
  periodMonths
} from "./chunk-Z3KBX553.js";
import {
  sourceForTarget
} from "./chunk-WALSUJ65.js";
import {
  calendarFromModel
} from "./chunk-C2TRXQNV.js";
import {
  agreementZone
} from "./chunk-WWBM2P7X.js";
import {
  isoInstant
} from "./chunk-FJHNBEBL.js";
import {
  describeBreachFact,
  describeNoteFact,
  summaryFactsOf,
  summarySentence
} from "./chunk-TKEVRWOP.js";
import {
  excuseReason
} from "./chunk-I4FYCAP7.js";
import {
  englishText
} from "./chunk-DQEPQ35S.js";
import {
  WORK_TREE,
  currentTerms
} from "./chunk-2TG2Q2CL.js";
import {
  PPB,
  percentageFromPpb
} from "./chunk-PWKK3NVO.js";
import {
  lastLocalDay,
  periodInstants
} from "./chunk-JKYJYC5M.js";
import {
  dateFromEpochDay,
  formatEpochDay
} from "./chunk-MPPKPTIV.js";
import {
  totalLength
} from "./chunk-JMGTLOBI.js";
import {
  DAY_MS
} from "./chunk-YUZ4Y2P5.js";
import {
  CALENDAR_24X7,
  TICKET_METRICS
} from "./chunk-ADLZAIGX.js";
import {
  UsageError
} from "./chunk-RMJS7MV5.js";
import {
  compareStrings
} from "./chunk-2EXGQLEF.js";

// dist/measure/revision-measurements.js
var RevisionMeasurements = class {
  base;
  baseId;
  options;
  engine;
  combined;
  views = /* @__PURE__ */ new Map();
  constructor(base, baseId, options) {
    this.base = base;
    this.baseId = baseId;
    this.options = options;
    this.combined = {
      services: base.services,
      calendars: new Map(base.calendars),
      parties: base.parties,
      agreements: base.agreements,
      dataSources: new Map(base.dataSources),
      improvements: base.improvements
    };
    const overrides = options.dataOverrides;
    this.engine = new MeasurementEngine(this.combined, {
      ...options,
      // `--data NAME=FILE` names the DataSource, whichever revision's definition of it is read.
      dataOverrides: new SuffixBlindMap(overrides)
    });
  }
  /** The view for the agreements of one snapshot (`id`) with its own model. */
  view(id, model) {
    let view = this.views.get(id);
    if (!view) {
      view = new RevisionView(this, id === this.baseId ? null : id.slice(0, 12), model, this.options);
      this.views.set(id, view);
    }
    return view;
  }
  load() {
    return this.engine.load();
  }
  /** The combined name of a revision's calendar: its own where it differs from the base's. */
  calendarName(suffix, own, name) {
    return this.mapped(suffix, name, own.calendars.get(name), this.base.calendars.get(name), this.combined.calendars);
  }
  dataSourceName(suffix, own, name) {
    return this.mapped(suffix, name, own.dataSources.get(name), this.base.dataSources.get(name), this.combined.dataSources);
  }
  mapped(suffix, name, own, base, into) {
    if (suffix === null || own === void 0 || sameContent(own, base))
      return name;
    const renamed = `${name}@${suffix}`;
    if (!into.has(renamed))
      into.set(renamed, { ...own, metadata: { ...own.metadata, name: renamed } });
    return renamed;
  }
};
var RevisionView = class {
  owner;
  suffix;
  model;
  options;
  translated = /* @__PURE__ */ new WeakMap();
  own = null;
  constructor(owner, suffix, model, options) {
    this.owner = owner;
    this.suffix = suffix;
    this.model = model;
    this.options = options;
  }
  plan(agreement, target, spans) {
    const t = this.translate(agreement, target);
    if (t)
      this.owner.engine.plan(t.agreement, t.target, spans);
  }
  measure(agreement, target, span) {
    const t = this.translate(agreement, target);
    if (!t) {
      this.own ??= new MeasurementEngine(this.model, this.options);
      return this.own.measure(agreement, target, span);
    }
    const measured = this.owner.engine.measure(t.agreement, t.target, span);
    return { ...measured, source: measured.source === null ? null : t.source };
  }
  scope(agreement, target) {
    const t = this.translate(agreement, target);
    return t ? this.owner.engine.scope(t.agreement, t.target) : null;
  }
  planWorkload(agreement, limit, spans) {
    const t = this.translateWorkload(agreement, limit);
    if (t)
      this.owner.engine.planWorkload(t.agreement, t.limit, spans);
  }
  workload(agreement, limit, span) {
    const t = this.translateWorkload(agreement, limit);
    if (!t) {
      this.own ??= new MeasurementEngine(this.model, this.options);
      return this.own.workload(agreement, limit, span);
    }
    const counted = this.owner.engine.workload(t.agreement, t.limit, span);
    return { ...counted, source: counted.source === null ? null : t.source };
  }
  sourceData(name) {
    return this.owner.engine.sourceData(this.owner.dataSourceName(this.suffix, this.model, name));
  }
  calendar(name, zone) {
    return this.owner.engine.calendar(this.owner.calendarName(this.suffix, this.model, name), zone);
  }
  open(calendarName, span) {
    return this.owner.engine.open(this.owner.calendarName(this.suffix, this.model, calendarName), span);
  }
  /** A workload limit as the combined model knows it: its source named explicitly, under the combined agreement. */
  translateWorkload(agreement, limit) {
    const source = sourceForWorkload(this.model, agreement, limit).source;
    if (!source)
      return null;
    const combined = this.combinedAgreement(agreement);
    return {
      agreement: combined,
      limit: {
        ...limit,
        source: this.owner.dataSourceName(this.suffix, this.model, source.metadata.name)
      },
      source: source.metadata.name
    };
  }
  /** The agreement and target as the combined model knows them; null when the target has no source in its revision. */
  translate(agreement, target) {
    const source = sourceForTarget(this.model, agreement, target).source;
    if (!source)
      return null;
    const combined = this.combinedAgreement(agreement);
    return { agreement: combined, target: combined.targets[target.index], source: source.metadata.name };
  }
  combinedAgreement(agreement) {
    let combined = this.translated.get(agreement);
    if (!combined) {
      const calendar = (name) => this.owner.calendarName(this.suffix, this.model, name);
      combined = {
        ...agreement,
        // Per-target state is kept by agreement and target name: another revision's is another agreement.
        metadata: this.suffix === null ? agreement.metadata : { ...agreement.metadata, name: `${agreement.metadata.name}@${this.suffix}` },
        calendar: calendar(agreement.calendar),
        targets: agreement.targets.map((t) => {
          const found = sourceForTarget(this.model, agreement, t).source;
          return {
            ...t,
            calendar: calendar(t.calendar),
            // Explicit, so that another revision's sources in the combined model cannot make the choice ambiguous.
            source: found ? this.owner.dataSourceName(this.suffix, this.model, found.metadata.name) : t.source
          };
        })
      };
      this.translated.set(agreement, combined);
    }
    return combined;
  }
};
function sameContent(a, b) {
  if (b === void 0)
    return false;
  const strip = ({ origin: _origin, ...rest }) => JSON.stringify(rest);
  return strip(a) === strip(b);
}
var SuffixBlindMap = class extends Map {
  inner;
  constructor(inner) {
    super(inner);
    this.inner = inner;
  }
  get(name) {
    const at = name.indexOf("@");
    return this.inner.get(at < 0 ? name : name.slice(0, at));
  }
};

// dist/report/worst-items.js
var WORST_OUTAGES = 5;
var WORST_TICKETS = 10;
function worstItems(evaluated) {
  const outages = /* @__PURE__ */ new Map();
  const overlaps = /* @__PURE__ */ new Map();
  for (const e of evaluated) {
    if (e.target.metric !== "availability")
      continue;
    for (const o of e.m.outages) {
      const key = `${o.service}|${o.start}|${o.id}`;
      const item2 = outageItem(o);
      const seen = outages.get(key);
      if (!seen || seen.duration < item2.duration)
        outages.set(key, item2);
    }
    for (const overlap of e.m.overlaps) {
      const item2 = {
        outages: overlap.members.map((i) => outageLabel(e.m.outages[i])),
        duration: overlap.durationMs / 1e3
      };
      const key = item2.outages.join("\0");
      const seen = overlaps.get(key);
      if (!seen || seen.duration < item2.duration)
        overlaps.set(key, item2);
    }
  }
  const tickets = [];
  const pending = [];
  for (const e of evaluated) {
    for (const t of breachedTickets(e.m.tickets))
      tickets.push({ ...ticketItem(e.target.name, t), supporting: e.supporting.get(t) ?? [] });
  }
  for (const e of evaluated) {
    for (const t of e.m.tickets)
      if (t.status === "pending")
        pending.push({ ...ticketItem(e.target.name, t), status: "pending" });
  }
  const byClock = (a, b) => b.clock - a.clock || compareStrings(a.id, b.id) || compareStrings(a.target, b.target);
  pending.sort(byClock);
  tickets.sort(byClock);
  return {
    outages: [...outages.values()].sort((a, b) => b.duration - a.duration || compareStrings(a.start, b.start)).slice(0, WORST_OUTAGES),
    overlaps: [...overlaps.values()].sort((a, b) => b.duration - a.duration || compareStrings(a.outages.join(), b.outages.join())),
    tickets: tickets.slice(0, WORST_TICKETS),
    pending: pending.slice(0, WORST_TICKETS)
  };
}
function breachedTickets(tickets) {
  return tickets.filter((t) => t.status === "breached").sort((a, b) => b.clockMs - a.clockMs || compareStrings(a.id, b.id));
}
function byDuration(a, b) {
  return b.durationMs - a.durationMs || a.start - b.start;
}
function outageItem(o) {
  return {
    id: o.id,
    service: o.service,
    start: isoInstant(o.start),
    end: o.end === null ? null : isoInstant(o.end),
    duration: o.durationMs / 1e3,
    own: o.ownMs / 1e3,
    shared: (o.durationMs - o.ownMs) / 1e3,
    planned: o.planned,
    cause: o.cause
  };
}
function outageLabel(o) {
  return o.id ?? isoInstant(o.start);
}
function ticketItem(target, t) {
  return {
    id: t.id,
    target,
    priority: t.priority,
    opened: isoInstant(t.opened),
    clock: t.clockMs / 1e3,
    clockCapped: t.capped,
    threshold: t.thresholdMs / 1e3,
    paused: t.pausedMs === null ? null : t.pausedMs / 1e3,
    status: "breached",
    supporting: []
  };
}

// dist/report/breach-causes.js
function breachReport(e, zone) {
  const facts = breachFacts(e);
  const en = englishText();
  return {
    target: e.target.name,
    severity: e.a.severity,
    value: e.a.value,
    objective: e.target.objective.fraction,
    provisional: e.provisional,
    causes: facts.map((f) => describeBreachFact(f, en, zone)),
    causeFacts: facts
  };
}
function breachFacts(e) {
  const facts = [];
  if (e.windows.length > 1) {
    for (const w of e.windows) {
      if (w.judged.status !== "breached")
        continue;
      facts.push({
        kind: "window",
        window: w.label,
        value: w.judged.value,
        objective: e.target.objective.fraction,
        severity: w.judged.severity
      });
    }
  }
  if (e.target.metric === "availability") {
    const listed = e.m.outages.slice().sort(byDuration).slice(0, WORST_OUTAGES);
    for (const o of listed) {
      facts.push({
        kind: "outage",
        cause: o.cause,
        start: isoInstant(o.start),
        own: o.ownMs / 1e3,
        id: o.id
      });
    }
    for (const overlap of e.m.overlaps.slice().sort((a, b) => b.durationMs - a.durationMs)) {
      const members = overlap.members.map((i) => e.m.outages[i]);
      if (!members.some((o) => listed.includes(o)))
        continue;
      facts.push({ kind: "overlap", outages: members.map(outageLabel), duration: overlap.durationMs / 1e3 });
    }
  }
  if (e.target.metric === "recovery-time") {
    const over = (o) => o.overThreshold === true;
    for (const o of e.m.outages.filter(over).sort(byDuration).slice(0, WORST_OUTAGES)) {
      facts.push({
        kind: "recovery",
        cause: o.cause,
        start: isoInstant(o.start),
        duration: o.durationMs / 1e3,
        id: o.id
      });
    }
  }
  for (const t of breachedTickets(e.m.tickets).slice(0, WORST_TICKETS)) {
    facts.push({
      kind: "ticket",
      id: t.id,
      priority: t.priority,
      clock: t.clockMs / 1e3,
      capped: t.capped,
      threshold: t.thresholdMs / 1e3,
      thresholdText: e.target.businessDays === void 0 ? null : e.target.thresholdText ?? null,
      supporting: (e.supporting.get(t) ?? []).map((c) => ({
        ref: c.ref,
        clock: c.clock,
        threshold: c.threshold,
        status: c.status
      }))
    });
  }
  return facts;
}

// dist/report/data-quality.js
var MONTH_MS = 31 * DAY_MS;
function dataQuality(ctx, evaluated, zone) {
  const sources = [
    ...new Set(evaluated.map((e) => e.m.source).filter((s) => s !== null))
  ].sort();
  const notes = [];
  const skipped = sources.flatMap((name) => ctx.engine.sourceData(name)?.skipped ?? []);
  const periodEnd = periodInstants(ctx.period, zone).end;
  for (const name of sources) {
    const data = ctx.engine.sourceData(name);
    if (!data)
      continue;
    notes.push(...data.notes.map((text) => ({ kind: "text", text })));
    if ((data.type === "outages" || data.type === "tickets") && data.latest !== null && data.latest < periodEnd - MONTH_MS) {
      notes.push({ kind: "stale-source", source: name, newest: isoInstant(data.latest).slice(0, 10) });
    }
    if (data.duplicates > 0)
      notes.push({ kind: "replaced-rows", source: name, rows: data.duplicates });
  }
  for (const e of evaluated) {
    if (e.m.problem)
      notes.push({ kind: "unmeasured", target: e.target.name, problem: e.m.problem });
    const open = e.m.outages.filter((o) => o.end === null).length;
    if (open > 0 && e.target.metric === "availability") {
      notes.push({ kind: "open-outages", target: e.target.name, outages: open });
    }
    for (const w of e.spans.windows) {
      if (!w.provisional)
        continue;
      notes.push({ kind: "window-running", target: e.target.name, window: e.target.window, label: w.label });
    }
  }
  notes.push(...holidayNotes(ctx, evaluated, zone));
  const en = englishText();
  return {
    skipped,
    unknownTime: evaluated.filter((e) => e.m.unknownMs !== null && e.m.unknownMs > 0).map((e) => ({ target: e.target.name, seconds: e.m.unknownMs / 1e3 })),
    pending: evaluated.filter((e) => (e.m.pending ?? 0) > 0).map((e) => ({ target: e.target.name, count: e.m.pending })),
    paused: pausedTickets(evaluated),
    notes: notes.map((n) => describeNoteFact(n, en)),
    noteFacts: notes
  };
}
function pausedTickets(evaluated) {
  const bySource = /* @__PURE__ */ new Map();
  for (const e of evaluated) {
    const paused = e.m.paused;
    if (paused === null || paused.tickets === 0 || e.m.source === null)
      continue;
    let entry = bySource.get(e.m.source);
    if (!entry) {
      entry = { source: e.m.source, tickets: 0, seconds: 0, targets: [] };
      bySource.set(e.m.source, entry);
    }
    entry.tickets += paused.tickets;
    entry.seconds += paused.ms / 1e3;
    entry.targets.push({ target: e.target.name, tickets: paused.tickets, seconds: paused.ms / 1e3 });
  }
  return [...bySource.values()].sort((a, b) => compareStrings(a.source, b.source));
}
function holidayNotes(ctx, evaluated, zone) {
  const { start, end } = periodInstants(ctx.period, zone);
  const notes = [];
  for (const name of [...new Set(evaluated.map((e) => e.target.calendar))].sort()) {
    const gaps = ctx.engine.calendar(name, zone).holidayGaps(start, end);
    if (!gaps || gaps.years.length === 0)
      continue;
    notes.push({ kind: "holiday-gap", calendar: name, source: gaps.source, years: [...gaps.years] });
  }
  return notes;
}

// dist/verdict/judge-windows.js
var SEVERITY_ORDER = ["minor", "major", "critical"];
function judgedOverWindows(period, judged) {
  const breached = judged.filter((j) => j.status === "breached");
  if (breached.length === 0) {
    if (judged.some((j) => j.status === "met"))
      return { ...period, status: "met", severity: null };
    if (judged.some((j) => j.status === "excused"))
      return { ...period, status: "excused", severity: null, credit: null };
    return period;
  }
  const worst = Math.max(...breached.map((j) => SEVERITY_ORDER.indexOf(j.severity)));
  return { ...period, status: "breached", severity: SEVERITY_ORDER[worst] };
}

// dist/report/report-context.js
function agreementZone2(ctx, agreement) {
  return agreementZone(ctx.model, agreement);
}

// dist/report/accountable-targets.js
var indexes = /* @__PURE__ */ new WeakMap();
function supportIndex(model) {
  let index = indexes.get(model);
  if (!index) {
    index = buildSupportIndex(model);
    indexes.set(model, index);
  }
  return index;
}
function slaSupports(model, sla, target) {
  const index = supportIndex(model);
  const graph = componentGraph(model, sla.service, (s) => index.byService.has(s));
  return supportingTargets(sla, target, graph, index).components;
}
function accountableTargets(model, agreement, target) {
  const index = supportIndex(model);
  const direct = /* @__PURE__ */ new Map();
  if (agreement.kind === "SLA")
    for (const c of slaSupports(model, agreement, target))
      direct.set(c.node.service, c.supports.map((s) => s.ref));
  const own = (service) => direct.get(service) ?? (index.byService.get(service)?.get("availability") ?? []).filter((s) => s.agreement !== agreement).map((s) => s.ref);
  const parent = routes(model, agreement.service);
  return (service) => {
    for (let at = service; at !== void 0; at = parent.get(at)) {
      const refs = own(at);
      if (refs.length > 0)
        return refs;
    }
    return [];
  };
}
function routes(model, root) {
  const parent = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set([root]);
  const queue = [root];
  for (let i = 0; i < queue.length; i++) {
    const at = queue[i];
    for (const dep of model.services.get(at)?.dependsOn ?? [])
      for (const s of "service" in dep ? [dep.service] : dep.anyOf) {
        if (seen.has(s))
          continue;
        seen.add(s);
        parent.set(s, at);
        queue.push(s);
      }
  }
  return parent;
}

// dist/report/supporting-clocks.js
function supportingClocks(model, agreement, target) {
  if (agreement.kind !== "SLA" || !TICKET_METRICS.includes(target.metric))
    return null;
  const supports = slaSupports(model, agreement, target).flatMap((c) => c.supports).filter((s) => TICKET_METRICS.includes(s.target.metric));
  const unique = [...new Map(supports.map((s) => [s.ref, s])).values()];
  if (unique.length === 0)
    return null;
  const timed = unique.map((s) => ({
    ref: s.ref,
    target: s.target,
    calendar: calendarFromModel(model, s.target.calendar, agreementZone(model, s.agreement))
  }));
  return (ticket, asOf) => {
    const r = ticket.record;
    if (!r)
      return [];
    return timed.filter((s) => s.target.priority === void 0 || s.target.priority === r.priority).map((s) => {
      const response = s.target.metric === "response-time";
      const clock = ticketClock(s.calendar, r.opened, response ? r.responded : r.resolved, asOf, response ? 0 : r.pausedMs, clockLimit(s.target));
      return {
        ref: s.ref,
        metric: s.target.metric,
        clock: clock.clockMs / 1e3,
        threshold: clock.thresholdMs / 1e3,
        status: clockVerdict(clock.clockMs, clock.thresholdMs, clock.stopped)
      };
    });
  };
}

// dist/report/workload-section.js
function planWorkload(ctx, agreement, zone) {
  for (const limit of agreement.workload)
    ctx.engine.planWorkload(agreement, limit, reportWorkloadWindows(ctx.period, limit.per, zone));
}
function workloadSection(ctx, agreement, zone) {
  return agreement.workload.map((limit) => {
    let source = null;
    const windows = reportWorkloadWindows(ctx.period, limit.per, zone).map((w) => {
      const counted = ctx.engine.workload(agreement, limit, w);
      source ??= counted.source;
      return {
        label: w.label,
        start: isoInstant(w.start),
        end: isoInstant(w.end),
        provisional: w.provisional,
        actual: counted.actual,
        exceeded: counted.actual !== null && counted.actual > limit.max
      };
    });
    return {
      name: limit.name,
      measure: limit.measure,
      priority: limit.priority ?? null,
      max: limit.max,
      per: limit.per,
      source,
      windows
    };
  });
}
function boundLimit(agreement, target) {
  return target.workload === void 0 ? void 0 : agreement.workload.find((w) => w.name === target.workload);
}
function planWindowWorkload(engine, agreement, target, plan, zone) {
  const limit = boundLimit(agreement, target);
  if (limit)
    engine.planWorkload(agreement, limit, workloadWindowsWithin(plan.startDay, plan.endDay, limit.per, zone));
}
function windowExcuse(engine, agreement, target, plan, zone) {
  const limit = boundLimit(agreement, target);
  if (!limit)
    return null;
  for (const w of workloadWindowsWithin(plan.startDay, plan.endDay, limit.per, zone)) {
    const { actual } = engine.workload(agreement, limit, w);
    if (actual === null || actual <= limit.max)
      continue;
    const fact = { measure: limit.measure, actual, max: limit.max };
    return {
      window: plan.label,
      workload: limit.name,
      measure: limit.measure,
      workloadWindow: w.label,
      actual,
      max: limit.max,
      reason: excuseReason(fact, englishText())
    };
  }
  return null;
}

// dist/report/evaluate-target.js
function evaluateTarget(ctx, agreement, target, zone) {
  const spans = targetSpans(agreement, target, ctx.period, zone, ctx.trend);
  const judged = judgePeriod(ctx, agreement, target, spans);
  if (!judged)
    return null;
  const supporting = /* @__PURE__ */ new Map();
  const clocks = supportingClocks(ctx.model, judged.agreement, judged.target);
  if (clocks) {
    for (const t of judged.m.tickets)
      if (t.status === "breached")
        supporting.set(t, clocks(t, judged.m.asOf ?? spans.figures.end));
  }
  return { spans, ...judged, supporting };
}
function periodTerms(ctx, agreement, target, spans) {
  const given = {
    agreement,
    target,
    engine: ctx.engine,
    ref: { commit: null, effective: agreement.effective },
    early: false
  };
  const windows = spans.windows.flatMap((plan) => {
    if (!ctx.termsAt)
      return [{ plan, terms: given }];
    const at = ctx.termsAt(agreement, plan.startDay);
    const stated = at.agreement.targets.find((t) => t.name === target.name);
    return stated ? [{ plan, terms: { ...at, target: stated } }] : [];
  });
  if (windows.length === 0)
    return null;
  const first = windows[0].plan;
  const figures = first === spans.windows[0] ? spans.figures : { start: Math.max(first.start, spans.figures.start), end: spans.figures.end };
  return { figures, row: windows[windows.length - 1].terms, windows };
}
function judgePeriod(ctx, agreement, target, spans) {
  const terms = periodTerms(ctx, agreement, target, spans);
  if (!terms)
    return null;
  const judge = (t, m2) => assess(m2, t.target.objective, t.agreement.severity, t.target.credits);
  const { row } = terms;
  const zone = agreementZone2(ctx, agreement);
  const m = row.engine.measure(row.agreement, row.target, terms.figures);
  const unexcused = judge(row, m);
  const windows = terms.windows.map(({ plan: w, terms: t }) => {
    const measured = terms.windows.length === 1 ? unexcused : judge(t, t.engine.measure(t.agreement, t.target, w));
    const excused = measured.status === "no-data" ? null : windowExcuse(t.engine, t.agreement, t.target, w, zone);
    const judged = excused ? excuse(measured) : measured;
    const feeCents = t.agreement.fee ? windowFeeCents(t.agreement.fee, w.months) : null;
    const creditPpb = creditDirection(t.agreement.kind) !== null ? judged.credit?.credit.ppb ?? 0 : 0;
    return {
      label: w.label,
      months: w.months,
      provisional: w.provisional,
      span: { start: w.start, end: w.end },
      judged,
      feeCents,
      creditPpb,
      creditCents: feeCents === null ? null : percentOfCents(percentageFromPpb(creditPpb), feeCents),
      terms: t.ref,
      early: t.early,
      excused
    };
  });
  const a = terms.windows.length === 1 ? windows[0].judged : unexcused;
  return {
    target: row.target,
    agreement: row.agreement,
    terms: row.ref,
    scope: row.engine.scope(row.agreement, row.target),
    m,
    a: windows.length > 1 ? judgedOverWindows(a, windows.map((w) => w.judged)) : a,
    windows,
    provisional: windows.some((w) => w.provisional)
  };
}
function planPeriod(ctx, agreement, target, spans) {
  const terms = periodTerms(ctx, agreement, target, spans);
  if (!terms)
    return;
  terms.row.engine.plan(terms.row.agreement, terms.row.target, [terms.figures]);
  const zone = agreementZone2(ctx, agreement);
  for (const { plan, terms: t } of terms.windows) {
    t.engine.plan(t.agreement, t.target, [plan]);
    planWindowWorkload(t.engine, t.agreement, t.target, plan, zone);
  }
}

// dist/report/improvement-section.js
function improvementSection(ctx, agreement, breaches) {
  const asOf = dateFromEpochDay(Math.floor((ctx.asOf ?? ctx.generatedAt.getTime()) / DAY_MS));
  const register = improvementsOf(ctx.model, agreement);
  return {
    asOf: asOf.text,
    breaches: breaches.map((b) => ({
      target: b.target,
      provisional: b.provisional,
      improvements: register.filter((i) => addressesBreach(i, b.target, ctx.period.label)).map(item)
    })),
    overdue: register.filter(isOpen).map((i) => ({
      ...item(i),
      overdueActions: overdueActions(i, asOf).map((a) => ({
        text: a.text,
        owner: a.owner ?? null,
        due: a.due?.text ?? "",
        daysOverdue: asOf.day - (a.due?.day ?? asOf.day)
      }))
    })).filter((i) => i.overdueActions.length > 0)
  };
}
function item(i) {
  return {
    name: i.metadata.name,
    status: i.status,
    period: i.period ?? null,
    raised: i.raised.text,
    cause: i.cause ?? null,
    owner: i.owner ?? null,
    actions: i.actions.length,
    actionsDone: i.actions.filter((a) => a.done !== void 0).length
  };
}

// dist/report/downtime-attribution.js
function downtimeAttribution(model, agreement, e) {
  const found = e.m.attribution;
  if (e.target.metric !== "availability" || !found || e.m.downtimeMs === null)
    return null;
  const accountable = accountableTargets(model, agreement, e.target);
  return {
    downtime: e.m.downtimeMs / 1e3,
    components: found.components.map((c) => ({
      service: c.service,
      displayName: model.services.get(c.service)?.metadata.displayName ?? null,
      downtime: c.downtimeMs / 1e3,
      alone: c.aloneMs / 1e3,
      shared: (c.downtimeMs - c.aloneMs) / 1e3,
      accountable: accountable(c.service)
    })).sort((a, b) => b.downtime - a.downtime || compareStrings(a.service, b.service)),
    shared: found.shared.map((s) => ({
      services: [...s.services].sort(compareStrings),
      duration: s.durationMs / 1e3
    }))
  };
}

// dist/report/report-inputs.js
function reportInputs(ctx, agreement, evaluated) {
  const files = /* @__PURE__ */ new Map();
  const add = (file) => {
    if (file !== void 0)
      files.set(file, ctx.fileHashes.get(file) ?? "");
  };
  add(agreement.origin.file);
  for (const t of agreement.templates ?? [])
    add(t.origin.file);
  add(ctx.model.services.get(agreement.service)?.origin.file);
  for (const name of /* @__PURE__ */ new Set([agreement.calendar, ...agreement.targets.map((t) => t.calendar)])) {
    if (name !== CALENDAR_24X7 || ctx.model.calendars.has(name))
      add(ctx.model.calendars.get(name)?.origin.file);
  }
  for (const i of improvementsOf(ctx.model, agreement))
    add(i.origin.file);
  for (const e of evaluated) {
    if (e.m.source === null)
      continue;
    add(ctx.model.dataSources.get(e.m.source)?.origin.file);
    for (const f of ctx.engine.sourceData(e.m.source)?.files ?? [])
      files.set(f.file, f.sha256);
  }
  return [...files.entries()].sort(([a], [b]) => compareStrings(a, b)).map(([file, sha256]) => ({ file, sha256 }));
}

// dist/report/terms-used.js
function termsReport(ref) {
  return { commit: ref.commit, effective: ref.effective.text };
}
function describeTerms(ref) {
  const where = ref.commit === null ? "the work tree" : ref.commit.slice(0, 7);
  return `${where} (effective ${ref.effective})`;
}
function termsUsed(origin, evaluated) {
  const revisions = /* @__PURE__ */ new Map();
  for (const e of evaluated) {
    for (const w of e.windows)
      revisions.set(keyOf(w.terms), termsReport(w.terms));
    revisions.set(keyOf(e.terms), termsReport(e.terms));
  }
  const notes = [];
  if (origin.source === "work-tree") {
    notes.push(`terms: no git history (${origin.reason ?? "not a git work tree"}); every window is judged under the agreements as they are now`);
  }
  for (const commit of origin.skipped()) {
    notes.push(`terms: the agreement files do not validate at commit ${commit.slice(0, 7)}; its revision of the agreement was passed over`);
  }
  for (const e of evaluated) {
    const runs = runsOf(e.windows);
    if (runs.length > 1) {
      notes.push(`${e.target.name}: judged under ${runs.length} revisions of the agreement in this period: ${runs.map((r) => `${r.first === r.last ? r.first : `${r.first} to ${r.last}`} under ${describeTerms(termsReport(r.terms))}`).join("; ")}`);
    }
    const early = e.windows.filter((w) => w.early);
    if (early.length > 0) {
      notes.push(`${e.target.name}: no revision of the agreement takes effect by the start of ${early.map((w) => w.label).join(", ")}; judged under the earliest, ${describeTerms(termsReport(early[0].terms))}`);
    }
  }
  const list = [...revisions.values()].sort((a, b) => a.effective < b.effective ? -1 : a.effective > b.effective ? 1 : 0);
  return { terms: { source: origin.source, revisions: list }, notes };
}
function keyOf(ref) {
  return `${ref.commit ?? ""}\0${ref.effective.text}`;
}
function runsOf(windows) {
  const runs = [];
  for (const w of windows) {
    const last = runs[runs.length - 1];
    if (last && keyOf(last.terms) === keyOf(w.terms))
      last.last = w.label;
    else
      runs.push({ first: w.label, last: w.label, terms: w.terms });
  }
  return runs;
}

// dist/report/target-row.js
function targetRow(agreement, e, scope, attribution) {
  const { target, m, a } = e;
  const time = m.unit === "time";
  const seconds = (ms) => ms === null ? null : ms / 1e3;
  const breachedWindows = e.windows.length > 1 ? e.windows.filter((w) => w.judged.status === "breached").map((w) => w.label) : [];
  const hasCredits = target.credits.length > 0 && creditDirection(agreement.kind) !== null;
  const withFee = hasCredits && agreement.fee !== void 0;
  const credit = targetCredit(e.windows);
  return {
    name: target.name,
    metric: target.metric,
    priority: target.priority ?? null,
    threshold: target.threshold === void 0 ? null : target.threshold / 1e3,
    thresholdText: target.thresholdText ?? null,
    calendar: target.calendar,
    window: target.window,
    scope,
    objective: target.objective.fraction,
    value: a.value,
    status: a.status,
    severity: a.severity,
    margin: a.margin,
    provisional: e.provisional,
    serviceTime: time ? seconds(m.serviceTimeMs) : null,
    downtime: time ? seconds(m.downtimeMs) : null,
    unknownTime: time ? seconds(m.unknownMs) : null,
    count: time ? m.serviceTimeMs === null ? null : m.outages.length : m.total,
    good: time ? null : m.good,
    pending: m.pending,
    budget: {
      allowed: a.budgetAllowed === null ? null : time ? a.budgetAllowed / 1e3 : a.budgetAllowed,
      consumed: a.budgetConsumed
    },
    credit: {
      percent: !hasCredits || a.status === "no-data" ? null : credit.ppb / PPB,
      amount: withFee ? credit.cents / 100 : null,
      status: credit.status
    },
    breachedWindows,
    windows: e.windows.map((w) => windowRow(w, hasCredits, withFee)),
    terms: termsReport(e.terms),
    attribution,
    workload: target.workload ?? null,
    excused: e.windows.flatMap((w) => w.excused && w.judged.status === "excused" ? [w.excused] : []),
    ...target.compare ? {
      limit: {
        field: target.compare.field,
        op: target.compare.op,
        value: target.compare.limit,
        amount: target.compare.limitAmount,
        unit: target.compare.limitUnit ?? null,
        text: target.compare.limitText
      }
    } : {},
    ...target.metric === "freshness" && m.source !== null ? { subject: m.source } : {}
  };
}
function windowRow(w, hasCredits, withFee) {
  const credit = {
    percent: !hasCredits || w.judged.status === "no-data" ? null : w.creditPpb / PPB,
    amount: withFee && w.creditCents !== null ? w.creditCents / 100 : null,
    status: creditStatus(w)
  };
  return {
    label: w.label,
    start: isoInstant(w.span.start),
    end: isoInstant(w.span.end),
    provisional: w.provisional,
    value: w.judged.value,
    status: w.judged.status,
    severity: w.judged.severity,
    credit,
    terms: termsReport(w.terms),
    excused: w.judged.status === "excused" ? w.excused : null
  };
}

// dist/report/trend-points.js
var PARTIAL_BELOW = 0.9;
function trendPoints(ctx, agreement, evaluated) {
  const points = [];
  for (let i = 0; i < ctx.trend; i++) {
    let any = false;
    const targets = evaluated.map((e) => {
      const spans = e.spans.trend[i];
      const judged = judgePeriod(ctx, agreement, e.target, spans);
      if (!judged)
        return notInForce(e);
      const { a, m, provisional } = judged;
      if (a.status !== "no-data")
        any = true;
      const measured = a.status === "no-data" ? null : measuredShare(ctx, e, spans, m.unknownMs ?? 0);
      return {
        name: e.target.name,
        objective: judged.target.objective.fraction,
        value: a.value,
        status: a.status,
        provisional,
        partial: measured !== null && measured < PARTIAL_BELOW,
        measured
      };
    });
    if (!any || evaluated.length === 0)
      continue;
    const span = evaluated[0].spans.trend[i];
    const instants = periodInstants(span.period, agreementZone2(ctx, agreement));
    points.push({
      period: { label: span.period.label, start: isoInstant(instants.start), end: isoInstant(instants.end) },
      targets
    });
  }
  return points;
}
function measuredShare(ctx, e, spans, unknownMs) {
  const full = totalLength(ctx.engine.open(e.target.calendar, spans.full));
  if (full === 0)
    return 1;
  return Math.max(0, totalLength(ctx.engine.open(e.target.calendar, spans.figures)) - unknownMs) / full;
}
function notInForce(e) {
  return {
    name: e.target.name,
    objective: e.target.objective.fraction,
    value: null,
    status: "no-data",
    provisional: false,
    partial: false,
    measured: null
  };
}

// dist/report/build-report.js
function planReport(ctx, agreement) {
  const zone = agreementZone2(ctx, agreement);
  for (const target of agreement.targets) {
    const spans = targetSpans(agreement, target, ctx.period, zone, ctx.trend);
    for (const period of [spans, ...spans.trend])
      planPeriod(ctx, agreement, target, period);
  }
  planWorkload(ctx, agreement, zone);
}
function buildReport(ctx, agreement) {
  const zone = agreementZone2(ctx, agreement);
  const evaluated = agreement.targets.map((target) => evaluateTarget(ctx, agreement, target, zone)).filter((e) => e !== null);
  const targets = evaluated.map((e) => targetRow(e.agreement, e, e.scope, downtimeAttribution(ctx.model, e.agreement, e)));
  const credits = totalCredits(evaluated.flatMap((e) => e.windows), agreement, periodMonths(ctx.period), evaluated.some((e) => e.target.credits.length > 0));
  const breaches = evaluated.filter((e) => e.a.status === "breached").map((e) => breachReport(e, zone));
  const count = (s) => targets.filter((t) => t.status === s && !t.provisional).length;
  const provisional = targets.filter((t) => t.provisional).length;
  const bySeverity = { minor: 0, major: 0, critical: 0 };
  for (const b of breaches)
    if (!b.provisional)
      bySeverity[b.severity]++;
  const instants = periodInstants(ctx.period, zone);
  const asOfs = evaluated.map((e) => e.m.asOf).filter((t) => t !== null);
  const service = ctx.model.services.get(agreement.service);
  const terms = termsUsed(ctx.termsOrigin ?? { source: "current", skipped: () => [] }, evaluated);
  const summary = {
    targets: targets.length,
    met: count("met"),
    breached: count("breached"),
    noData: count("no-data"),
    excused: count("excused"),
    provisional,
    breaches: bySeverity
  };
  return {
    sla: agreement.metadata.name,
    kind: agreement.kind,
    displayName: agreement.metadata.displayName ?? null,
    customer: agreement.customer,
    customerDisplayName: ctx.model.parties.get(agreement.customer)?.metadata.displayName ?? null,
    provider: agreement.provider,
    providerDisplayName: ctx.model.parties.get(agreement.provider)?.metadata.displayName ?? null,
    service: agreement.service,
    serviceDisplayName: service?.metadata.displayName ?? null,
    serviceTier: service?.tier ?? null,
    timezone: zone,
    period: { label: ctx.period.label, start: isoInstant(instants.start), end: isoInstant(instants.end) },
    generatedAt: ctx.generatedAt.toISOString(),
    asOf: asOfs.length > 0 ? isoInstant(Math.max(...asOfs)) : null,
    summary: { ...summary, sentence: summarySentence(summaryFactsOf({ summary, credits }), englishText()) },
    targets,
    breaches,
    worst: worstItems(evaluated),
    credits: {
      percent: credits.percent,
      amount: credits.amount,
      currency: credits.currency,
      capped: credits.capped,
      accruing: credits.accruing,
      direction: credits.direction,
      windows: credits.dueWindows.map((w) => {
        const span = evaluated.flatMap((e) => e.windows).find((x) => x.label === w.label).span;
        return {
          label: w.label,
          start: isoInstant(span.start),
          end: isoInstant(span.end),
          lastDay: formatEpochDay(lastLocalDay(span.end, zone)),
          amount: w.cents === null ? null : w.cents / 100
        };
      })
    },
    trend: trendPoints(ctx, agreement, evaluated),
    terms: terms.terms,
    dataQuality: withNotes(dataQuality(ctx, evaluated, zone), terms.notes),
    improvement: improvementSection(ctx, agreement, breaches),
    workload: workloadSection(ctx, agreement, zone),
    inputs: reportInputs(ctx, agreement, evaluated)
  };
}
function withNotes(quality, notes) {
  return notes.length === 0 ? quality : { ...quality, notes: [...notes, ...quality.notes] };
}

// dist/report/generate-reports.js
async function generateReports(request) {
  const [reports] = await generateReportSets(request, [request]);
  return reports;
}
async function generateReportSets(request, sets) {
  for (const name of request.dataOverrides.keys()) {
    if (!request.model.dataSources.has(name))
      throw new UsageError(`--data ${name}=\u2026: there is no DataSource named ${name}`);
  }
  const measurements = new RevisionMeasurements(request.model, WORK_TREE, {
    root: request.load.root,
    cwd: request.cwd,
    dataOverrides: request.dataOverrides,
    asOf: request.asOf,
    now: request.generatedAt.getTime(),
    progress: request.progress
  });
  const planned = sets.map((set) => {
    const tip = set.model ?? request.model;
    const terms = set.terms ?? currentTerms({ load: request.load, model: tip }, "current");
    const lastDay = set.period.endDay - 1;
    const inForce = { ...tip, agreements: tip.agreements.map((a) => terms.at(a, lastDay).terms.agreement) };
    return selectAgreements(inForce, set.period, request).map((agreement) => {
      const ctx = reportContext(request, set.period, terms, measurements, agreement);
      planReport(ctx, agreement);
      return { ctx, agreement };
    });
  });
  await measurements.load();
  return planned.map((reports) => reports.map(({ ctx, agreement }) => buildReport(ctx, agreement)));
}
function reportContext(request, period, terms, measurements, agreement) {
  const primary = terms.at(agreement, period.endDay - 1).terms;
  const load = primary.load;
  return {
    model: primary.model,
    engine: measurements.view(primary.snapshot, primary.model),
    period,
    trend: request.trend,
    generatedAt: request.generatedAt,
    ...request.asOf === void 0 ? {} : { asOf: request.asOf },
    fileHashes: new Map([...load.files, ...load.configFile ? [load.configFile] : []].map((f) => [f.file, f.sha256])),
    termsAt: (a, day) => {
      const { terms: t, early } = terms.at(a, day);
      return { agreement: t.agreement, engine: measurements.view(t.snapshot, t.model), ref: t.ref, early };
    },
    termsOrigin: {
      source: terms.source,
      ...terms.reason === void 0 ? {} : { reason: terms.reason },
      skipped: () => terms.skipped(agreement)
    }
  };
}

export {
  generateReports,
  generateReportSets
};
