import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  MAX_DAYS,
  createHoursContainment,
  windowEndDay
} from "./chunk-PIYRX2D7.js";
import {
  buildSupportIndex,
  componentGraph,
  supportingTargets
} from "./chunk-KO44X4PI.js";
import {
  calendarFromModel
} from "./chunk-C2TRXQNV.js";
import {
  agreementZone
} from "./chunk-WWBM2P7X.js";
import {
  verdictOf
} from "./chunk-Y3KOOMNR.js";
import {
  describeReasonFact
} from "./chunk-2O6H46QI.js";
import {
  englishText
} from "./chunk-DQEPQ35S.js";
import {
  durationSyntax
} from "./chunk-OTE4TAJD.js";
import {
  PPB,
  formatPercentage
} from "./chunk-PWKK3NVO.js";
import {
  shiftDate
} from "./chunk-XGYTK23C.js";
import {
  formatEpochDay
} from "./chunk-MPPKPTIV.js";
import {
  utcToWall
} from "./chunk-VEAA5MQJ.js";
import {
  DAY_MS,
  MINUTE_MS
} from "./chunk-YUZ4Y2P5.js";
import {
  SCORE_METRICS
} from "./chunk-ADLZAIGX.js";
import {
  compareStrings
} from "./chunk-2EXGQLEF.js";

// dist/coverage/exact-fraction.js
var BIG_PPB = BigInt(PPB);
var ONE = { n: 1n, d: 1n };
function fromPercentage(p) {
  return { n: BigInt(p.ppb), d: BIG_PPB };
}
function multiply(a, b) {
  return { n: a.n * b.n, d: a.d * b.d };
}
function complement(a) {
  return { n: a.d - a.n, d: a.d };
}
function compareToPercentage(a, p) {
  const left = a.n * BIG_PPB;
  const right = BigInt(p.ppb) * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
}
function toNumber(a) {
  const digits = 25n;
  const scaled = a.n * 10n ** digits / a.d;
  const text = scaled.toString().padStart(Number(digits) + 1, "0");
  return Number.parseFloat(`${text.slice(0, -Number(digits))}.${text.slice(-Number(digits))}`);
}
function formatFloorPercent(a, decimals) {
  const scale = 10n ** BigInt(decimals);
  const q = a.n * 100n * scale / a.d;
  const whole = q / scale;
  const rest = (q % scale).toString().padStart(decimals, "0").replace(/0+$/, "");
  return rest ? `${whole}.${rest}%` : `${whole}%`;
}

// dist/coverage/compose-availability.js
function composeAvailability(root, availabilityOf, decimals) {
  const composed = /* @__PURE__ */ new Map();
  const combine = (node, nested) => {
    if (node.type === "component") {
      const a = availabilityOf(node.service);
      return a && { value: fromPercentage(a.objective), text: `${formatPercentage(a.objective)} (${a.label})` };
    }
    const parts = [];
    for (const member of node.members) {
      const part = composed.get(member);
      if (!part)
        return void 0;
      parts.push(part);
    }
    if (node.type === "series") {
      const value2 = parts.reduce((acc, p) => multiply(acc, p.value), ONE);
      const text2 = parts.map((p) => p.text).join(" \xD7 ");
      return { value: value2, text: nested && parts.length > 1 ? `(${text2})` : text2 };
    }
    const down = parts.reduce((acc, p) => multiply(acc, complement(p.value)), ONE);
    const value = complement(down);
    const text = `[1 \u2212 ${parts.map((p) => `(1 \u2212 ${p.text})`).join("")} = ${formatFloorPercent(value, decimals)}]`;
    return { value, text };
  };
  const pending = root.type === "component" ? [] : root.members.map((node) => ({ node, ready: false }));
  while (pending.length > 0) {
    const item = pending.pop();
    if (composed.has(item.node))
      continue;
    if (item.node.type !== "component" && !item.ready) {
      pending.push({ node: item.node, ready: true });
      for (const member of item.node.members)
        if (!composed.has(member))
          pending.push({ node: member, ready: false });
      continue;
    }
    composed.set(item.node, combine(item.node, true) ?? null);
  }
  const top = combine(root, false);
  if (!top)
    return void 0;
  const single = root.type !== "series" || root.members.length === 1;
  return single ? top : { value: top.value, text: `${top.text} = ${formatFloorPercent(top.value, decimals)}` };
}
function displayDecimals(objective) {
  const text = formatPercentage(objective);
  const dot = text.indexOf(".");
  return Math.max(2, dot < 0 ? 0 : text.length - dot - 2);
}

