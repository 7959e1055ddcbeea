import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  monthsOf
} from "./chunk-Z3KBX553.js";
import {
  PPB,
  percentageFromPpb
} from "./chunk-PWKK3NVO.js";
import {
  matchesFilter
} from "./chunk-XI5ZFPBU.js";
import {
  intersect,
  subtract,
  totalLength,
  unionOf,
  unionOfSets
} from "./chunk-JMGTLOBI.js";
import {
  compareStrings
} from "./chunk-2EXGQLEF.js";

// dist/time/composed-downtime.js
function composeDowntime(root, dependsOn, recorded) {
  const order = postOrder(root, dependsOn);
  const down = /* @__PURE__ */ new Map();
  const refs = (service) => dependsOn(service).filter((d) => dependencyReady(d, down));
  for (const service of order) {
    const parts = [recorded.get(service) ?? []];
    for (const dep of refs(service))
      parts.push(dependencyDown(dep, down));
    down.set(service, unionOfSets(parts));
  }
  const rootDown = down.get(root) ?? [];
  const windows = /* @__PURE__ */ new Map([[root, [rootDown]]]);
  const causes = /* @__PURE__ */ new Map();
  for (let i = order.length - 1; i >= 0; i--) {
    const service = order[i];
    const window = unionOfSets(windows.get(service) ?? []);
    if (window.length === 0)
      continue;
    const own = intersect(recorded.get(service) ?? [], window);
    if (own.length > 0)
      causes.set(service, own);
    for (const dep of refs(service)) {
      const members = "service" in dep ? [dep.service] : dep.anyOf;
      const through = intersect(window, dependencyDown(dep, down));
      if (through.length === 0)
        continue;
      for (const member of members)
        windows.set(member, [...windows.get(member) ?? [], through]);
    }
  }
  return { down: rootDown, causes };
}
function postOrder(root, dependsOn) {
  const out = [];
  const state = /* @__PURE__ */ new Map();
  const stack = [];
  const enter = (service) => {
    state.set(service, "open");
    const next = dependsOn(service).flatMap((d) => "service" in d ? [d.service] : d.anyOf);
    stack.push({ service, next: next.reverse() });
  };
  enter(root);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    const child = frame.next.pop();
    if (child === void 0) {
      stack.pop();
      state.set(frame.service, "done");
      out.push(frame.service);
    } else if (!state.has(child)) {
      enter(child);
    }
  }
  return out;
}
function dependencyReady(dep, down) {
  return "service" in dep ? down.has(dep.service) : dep.anyOf.every((m) => down.has(m));
}
function dependencyDown(dep, down) {
  if ("service" in dep)
    return down.get(dep.service) ?? [];
  let set = null;
  for (const member of dep.anyOf)
    set = set === null ? down.get(member) ?? [] : intersect(set, down.get(member) ?? []);
  return set ?? [];
}

// dist/time/overlap-shares.js
function overlapShares(sets) {
  const events = [];
  sets.forEach((set, i) => {
    for (let k = 0; k < set.length; k += 2)
      events.push([set[k], 1, i], [set[k + 1], -1, i]);
  });
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const own = sets.map(() => 0);
  const together = /* @__PURE__ */ new Map();
  const active = /* @__PURE__ */ new Set();
  let last = 0;
  for (const [t, delta, i] of events) {
    if (t > last && active.size > 0) {
      if (active.size === 1) {
        const [only] = active;
        own[only] += t - last;
      } else {
        const members = [...active].sort((a, b) => a - b);
        const key = members.join(",");
        const entry = together.get(key) ?? { members, length: 0 };
        entry.length += t - last;
        together.set(key, entry);
      }
    }
    last = t;
    if (delta > 0)
      active.add(i);
    else
      active.delete(i);
  }
  return { own, overlaps: [...together.values()] };
}

// dist/measure/downtime-attribution.js
function attribute(causes) {
  const names = [...causes.keys()];
  const sets = names.map((n) => causes.get(n));
  const shares = overlapShares(sets);
  return {
    components: names.map((name, i) => ({
      service: name,
      downtimeMs: totalLength(sets[i]),
      aloneMs: shares.own[i]
    })),
    shared: shares.overlaps.map((s) => ({ services: s.members.map((i) => names[i]), durationMs: s.length })).sort((a, b) => b.durationMs - a.durationMs || compareStrings(a.services.join(), b.services.join()))
  };
}

// dist/measure/measurement.js
var KEPT_ITEMS = 10;
function emptyMeasurement(unit) {
  return {
    unit,
    good: 0,
    total: 0,
    serviceTimeMs: null,
    downtimeMs: null,
    unknownMs: null,
    pending: null,
    outages: [],
    overlaps: [],
    tickets: [],
    paused: null,
    attribution: null
  };
}
function countedMeasurement(good, total) {
  return { ...emptyMeasurement("count"), good, total };
}

