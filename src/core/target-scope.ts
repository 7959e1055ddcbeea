import type { DimensionFilter } from "./model.js";

/**
 * The dimension values a row must have to count for a target (SPEC §13): the agreement's `scope`
 * keys that the target's source maps, narrowed by the target's `where` (a key in both must satisfy
 * both: the accepted values are those in both lists). Null when nothing narrows the rows: the
 * target is measured for the whole service and its report shows `scope: null`.
 */
export function targetScope(
  scope: DimensionFilter,
  where: DimensionFilter,
  dimensions: readonly string[],
): DimensionFilter | null {
  const out: DimensionFilter = {};
  for (const [key, values] of Object.entries(scope)) if (dimensions.includes(key)) out[key] = [...values];
  for (const [key, values] of Object.entries(where)) {
    const before = out[key];
    out[key] = before ? before.filter((v) => values.includes(v)) : [...values];
  }
  const keys = Object.keys(out).sort();
  return keys.length === 0 ? null : Object.fromEntries(keys.map((k) => [k, out[k]!]));
}