// dist/coverage/term-coverage.js
function termRange(term) {
  return [term.start.day, term.end?.day ?? Number.POSITIVE_INFINITY];
}
function uncoveredTermDays(sla, supporting) {
  const covered = supporting.map(termRange).sort((a, b) => a[0] - b[0]);
  const [start, end] = termRange(sla);
  const out = [];
  let cursor = start;
  for (const [s, e] of covered) {
    if (cursor > end)
      break;
    if (e < cursor)
      continue;
    if (s > cursor)
      out.push([cursor, Math.min(s - 1, end)]);
    cursor = Math.max(cursor, e + 1);
  }
  if (cursor <= end && cursor !== Number.POSITIVE_INFINITY)
    out.push([cursor, end]);
  return out;
}
function noticeDeadline(agreement) {
  if (deadlines.has(agreement))
    return deadlines.get(agreement);
  const notice = agreement.contract?.noticePeriod;
  const deadline = notice && agreement.term.end ? shiftDate(agreement.term.end, notice, -1) : void 0;
  deadlines.set(agreement, deadline);
  return deadline;
}
var deadlines = /* @__PURE__ */ new WeakMap();
function noticeFallsInsideSla(deadline, sla) {
  return sla.end === void 0 || deadline.day < sla.end.day;
}

// dist/coverage/assess-target.js
function assessTarget(ctx, sla, target) {
  if (SCORE_METRICS.includes(target.metric))
    return notApplicable(sla, target);
  const { root, components, rule } = ctx.supportOf(sla, target);
  const slaRef = `${sla.metadata.name}/${target.name}`;
  const reasons = [];
  if (components.length === 0) {
    const what = target.priority === void 0 ? target.metric : `${target.metric} ${target.priority}`;
    reasons.push(reason("missing", "uncovered", {
      kind: "no-support",
      what,
      service: sla.service,
      slaRef,
      answered: rule === "answered"
    }));
  }
  let composed;
  if (target.metric === "availability" && components.length > 0) {
    const best = new Map(components.map((c) => [c.node.service, bestAvailability(c)]));
    const decimals = displayDecimals(target.objective);
    const composition = composeAvailability(root, (service) => best.get(service), decimals);
    if (composition) {
      const below = compareToPercentage(composition.value, target.objective) < 0;
      const text = `${composition.text} ${below ? "<" : "\u2265"} ${formatPercentage(target.objective)}`;
      composed = { value: toNumber(composition.value), text };
      if (below)
        reasons.push(reason("availability", "at-risk", { kind: "composition", text }));
    }
  }
  const everyTight = target.metric === "response-time";
  for (const c of components)
    reasons.push(...componentReasons(ctx, sla, target, slaRef, c, everyTight));
  const componentCoverage = components.map((c) => ({
    service: c.node.service,
    via: c.node.via,
    path: c.node.path,
    ...c.anyOf === void 0 ? {} : { anyOf: c.anyOf },
    supportedBy: c.supports.map((s) => ({
      ref: s.ref,
      kind: s.agreement.kind,
      agreement: s.agreement.metadata.name,
      target: s.target.name,
      via: s.via
    })),
    verdict: verdictOf(reasons.filter((r) => r.component === c.node.service))
  }));
  return {
    ...commitmentOf(sla, target),
    verdict: verdictOf(reasons),
    ...composed ? { composed: composed.value, composition: composed.text } : {},
    reasons,
    components: componentCoverage
  };
}
function notApplicable(sla, target) {
  return { ...commitmentOf(sla, target), verdict: "not-applicable", reasons: [], components: [] };
}
function commitmentOf(sla, target) {
  return {
    sla: sla.metadata.name,
    customer: sla.customer,
    service: sla.service,
    target: target.name,
    metric: target.metric,
    ...target.priority === void 0 ? {} : { priority: target.priority },
    objective: target.objective.fraction,
    ...target.threshold === void 0 ? {} : { threshold: target.threshold / 1e3 },
    requirement: requirement(target),
    ...target.businessDays === void 0 ? {} : { thresholdText: target.thresholdText }
  };
}
function bestAvailability(c) {
  let best;
  for (const s of c.supports) {
    if (s.target.metric !== "availability")
      continue;
    if (!best || s.target.objective.ppb > best.target.objective.ppb)
      best = s;
  }
  return best && {
    objective: best.target.objective,
    label: `${c.node.service}, ${best.agreement.kind} ${best.agreement.metadata.name}`
  };
}
function componentReasons(ctx, sla, target, slaRef, c, everyTight) {
  const component = c.node.service;
  const out = [];
  const add = (kind, effect, fact) => {
    out.push({ ...reason(kind, effect, fact), component });
  };
  if (c.supports.length === 0) {
    const what = target.priority === void 0 ? target.metric : `${target.metric} ${target.priority}`;
    add("missing", "uncovered", { kind: "missing", component, what, slaRef });
    return out;
  }
  const comparable = c.supports.filter((s) => s.target.metric === target.metric);
  for (const s of c.supports) {
    if (s.target.metric !== target.metric) {
      add("metric", "at-risk", {
        kind: "metric",
        component,
        support: name(s),
        slaRef,
        measures: s.target.metric,
        needs: target.metric
      });
    }
  }
  const order = (s) => ctx.thresholds(s, { agreement: sla, target });
  const atLeastAsStrict = (s) => {
    const o = order(s);
    return (o === void 0 || o.exact && !o.looser) && s.target.objective.ppb >= target.objective.ppb;
  };
  if (target.metric !== "availability" && comparable.length > 0 && (everyTight || !comparable.some(atLeastAsStrict))) {
    for (const s of comparable) {
      const t = s.target;
      const o = order(s);
      if (o?.exact && o.looser) {
        const fact = { component, support: name(s), supporting: o.supporting, sla: o.sla };
        add("threshold", "at-risk", { kind: "threshold-looser", ...fact });
      }
      if (o && !o.exact) {
        const fact = { component, support: name(s), supporting: o.supporting, sla: o.sla, why: o.why };
        add("threshold", "at-risk", { kind: "threshold-inexact", ...fact });
      }
      if (t.objective.ppb < target.objective.ppb) {
        add("objective", "at-risk", {
          kind: "objective",
          component,
          support: name(s),
          objective: formatPercentage(t.objective),
          slaObjective: formatPercentage(target.objective)
        });
      }
    }
  }
  const calendars = [...new Set(c.supports.map((s) => s.target.calendar))];
  const slaZone = agreementZone(ctx.model, sla);
  const uncoveredHours = ctx.hours(target.calendar, calendars, sla.term, slaZone);
  if (uncoveredHours) {
    const by = c.supports.map((s) => ({ support: name(s), calendar: s.target.calendar }));
    const zone = ctx.model.calendars.get(target.calendar)?.timezone ?? slaZone;
    add("hours", "at-risk", {
      kind: "hours",
      component,
      calendar: target.calendar,
      zone,
      by,
      hours: uncoveredHours
    });
  }
  const agreements = [
    ...new Map(c.supports.map((s) => [s.agreement.metadata.name + s.agreement.kind, s.agreement])).values()
  ];
  const gaps = uncoveredTermDays(sla.term, agreements.map((a) => a.term));
  if (gaps.length > 0) {
    add("term", "at-risk", {
      kind: "term",
      component,
      term: termText(sla.term),
      by: agreements.map((a) => ({ agreement: `${a.kind} ${a.metadata.name}`, term: termText(a.term) })),
      gaps: gaps.map(([from, to]) => ({
        from: formatEpochDay(from),
        to: to === Number.POSITIVE_INFINITY ? null : formatEpochDay(to)
      }))
    });
  }
  for (const a of agreements) {
    const deadline = noticeDeadline(a);
    if (!deadline || !noticeFallsInsideSla(deadline, sla.term))
      continue;
    add("notice", "warning", {
      kind: "notice",
      component,
      agreement: `${a.kind} ${a.metadata.name}`,
      deadline: deadline.text,
      termEnd: a.term.end.text,
      noticePeriod: a.contract.noticePeriod.text,
      slaEnd: sla.term.end?.text ?? null
    });
  }
  return out;
}
function reason(kind, effect, fact) {
  return { kind, effect, message: describeReasonFact(fact, englishText()), fact };
}
function termText(term) {
  return { start: term.start.text, end: term.end?.text ?? null };
}
function requirement(t) {
  const objective = formatPercentage(t.objective);
  const priority = t.priority === void 0 ? "" : `${t.priority} `;
  if (t.compare)
    return `${t.compare.field} ${t.compare.op} ${t.compare.limitText} in ${objective}`;
  if (t.businessDays !== void 0)
    return `${priority}\u2264 ${t.thresholdText} in ${objective}`;
  if (t.score !== void 0)
    return `score \u2265 ${t.score} in ${objective}`;
  if (t.threshold === void 0)
    return `${priority}\u2265 ${objective}`;
  return `${priority}\u2264 ${durationSyntax(t.threshold)} in ${objective}`;
}
function name(s) {
  return `${s.agreement.kind} ${s.agreement.metadata.name}/${s.target.name}`;
}

