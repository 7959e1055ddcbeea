import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  MAX_DAYS,
  nameUncoveredHours,
  windowEndDay
} from "./chunk-PIYRX2D7.js";
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
  durationSyntax,
  formatTimeOfDay
} from "./chunk-OTE4TAJD.js";
import {
  formatPercentage
} from "./chunk-PWKK3NVO.js";
import "./chunk-GBT7NRET.js";
import "./chunk-B6ZPJPSO.js";
import "./chunk-XGYTK23C.js";
import "./chunk-MPPKPTIV.js";
import {
  subtract
} from "./chunk-JMGTLOBI.js";
import "./chunk-XH2FNGPU.js";
import {
  wallToUtc
} from "./chunk-VEAA5MQJ.js";
import "./chunk-VYAAX46D.js";
import {
  DAY_MS
} from "./chunk-YUZ4Y2P5.js";
import {
  CALENDAR_24X7,
  CLOCK_METRICS,
  WEEKDAYS
} from "./chunk-ADLZAIGX.js";
import {
  compareStrings
} from "./chunk-2EXGQLEF.js";
import "./chunk-KBDRPUOI.js";

// dist/diff/agreement-change.js
function change(a, target, field, from, to, direction, via) {
  const c = { kind: a.kind, name: a.metadata.name, target, field, from, to, direction };
  return via ? { ...c, via } : c;
}

// dist/diff/hours-change.js
function hoursChange(base, a, from, head, b, to) {
  const before = calendarFromModel(base, from, agreementZone(base, a));
  const after = calendarFromModel(head, to, agreementZone(head, b));
  const firstDay = b.term.start.day;
  const endDay = Math.min(firstDay + MAX_DAYS, Math.max(windowEndDay(base, [from], b.term), windowEndDay(head, [to], b.term)));
  const start = wallToUtc(after.timezone, firstDay * DAY_MS);
  const end = wallToUtc(after.timezone, endDay * DAY_MS);
  const was = before.openIntervals(start, end);
  const is = after.openIntervals(start, end);
  const added = subtract(is, was);
  const removed = subtract(was, is);
  if (added.length === 0 && removed.length === 0)
    return null;
  const change2 = {};
  if (added.length > 0)
    change2.added = nameUncoveredHours(added, is, after.timezone, firstDay, endDay);
  if (removed.length > 0)
    change2.removed = nameUncoveredHours(removed, was, before.timezone, firstDay, endDay);
  return change2;
}

