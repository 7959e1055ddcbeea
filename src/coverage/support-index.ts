import type { Agreement, Model, Target } from "../core/model.js";

/** An OLA or UC target together with its agreement. */
export interface Underpinning {
  agreement: Agreement;
  target: Target;
  /** `<kind>/<agreement>/<target>`, the form coverage prints and JSON carries. */
  ref: string;
}

/** OLA/UC targets looked up by the service they are about and by the SLA targets they link to. */
export interface SupportIndex {
  byService: Map<string, Underpinning[]>;
  /** Key: `<sla-name>/<target-name>` as written in `supports`. */
  byLink: Map<string, Underpinning[]>;
  all: Underpinning[];
}

export function underpinningRef(agreement: Agreement, target: Target): string {
  return `${agreement.kind}/${agreement.metadata.name}/${target.name}`;
}

export function buildSupportIndex(model: Model): SupportIndex {
  const index: SupportIndex = { byService: new Map(), byLink: new Map(), all: [] };
  for (const agreement of model.agreements) {
    if (agreement.kind === "SLA") continue;
    for (const target of agreement.targets) {
      const u: Underpinning = { agreement, target, ref: underpinningRef(agreement, target) };
      index.all.push(u);
      push(index.byService, agreement.service, u);
      for (const link of new Set(target.supports)) push(index.byLink, link, u);
    }
  }
  return index;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
