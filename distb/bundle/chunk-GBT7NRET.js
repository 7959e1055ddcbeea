import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  METRIC_NEEDS_FIELD,
  METRIC_SOURCE_TYPES
} from "./chunk-ADLZAIGX.js";

// dist/core/source-choice.js
function chooseSource(sources, target, service) {
  const types = METRIC_SOURCE_TYPES[target.metric];
  const all = [...sources];
  if (target.source !== void 0) {
    const named = all.find((s) => s.name === target.source);
    if (!named)
      return { problem: `DataSource ${target.source} does not exist`, candidates: [] };
    if (!types.includes(named.type)) {
      return {
        problem: `DataSource ${target.source} is of type ${named.type}; ${target.metric} needs ${types.join(" or ")}`,
        candidates: []
      };
    }
    return { source: named };
  }
  const field = target.metric === "threshold" ? target.field : METRIC_NEEDS_FIELD[target.metric];
  const fitting = all.filter((s) => types.includes(s.type) && servesService(s, service));
  const candidates = fitting.filter((s) => field === void 0 || s.fields.has(field));
  if (candidates.length === 1)
    return { source: candidates[0] };
  if (candidates.length === 0) {
    const typed = all.filter((s) => types.includes(s.type)).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    if (typed.length === 0)
      return {
        problem: `no DataSource of type ${types.join(" or ")} to measure ${target.metric}`,
        candidates
      };
    const why = typed.map((s) => servesService(s, service) ? `${s.name} maps no ${field} column` : `${s.name} covers only service ${s.service}`);
    return {
      problem: `no DataSource of type ${types.join(" or ")} measures ${target.metric} for service ${service}: ${why.join("; ")}`,
      candidates: fitting
    };
  }
  const names = candidates.map((c) => c.name).sort();
  return {
    problem: `several DataSources could measure ${target.metric} (${names.join(", ")}); name one with \`source\``,
    candidates
  };
}
function givenFields(mapped, spec) {
  const fields = new Set(mapped);
  if (spec.layout === "events" && (spec.states?.stopped?.length ?? 0) > 0)
    fields.add("resolved");
  return fields;
}
function servesService(s, service) {
  return s.service === void 0 || s.service === service;
}

export {
  chooseSource,
  givenFields
};