// dist/diff/used-documents-diff.js
function usedDocumentChanges(base, head, a, b) {
  const out = [];
  const before = new Map(a.targets.map((t) => [t.name, t]));
  const sources = /* @__PURE__ */ new Map();
  for (const y of b.targets) {
    const x = before.get(y.name);
    if (!x)
      continue;
    const hours = calendarChange(base, head, a, b, x, y);
    if (hours)
      out.push(hours);
    const from = sourceForTarget(base, a, x).source;
    const to = sourceForTarget(head, b, y).source;
    if (from?.metadata.name !== to?.metadata.name) {
      out.push(change(b, y.name, "source", from?.metadata.name ?? null, to?.metadata.name ?? null, "changed", {
        kind: "DataSource",
        name: to?.metadata.name ?? from.metadata.name
      }));
    } else if (from && to) {
      sources.set(to.metadata.name, { from, to });
    }
  }
  for (const [name, { from, to }] of [...sources].sort(([p], [q]) => compareStrings(p, q))) {
    const fields = dataSourceFields(from, to);
    if (fields.length === 0)
      continue;
    out.push(change(b, null, "data source", fields.map((f) => `${f.field}: ${f.from}`).join("; "), fields.map((f) => `${f.field}: ${f.to}`).join("; "), "changed", { kind: "DataSource", name }));
  }
  if (b.kind === "SLA")
    out.push(...dependencyChanges(base, head, b));
  return out;
}
function calendarChange(base, head, a, b, x, y) {
  const sameName = x.calendar === y.calendar;
  if (sameName && calendarText(base, x.calendar) === calendarText(head, y.calendar)) {
    if (agreementZone(base, a) === agreementZone(head, b))
      return null;
  }
  const hours = hoursChange(base, a, x.calendar, head, b, y.calendar);
  if (!hours && sameName)
    return null;
  const from = describeCalendar(base, x.calendar);
  const to = describeCalendar(head, y.calendar);
  const via = { kind: "Calendar", name: y.calendar };
  const fromText = sameName ? from : `${x.calendar}: ${from}`;
  const toText = sameName ? to : `${y.calendar}: ${to}`;
  return {
    ...change(b, y.name, sameName ? "service hours" : "calendar", fromText, toText, hoursDirection(y.metric, hours), via),
    ...hours ? { detail: describeHours(hours) } : { detail: "the same service hours" }
  };
}
function hoursDirection(metric, hours) {
  if (!hours || !CLOCK_METRICS.includes(metric))
    return "changed";
  if (hours.added && !hours.removed)
    return "tightened";
  if (hours.removed && !hours.added)
    return "loosened";
  return "changed";
}
function describeHours(h) {
  return [h.removed && `fewer service hours: ${h.removed}`, h.added && `more service hours: ${h.added}`].filter(Boolean).join("; ");
}
function calendarText(model, name) {
  const c = model.calendars.get(name);
  if (!c)
    return name;
  const { origin: _origin, metadata: _metadata, ...content } = c;
  return JSON.stringify(content);
}
function describeCalendar(model, name) {
  const c = model.calendars.get(name);
  if (!c)
    return name === CALENDAR_24X7 ? "always open" : "(missing)";
  const rules = c.hours.map((h) => `${dayRanges(h.days)} ${formatTimeOfDay(h.from)}-${formatTimeOfDay(h.to)}`);
  const count = (n, word) => n === 0 ? "" : `, ${n} ${word}${n === 1 ? "" : "s"}`;
  const library = c.holidaysFrom ? `, holidays from ${c.holidaysFrom.country}${c.holidaysFrom.region ? `-${c.holidaysFrom.region}` : ""}` : "";
  return `${rules.join(", ")} (${c.timezone})${count(c.holidays.length, "holiday")}${count(c.workdays.length, "working day")}${library}`;
}
function dayRanges(days) {
  const order = [...new Set(days)].map((d) => (d + 6) % 7).sort((a, b) => a - b);
  const name = (i) => WEEKDAYS[(i + 1) % 7];
  const runs = [];
  for (let k = 0; k < order.length; ) {
    let end = k;
    while (end + 1 < order.length && order[end + 1] === order[end] + 1)
      end++;
    runs.push(end - k >= 2 ? `${name(order[k])}-${name(order[end])}` : order.slice(k, end + 1).map(name).join(","));
    k = end + 1;
  }
  return runs.join(",");
}
function dataSourceFields(from, to) {
  const flat = (s) => {
    const { kind: _kind, metadata: _metadata, origin: _origin, columns, values, ...rest } = s;
    const out = /* @__PURE__ */ new Map();
    for (const [k, v] of Object.entries(rest))
      if (v !== void 0)
        out.set(k, JSON.stringify(v));
    for (const [k, v] of Object.entries(columns))
      out.set(`columns.${k}`, JSON.stringify(v));
    for (const [k, v] of Object.entries(values))
      out.set(`values.${k}`, JSON.stringify(v));
    return out;
  };
  const x = flat(from);
  const y = flat(to);
  const keys = [.../* @__PURE__ */ new Set([...x.keys(), ...y.keys()])].sort();
  return keys.filter((k) => x.get(k) !== y.get(k)).map((k) => ({ field: k, from: x.get(k) ?? "(none)", to: y.get(k) ?? "(none)" }));
}
function dependencyChanges(base, head, sla) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const queue = [sla.service];
  while (queue.length > 0) {
    const name = queue.shift();
    if (seen.has(name))
      continue;
    seen.add(name);
    const x = base.services.get(name)?.dependsOn ?? [];
    const y = head.services.get(name)?.dependsOn ?? [];
    const from = describeDependencies(x);
    const to = describeDependencies(y);
    if (from !== to) {
      out.push(change(sla, null, "dependsOn", from || "(none)", to || "(none)", "changed", {
        kind: "Service",
        name
      }));
    }
    for (const d of [...x, ...y])
      queue.push(..."service" in d ? [d.service] : d.anyOf);
  }
  return out;
}
function describeDependencies(deps) {
  return deps.map((d) => "service" in d ? d.service : `anyOf(${d.anyOf.join(", ")})`).join(", ");
}