// dist/coverage/threshold-order.js
function createThresholdComparison(model) {
  const lengths = /* @__PURE__ */ new Map();
  const dayLength = (of, term) => {
    const zone = agreementZone(model, of.agreement);
    const key = `${of.target.calendar}|${zone}|${term.start.day}|${term.end?.day ?? ""}`;
    let found = lengths.get(key);
    if (!found) {
      found = serviceDayLength(model, of.target.calendar, zone, term);
      lengths.set(key, found);
    }
    return found;
  };
  return (supporting, sla) => {
    const s = supporting.target;
    const t = sla.target;
    if (s.compare || t.compare)
      return limitOrder(s.compare, t.compare);
    if (s.threshold === void 0 && s.businessDays === void 0 || t.threshold === void 0 && t.businessDays === void 0)
      return void 0;
    if (s.businessDays === void 0 && t.businessDays === void 0) {
      return { exact: true, looser: s.threshold > t.threshold, supporting: label(s), sla: label(t) };
    }
    const sameDays = s.businessDays !== void 0 && t.businessDays !== void 0 && s.calendar === t.calendar && agreementZone(model, supporting.agreement) === agreementZone(model, sla.agreement);
    if (sameDays)
      return { exact: true, looser: s.businessDays > t.businessDays, supporting: label(s), sla: label(t) };
    const term = sla.agreement.term;
    const inHours = (of) => {
      if (of.target.businessDays === void 0)
        return { ms: of.target.threshold, text: label(of.target) };
      const day = dayLength(of, term);
      if ("why" in day)
        return { why: day.why, text: `${label(of.target)} (calendar ${of.target.calendar})` };
      const ms = of.target.businessDays * day.ms;
      return {
        ms,
        text: `${label(of.target)} (= ${durationSyntax(ms)} of calendar ${of.target.calendar}, ${day.text} a day)`
      };
    };
    const a = inHours(supporting);
    const b = inHours(sla);
    if ("why" in a)
      return { exact: false, why: a.why, supporting: a.text, sla: b.text };
    if ("why" in b)
      return { exact: false, why: b.why, supporting: a.text, sla: b.text };
    return { exact: true, looser: a.ms > b.ms, supporting: a.text, sla: b.text };
  };
}
function limitOrder(s, t) {
  if (!s || !t)
    return void 0;
  const supporting = limitLabel(s);
  const sla = limitLabel(t);
  if (s.field !== t.field)
    return { exact: false, why: `it compares ${s.field}, not ${t.field}`, supporting, sla };
  if (s.dimension !== t.dimension)
    return {
      exact: false,
      why: `its limit is a ${s.dimension}, the SLA's a ${t.dimension}`,
      supporting,
      sla
    };
  const lower = (op) => op === ">=" || op === ">";
  if (lower(s.op) !== lower(t.op))
    return { exact: false, why: "it bounds the value from the other side", supporting, sla };
  const strict = (op) => op === ">" || op === "<";
  const looser = s.limit === t.limit ? strict(t.op) && !strict(s.op) : lower(t.op) ? s.limit < t.limit : s.limit > t.limit;
  return { exact: true, looser, supporting, sla };
}
function limitLabel(c) {
  return `${c.field} ${c.op} ${c.limitText}`;
}
function label(t) {
  return t.thresholdText ?? durationSyntax(t.threshold ?? 0);
}
function serviceDayLength(model, name2, zone, term) {
  const calendar = calendarFromModel(model, name2, zone);
  const firstDay = term.start.day;
  const endDay = Math.min(firstDay + MAX_DAYS, windowEndDay(model, [name2], term));
  const tz = calendar.timezone;
  const patterns = /* @__PURE__ */ new Map();
  for (let day = firstDay; day < endDay; day++) {
    const windows = calendar.dayWindows(day);
    if (windows.length === 0)
      continue;
    let ms = 0;
    const parts = [];
    for (let i = 0; i < windows.length; i += 2) {
      ms += windows[i + 1] - windows[i];
      parts.push(`${(utcToWall(tz, windows[i]) - day * DAY_MS) / MINUTE_MS}+${windows[i + 1] - windows[i]}`);
    }
    const key = parts.join(",");
    const seen = patterns.get(key);
    if (seen)
      seen.count++;
    else
      patterns.set(key, { ms, first: day, count: 1 });
  }
  if (patterns.size === 0)
    return { why: `calendar ${name2} has no service day in the SLA term`, text: "" };
  const ranked = [...patterns.values()].sort((x, y) => y.count - x.count || x.first - y.first);
  const usual = ranked[0];
  if (ranked.length === 1)
    return { ms: usual.ms, text: durationSyntax(usual.ms) };
  const odd = ranked.slice(1).sort((x, y) => x.first - y.first)[0];
  const oddText = durationSyntax(odd.ms);
  const usualText = durationSyntax(usual.ms);
  const how = oddText === usualText ? `other hours than the usual ${usualText}` : `${oddText} against the usual ${usualText}`;
  return {
    why: `the service days of calendar ${name2} are not all alike (${formatEpochDay(odd.first)} has ${how}), so a business day has no fixed length`,
    text: ""
  };
}

