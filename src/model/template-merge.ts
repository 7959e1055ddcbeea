import { pathToPointer, type ValueOrigin } from "../repository/source-map.js";
import type { LoadedDocument } from "../repository/yaml-file.js";

/**
 * The merge rule of SPEC §21, as a pure function on annotated values: every node remembers the
 * document and pointer it was written at, so that the effective agreement can be located back
 * to the template or agreement line each value came from.
 *
 * - mappings merge key by key, the later layer winning on a key both hold (and its keys coming
 *   first, so that an effective agreement reads like the agreement, then what it inherits);
 * - `spec.targets` merge by `name`: an entry naming an inherited target merges into it field by
 *   field, `remove: true` drops it, an entry naming none is a new target appended at the end —
 *   which must then be complete (have a `metric`), else it is taken as a misnamed override;
 * - every other list, and every scalar, is replaced whole.
 */
export type Annotated =
  | { kind: "map"; origin: ValueOrigin; entries: Map<string, Annotated> }
  | { kind: "list"; origin: ValueOrigin; items: Annotated[] }
  | { kind: "leaf"; origin: ValueOrigin; value: unknown };

/** A target entry that names no inherited target: an override or removal of nothing. */
export interface UnmatchedTarget {
  origin: ValueOrigin;
  name: string;
  removal: boolean;
  /** The names inherited at that point, for did-you-mean. */
  inherited: string[];
}

export function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** The value with its origin at every node; `via` is the agreement's `extends` entry, if any. */
export function annotate(value: unknown, doc: LoadedDocument, pointer: string, via?: string): Annotated {
  const origin: ValueOrigin = via === undefined ? { doc, pointer } : { doc, pointer, via };
  if (Array.isArray(value)) {
    return {
      kind: "list",
      origin,
      items: value.map((v, i) => annotate(v, doc, pointer + pathToPointer([i]), via)),
    };
  }
  if (isMapping(value)) {
    const entries = new Map<string, Annotated>();
    for (const [k, v] of Object.entries(value))
      entries.set(k, annotate(v, doc, pointer + pathToPointer([k]), via));
    return { kind: "map", origin, entries };
  }
  return { kind: "leaf", origin, value };
}

/** One spec layer over the layers before it (`base` undefined for the first). */
export function mergeSpec(
  base: Annotated | undefined,
  over: Annotated,
  unmatched: UnmatchedTarget[],
): Annotated {
  if (base?.kind !== "map" || over.kind !== "map") {
    // The first layer still goes through the target rule: removals and overrides of nothing.
    if (over.kind !== "map") return over;
    return mergeSpec({ kind: "map", origin: over.origin, entries: new Map() }, over, unmatched);
  }
  const entries = new Map<string, Annotated>();
  for (const [key, value] of over.entries) {
    const before = base.entries.get(key);
    if (key === "targets") entries.set(key, mergeTargets(before, value, unmatched));
    else entries.set(key, before === undefined ? value : mergeValue(before, value));
  }
  return { kind: "map", origin: over.origin, entries: withRest(entries, base.entries) };
}

/** Mappings key by key, anything else replaced. */
export function mergeValue(base: Annotated, over: Annotated): Annotated {
  if (base.kind !== "map" || over.kind !== "map") return over;
  const entries = new Map<string, Annotated>();
  for (const [key, value] of over.entries) {
    const before = base.entries.get(key);
    entries.set(key, before === undefined ? value : mergeValue(before, value));
  }
  return { kind: "map", origin: over.origin, entries: withRest(entries, base.entries) };
}

/** The later layer's keys in its order, then the keys only the earlier layers have: most specific first. */
function withRest(
  entries: Map<string, Annotated>,
  base: ReadonlyMap<string, Annotated>,
): Map<string, Annotated> {
  for (const [key, value] of base) if (!entries.has(key)) entries.set(key, value);
  return entries;
}

function nameOf(node: Annotated): string | undefined {
  if (node.kind !== "map") return undefined;
  const name = node.entries.get("name");
  return name?.kind === "leaf" && typeof name.value === "string" ? name.value : undefined;
}

function mergeTargets(base: Annotated | undefined, over: Annotated, unmatched: UnmatchedTarget[]): Annotated {
  if (over.kind !== "list") return over;
  const items = base?.kind === "list" ? [...base.items] : [];
  const added = new Set<Annotated>();
  for (const entry of over.items) {
    const name = nameOf(entry);
    if (entry.kind !== "map" || name === undefined) {
      items.push(entry);
      continue;
    }
    const remove = entry.entries.get("remove");
    const removal = remove?.kind === "leaf" && remove.value === true;
    // A boolean `remove` is the merge's instruction; anything else stays for the schema to report.
    const fields =
      remove?.kind === "leaf" && typeof remove.value === "boolean"
        ? { ...entry, entries: new Map([...entry.entries].filter(([k]) => k !== "remove")) }
        : entry;
    // Only inherited targets are merged into: two entries of one layer with the same name stay two,
    // for the duplicate-name check to report.
    const at = items.findIndex((item) => !added.has(item) && nameOf(item) === name);
    if (at >= 0) {
      if (removal) items.splice(at, 1);
      else items[at] = mergeValue(items[at]!, fields);
    } else if (removal || !fields.entries.has("metric")) {
      unmatched.push({
        origin: entry.origin,
        name,
        removal,
        inherited: items.map(nameOf).filter((n): n is string => n !== undefined),
      });
    } else {
      items.push(fields);
      added.add(fields);
    }
  }
  return { kind: "list", origin: over.origin, items };
}

/** The plain value, and the origin of every node by its pointer in the result. */
export function toPlain(node: Annotated, pointer: string, origins: Map<string, ValueOrigin>): unknown {
  origins.set(pointer, node.origin);
  switch (node.kind) {
    case "leaf":
      return node.value;
    case "list":
      return node.items.map((item, i) => toPlain(item, pointer + pathToPointer([i]), origins));
    case "map": {
      const out: Record<string, unknown> = {};
      for (const [k, v] of node.entries) out[k] = toPlain(v, pointer + pathToPointer([k]), origins);
      return out;
    }
  }
}