// dist/diff/agreement-diff.js
function diffAgreements(base, head) {
  const key = (a) => `${a.kind}/${a.metadata.name}`;
  const before = new Map(base.agreements.map((a) => [key(a), a]));
  const after = new Map(head.agreements.map((a) => [key(a), a]));
  const changes = [];
  for (const k of [.../* @__PURE__ */ new Set([...before.keys(), ...after.keys()])].sort()) {
    const a = before.get(k);
    const b = after.get(k);
    if (a && !b)
      changes.push(change(a, null, "agreement", describeAgreement(a), null, "removed"));
    else if (!a && b)
      changes.push(change(b, null, "agreement", null, describeAgreement(b), "added"));
    else if (a && b)
      changes.push(...diffAgreement(a, b), ...usedDocumentChanges(base, head, a, b));
  }
  return changes;
}
function diffAgreement(a, b) {
  const out = [];
  const field = (name, from, to) => {
    if (from !== to)
      out.push(change(b, null, name, from ?? null, to ?? null, "changed"));
  };
  field("service", a.service, b.service);
  field("provider", a.provider, b.provider);
  field("customer", a.customer, b.customer);
  field("calendar", a.calendar, b.calendar);
  field("term.start", a.term.start.text, b.term.start.text);
  field("term.end", a.term.end?.text, b.term.end?.text);
  const stated = (x) => x.effective.day !== x.term.start.day;
  if (stated(a) || stated(b))
    field("effective", a.effective.text, b.effective.text);
  field("fee", a.fee && `${a.fee.amount} ${a.fee.currency}/${a.fee.per}`, b.fee && `${b.fee.amount} ${b.fee.currency}/${b.fee.per}`);
  if (a.creditCap.ppb !== b.creditCap.ppb) {
    out.push(change(b, null, "creditCap", formatPercentage(a.creditCap), formatPercentage(b.creditCap), "changed"));
  }
  field("review.every", a.review?.every.text, b.review?.every.text);
  field("contract.noticePeriod", a.contract?.noticePeriod?.text, b.contract?.noticePeriod?.text);
  const before = new Map(a.targets.map((t) => [t.name, t]));
  const after = new Map(b.targets.map((t) => [t.name, t]));
  for (const name of [.../* @__PURE__ */ new Set([...before.keys(), ...after.keys()])]) {
    const x = before.get(name);
    const y = after.get(name);
    if (x && !y)
      out.push(change(a, name, "target", describeTarget(x), null, "removed"));
    else if (!x && y)
      out.push(change(b, name, "target", null, describeTarget(y), "added"));
    else if (x && y)
      out.push(...diffTarget(b, x, y));
  }
  return out;
}
function diffTarget(agreement, x, y) {
  const out = [];
  const push = (field, from, to, direction) => out.push(change(agreement, y.name, field, from, to, direction));
  if (x.objective.ppb !== y.objective.ppb) {
    push("objective", formatPercentage(x.objective), formatPercentage(y.objective), y.objective.ppb > x.objective.ppb ? "tightened" : "loosened");
  }
  if (x.threshold !== y.threshold || x.businessDays !== y.businessDays) {
    const [a, b] = [x.threshold ?? x.businessDays, y.threshold ?? y.businessDays];
    const sameUnit = x.businessDays === void 0 === (y.businessDays === void 0);
    const direction = a === void 0 || b === void 0 || !sameUnit ? "changed" : b < a ? "tightened" : "loosened";
    push("threshold", thresholdText(x), thresholdText(y), direction);
  }
  const plain = (field, from, to) => {
    if (from !== to)
      push(field, from ?? null, to ?? null, "changed");
  };
  plain("metric", x.metric, y.metric);
  plain("priority", x.priority, y.priority);
  plain("window", x.window, y.window);
  plain("exclusions", x.exclusions.join(",") || void 0, y.exclusions.join(",") || void 0);
  plain("credits", describeCredits(x) || void 0, describeCredits(y) || void 0);
  plain("supports", x.supports.join(",") || void 0, y.supports.join(",") || void 0);
  return out;
}
function describeAgreement(a) {
  return `${a.kind} for ${a.service} (${a.provider} \u2192 ${a.customer}), ${a.targets.length} target${a.targets.length === 1 ? "" : "s"}`;
}
function thresholdText(t) {
  if (t.businessDays !== void 0)
    return `${t.businessDays}bd`;
  return t.threshold === void 0 ? null : durationSyntax(t.threshold);
}
function describeTarget(t) {
  const parts = [t.metric];
  if (t.priority)
    parts.push(t.priority);
  const threshold = thresholdText(t);
  if (threshold !== null)
    parts.push(`\u2264 ${threshold}`);
  parts.push(`${formatPercentage(t.objective)}`);
  return parts.join(" ");
}
function describeCredits(t) {
  return t.credits.map((c) => `<${formatPercentage(c.below)}:${formatPercentage(c.credit)}`).join(" ");
}
export {
  diffAgreements
};
