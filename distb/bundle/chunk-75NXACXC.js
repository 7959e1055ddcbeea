import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  WORKLOAD_SOURCE_TYPES
} from "./chunk-ADLZAIGX.js";

// dist/core/target-scope.js
function targetScope(scope, where, dimensions) {
  const out = {};
  for (const [key, values] of Object.entries(scope))
    if (dimensions.includes(key))
      out[key] = [...values];
  for (const [key, values] of Object.entries(where)) {
    const before = out[key];
    out[key] = before ? before.filter((v) => values.includes(v)) : [...values];
  }
  const keys = Object.keys(out).sort();
  return keys.length === 0 ? null : Object.fromEntries(keys.map((k) => [k, out[k]]));
}

// dist/core/workload-source.js
function chooseWorkloadSource(sources, limit, service) {
  const type = WORKLOAD_SOURCE_TYPES[limit.measure];
  const all = [...sources];
  if (limit.source !== void 0) {
    const named = all.find((s) => s.name === limit.source);
    if (!named)
      return { problem: `DataSource ${limit.source} does not exist`, candidates: [] };
    if (named.type !== type)
      return {
        problem: `DataSource ${limit.source} is of type ${named.type}; a ${limit.measure} workload counts a ${type} source`,
        candidates: []
      };
    return { source: named };
  }
  const fitting = all.filter((s) => s.type === type && (s.service === void 0 || s.service === service));
  if (fitting.length === 1)
    return { source: fitting[0] };
  if (fitting.length === 0)
    return {
      problem: `no DataSource of type ${type} serves service ${service} to count ${limit.measure}`,
      candidates: []
    };
  const names = fitting.map((s) => s.name).sort();
  return {
    problem: `several DataSources of type ${type} could count ${limit.measure} (${names.join(", ")}); name one with \`source\``,
    candidates: fitting
  };
}

export {
  chooseWorkloadSource,
  targetScope
};