// dist/measure/availability-from-outages.js
var OWN_OUTAGES_ONLY = () => [];
function availabilityFromOutages(outages, service, open, excludePlanned, asOf, filter = null, composition = OWN_OUTAGES_ONLY) {
  const m = emptyMeasurement("time");
  const spanStart = open.length > 0 ? open[0] : 0;
  const spanEnd = open.length > 0 ? open[open.length - 1] : 0;
  const services = reachable(service, composition);
  const relevant = outages.filter((o) => services.has(o.service) && o.start < spanEnd && endOf(o, asOf) > spanStart && // A scope narrows the service's own outages; a component's are the component's.
  (o.service !== service || matchesFilter(filter, o.dims)));
  const planned = excludePlanned ? composeDowntime(service, composition, perService(relevant.filter((o) => o.planned), open, asOf)).down : [];
  const serviceTime = subtract(open, planned);
  const composed = composeDowntime(service, composition, perService(relevant, serviceTime, asOf));
  m.serviceTimeMs = totalLength(serviceTime);
  m.downtimeMs = totalLength(composed.down);
  m.unknownMs = 0;
  m.total = m.serviceTimeMs;
  m.good = m.serviceTimeMs - m.downtimeMs;
  const downs = relevant.map((o) => ({
    o,
    down: intersect([o.start, Math.max(o.start, endOf(o, asOf))], composed.causes.get(o.service) ?? [])
  })).filter(({ o, down }) => down.length > 0 && !(excludePlanned && o.planned && o.service === service));
  const shares = overlapShares(downs.map(({ down }) => down));
  m.outages = downs.map(({ o, down }, i) => ({
    id: o.id,
    service: o.service,
    start: o.start,
    end: o.end,
    durationMs: totalLength(down),
    ownMs: shares.own[i],
    planned: o.planned,
    cause: o.cause
  }));
  m.overlaps = shares.overlaps.map((s) => ({ members: s.members, durationMs: s.length }));
  m.attribution = attribute(composed.causes);
  return m;
}
function perService(outages, within, asOf) {
  const pairs = /* @__PURE__ */ new Map();
  for (const o of outages) {
    const list = pairs.get(o.service) ?? [];
    list.push([o.start, endOf(o, asOf)]);
    pairs.set(o.service, list);
  }
  return new Map([...pairs].map(([s, p]) => [s, intersect(unionOf(p), within)]));
}
function reachable(service, composition) {
  const seen = /* @__PURE__ */ new Set([service]);
  const pending = [service];
  while (pending.length > 0) {
    for (const dep of composition(pending.pop()))
      for (const s of "service" in dep ? [dep.service] : dep.anyOf)
        if (!seen.has(s)) {
          seen.add(s);
          pending.push(s);
        }
  }
  return seen;
}
function endOf(o, asOf) {
  return o.end ?? Math.max(o.start, asOf);
}

// dist/verdict/money.js
function windowFeeCents(fee, windowMonths) {
  return feeCentsForMonths(fee, { num: windowMonths, den: 1 });
}
function feeCentsForMonths(fee, months) {
  const feeCents = BigInt(Math.round(fee.amount * 100));
  return Number(divRound(feeCents * BigInt(months.num), BigInt(monthsOf(fee.per)) * BigInt(months.den)));
}
function percentOfCents(share, cents) {
  return Number(divRound(BigInt(share.ppb) * BigInt(cents), BigInt(PPB)));
}
function divRound(n, d) {
  return (n * 2n + d) / (2n * d);
}
function maxCreditCents(agreement, months) {
  if (!agreement.fee)
    return null;
  const ppb = Math.min(agreement.creditCap.ppb, agreement.targets.reduce((sum, t) => sum + Math.max(0, ...t.credits.map((c) => c.credit.ppb)), 0));
  return percentOfCents(percentageFromPpb(ppb), feeCentsForMonths(agreement.fee, months));
}
function apportionCents(cents, parts) {
  const base = Math.floor(cents / parts);
  const extra = cents - base * parts;
  return Array.from({ length: parts }, (_, i) => base + (i < extra ? 1 : 0));
}

export {
  attribute,
  KEPT_ITEMS,
  emptyMeasurement,
  countedMeasurement,
  OWN_OUTAGES_ONLY,
  availabilityFromOutages,
  reachable,
  windowFeeCents,
  feeCentsForMonths,
  percentOfCents,
  maxCreditCents,
  apportionCents
};
