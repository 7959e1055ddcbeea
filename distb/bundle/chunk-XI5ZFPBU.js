import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);

// dist/sources/row-filter.js
function compileRowFilter(filter, dimensions) {
  if (!filter)
    return null;
  const keys = Object.keys(filter).filter((k) => dimensions.includes(k));
  if (keys.length === 0)
    return null;
  return { indices: keys.map((k) => dimensions.indexOf(k)), accepted: keys.map((k) => new Set(filter[k])) };
}
function matchesFilter(filter, dims) {
  if (!filter)
    return true;
  for (let k = 0; k < filter.indices.length; k++) {
    const v = dims[filter.indices[k]];
    if (v === null || v === void 0 || !filter.accepted[k].has(v))
      return false;
  }
  return true;
}
function seriesKey(service, scope) {
  if (!scope)
    return service;
  const parts = Object.entries(scope).map(([k, v]) => `${k}: ${v.join(", ")}`);
  return `${service} (${parts.join("; ")})`;
}

export {
  compileRowFilter,
  matchesFilter,
  seriesKey
};
