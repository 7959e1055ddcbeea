import type { DimensionFilter } from "../core/model.js";

/** A dimension filter compiled against a source's dimension order. */
export interface RowFilter {
  indices: number[];
  accepted: Set<string>[];
}

/** Null when nothing is filtered (or a key is not a dimension of the source: validation reports that). */
export function compileRowFilter(
  filter: DimensionFilter | null,
  dimensions: readonly string[],
): RowFilter | null {
  if (!filter) return null;
  const keys = Object.keys(filter).filter((k) => dimensions.includes(k));
  if (keys.length === 0) return null;
  return { indices: keys.map((k) => dimensions.indexOf(k)), accepted: keys.map((k) => new Set(filter[k])) };
}

/** Whether a row's dimension values match: every key, one of its accepted values (a missing value matches none). */
export function matchesFilter(filter: RowFilter | null, dims: readonly (string | null)[]): boolean {
  if (!filter) return true;
  for (let k = 0; k < filter.indices.length; k++) {
    const v = dims[filter.indices[k]!];
    if (v === null || v === undefined || !filter.accepted[k]!.has(v)) return false;
  }
  return true;
}

/** The key of a checks series narrowed by a scope (shown in notes, so readable). */
export function seriesKey(service: string, scope: DimensionFilter | null): string {
  if (!scope) return service;
  const parts = Object.entries(scope).map(([k, v]) => `${k}: ${v.join(", ")}`);
  return `${service} (${parts.join("; ")})`;
}
