import { compareStrings } from "../core/compare.js";
import { type Agreement, type Model, type Target, TICKET_METRICS } from "../core/model.js";

/** An OLA or UC target together with its agreement. */
export interface Underpinning {
  agreement: Agreement;
  target: Target;
  /** `<kind>/<agreement>/<target>`, the form coverage prints and JSON carries. */
  ref: string;
}

/** An underpinning as support of an SLA target: found by metric on a component, or by an explicit link. */
export interface Support extends Underpinning {
  via: "match" | "link";
}

/**
 * OLA/UC targets looked up by the service they are about and the metric (and priority) they
 * measure, and by the SLA targets they link to. Support objects are built once here and shared
 * by every SLA target they support: thousands of targets would otherwise allocate millions.
 */
export interface SupportIndex {
  /** service → match key (see `matchKey`) → supports found by matching. */
  byService: Map<string, Map<string, Support[]>>;
  /** `<sla-name>/<target-name>` as written in `supports` → supports found by link. */
  byLink: Map<string, Support[]>;
  all: Underpinning[];
}

export function underpinningRef(agreement: Agreement, target: Target): string {
  return `${agreement.kind}/${agreement.metadata.name}/${target.name}`;
}

/**
 * Targets match on the metric and, for ticket metrics, the priority (SPEC §5.1); a target
 * without priority matches only one without; threshold targets on the field they compare.
 */
export function matchKey(target: Target): string {
  // A threshold target supports one on the same field only (SPEC §22).
  if (target.compare) return `${target.metric}|${target.compare.field}`;
  return TICKET_METRICS.includes(target.metric) ? `${target.metric}|${target.priority ?? ""}` : target.metric;
}

export function buildSupportIndex(model: Model): SupportIndex {
  const index: SupportIndex = { byService: new Map(), byLink: new Map(), all: [] };
  for (const agreement of model.agreements) {
    if (agreement.kind === "SLA") continue;
    for (const target of agreement.targets) {
      const u: Underpinning = { agreement, target, ref: underpinningRef(agreement, target) };
      index.all.push(u);
      let byKey = index.byService.get(agreement.service);
      if (!byKey) {
        byKey = new Map();
        index.byService.set(agreement.service, byKey);
      }
      push(byKey, matchKey(target), { ...u, via: "match" });
      const link: Support = { ...u, via: "link" };
      for (const ref of new Set(target.supports)) push(index.byLink, ref, link);
    }
  }
  // Sorted once, so every SLA target lists its supports in the same (ref) order.
  for (const byKey of index.byService.values()) {
    for (const list of byKey.values()) list.sort((a, b) => compareStrings(a.ref, b.ref));
  }
  return index;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
