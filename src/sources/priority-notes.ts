import type { DataSource } from "../core/model.js";

/**
 * A priority the `values` map does not know is kept as written and so matches no target's
 * priority: say which values those were, or the tickets would vanish from the report unexplained.
 */
export function unmappedPriorityNotes(source: DataSource, values: Set<string>): string[] {
  const map = source.values.priority;
  if (!map) return [];
  // A cell that already holds a recoded value ("P1") needs no mapping.
  const canonical = new Set(Object.values(map));
  const unknown = [...values].filter((v) => !canonical.has(v));
  if (unknown.length === 0) return [];
  const shown = unknown
    .sort()
    .slice(0, 5)
    .map((v) => JSON.stringify(v));
  return [
    `${source.metadata.name}: priority values not in its \`values\` map, so no priority target counts those tickets: ${shown.join(", ")}${unknown.length > 5 ? ", …" : ""}`,
  ];
}
