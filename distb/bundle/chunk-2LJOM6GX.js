import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  targetSpans
} from "./chunk-532D2S4Q.js";
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
  InputError
} from "./chunk-RMJS7MV5.js";
import {
  compareStrings
} from "./chunk-2EXGQLEF.js";

// dist/warehouse/warehouse-plan.js
var WAREHOUSE_METRICS = ["availability", "success-rate", "latency"];
function targetsReading(model, source, period) {
  const found = [];
  for (const agreement of model.agreements) {
    const zone = agreementZone(model, agreement);
    for (const target of agreement.targets) {
      if (!WAREHOUSE_METRICS.includes(target.metric))
        continue;
      if (sourceForTarget(model, agreement, target).source !== source)
        continue;
      const spans = targetSpans(agreement, target, period, zone, 0);
      const all = [spans.figures, ...spans.windows].filter((s) => s.end > s.start);
      if (all.length > 0)
        found.push({ agreement, target, spans: all });
    }
  }
  return found;
}
function warehousePlan(model, source, targets) {
  const warehouse = source.warehouse;
  if (!warehouse)
    throw new InputError(`DataSource ${source.metadata.name} has no warehouse block`);
  if (targets.length === 0) {
    const unsupported = model.agreements.flatMap((a) => a.targets.filter((t) => t.metric === "threshold" && sourceForTarget(model, a, t).source === source).map((t) => `${a.metadata.name}/${t.name}`));
    throw new InputError(`no availability, success-rate or latency target reads DataSource ${source.metadata.name} in the period${unsupported.length > 0 ? `; the warehouse query does not support threshold targets (${unsupported.join(", ")}): measure them from the export` : ""}`);
  }
  const edges = /* @__PURE__ */ new Set();
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  const lines = /* @__PURE__ */ new Map();
  for (const { agreement, target, spans } of targets) {
    const calendar = calendarFromModel(model, target.calendar, agreementZone(model, agreement));
    for (const span of spans) {
      if (span.end <= span.start)
        continue;
      start = Math.min(start, span.start);
      end = Math.max(end, span.end);
      edges.add(span.start).add(span.end);
      for (const edge of calendar.openIntervals(span.start, span.end))
        edges.add(edge);
    }
    const label = target.metric === "latency" ? target.name : target.metric;
    const threshold = target.metric === "latency" ? target.threshold : void 0;
    const id = `${agreement.metadata.name}/${target.name}`;
    const line = lines.get(label);
    if (!line) {
      lines.set(label, {
        label,
        services: [agreement.service],
        ...threshold !== void 0 ? { latencyAtMostMs: threshold } : {},
        targets: [id]
      });
      continue;
    }
    if (line.latencyAtMostMs !== threshold)
      throw new InputError(`latency targets ${line.targets[0]} and ${id} read DataSource ${source.metadata.name} with the same name and different thresholds; their rows would mix: rename one`);
    if (!line.services.includes(agreement.service))
      line.services.push(agreement.service);
    line.targets.push(id);
  }
  for (const line of lines.values())
    line.services.sort(compareStrings);
  const services = [...new Set([...lines.values()].flatMap((l) => l.services))].sort(compareStrings);
  return {
    source,
    warehouse,
    // No span at all (every target outside its term): an empty range, so the query writes no row.
    range: start < end ? { start: toSeconds(start), end: toSeconds(end) } : { start: 0, end: 0 },
    edges: [...edges].map(toSeconds).sort((a, b) => a - b),
    lines: [...lines.values()].sort((a, b) => compareStrings(a.label, b.label)),
    rawServices: new Map(services.map((s) => [s, rawValues(source, s)]))
  };
}
function toSeconds(ms) {
  return Math.floor(ms / 1e3);
}
function rawValues(source, service) {
  const recode = source.values.service ?? {};
  const raw = Object.entries(recode).filter(([, to]) => to === service).map(([from]) => from);
  if (recode[service] === void 0 || recode[service] === service)
    raw.push(service);
  return [...new Set(raw)].sort(compareStrings);
}

export {
  targetsReading,
  warehousePlan
};