// dist/coverage/compute-coverage.js
function computeCoverage(model, filter = {}) {
  const index = buildSupportIndex(model);
  const graphs = /* @__PURE__ */ new Map();
  const graphOf = (service) => {
    const cached = graphs.get(service);
    if (cached)
      return cached;
    const graph = componentGraph(model, service, (s) => index.byService.has(s));
    graphs.set(service, graph);
    return graph;
  };
  const supports = /* @__PURE__ */ new Map();
  const ctx = {
    model,
    hours: createHoursContainment(model),
    thresholds: createThresholdComparison(model),
    supportOf(sla, target) {
      let found = supports.get(target);
      if (!found) {
        found = supportingTargets(sla, target, graphOf(sla.service), index);
        supports.set(target, found);
      }
      return found;
    }
  };
  const slas = model.agreements.filter((a) => a.kind === "SLA").sort((a, b) => compareStrings(a.metadata.name, b.metadata.name));
  const selected = slas.filter((a) => (filter.sla === void 0 || a.metadata.name === filter.sla) && (filter.customer === void 0 || a.customer === filter.customer));
  const targets = selected.flatMap((sla) => sla.targets.map((t) => assessTarget(ctx, sla, t)));
  const summary = { covered: 0, "at-risk": 0, uncovered: 0, "not-applicable": 0 };
  for (const t of targets)
    summary[t.verdict]++;
  return { targets, orphans: orphans(slas, ctx, index), summary };
}
function orphans(slas, ctx, index) {
  const used = /* @__PURE__ */ new Set();
  for (const sla of slas) {
    for (const target of sla.targets) {
      const { components } = ctx.supportOf(sla, target);
      for (const c of components)
        for (const s of c.supports)
          used.add(s.ref);
    }
  }
  return index.all.map((u) => u.ref).filter((ref) => !used.has(ref)).sort();
}

export {
  computeCoverage
};
