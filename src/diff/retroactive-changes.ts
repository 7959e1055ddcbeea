import type { Agreement, AgreementKind, Model } from "../core/model.js";
import type { AgreementChange } from "./agreement-change.js";

/**
 * A commitment that changes while the agreement's `effective` date does not (SPEC §16): the new
 * terms tie with the old on `effective`, win as the newer revision, and so re-judge every window
 * since that date — periods already reported to the customer.
 */
export interface RetroactiveChange {
  kind: AgreementKind;
  name: string;
  /** The unchanged effective date (YYYY-MM-DD). */
  effective: string;
  /** The changed commitments: `availability: objective`, `fee`. */
  changes: string[];
  message: string;
}

/** Fields whose change alters how a period is judged or what it costs: objectives, thresholds, hours, credits, fees. */
const TARGET_FIELDS = new Set([
  "target",
  "objective",
  "threshold",
  "metric",
  "priority",
  "window",
  "exclusions",
  "credits",
  "calendar",
  "service hours",
]);
const AGREEMENT_FIELDS = new Set(["service", "calendar", "fee", "creditCap", "service hours"]);

export function retroactiveChanges(
  base: Model,
  head: Model,
  changes: readonly AgreementChange[],
): RetroactiveChange[] {
  const key = (a: { kind: string; name: string }) => `${a.kind}/${a.name}`;
  const before = new Map(base.agreements.map((a) => [key({ kind: a.kind, name: a.metadata.name }), a]));
  const after = new Map(head.agreements.map((a) => [key({ kind: a.kind, name: a.metadata.name }), a]));
  const byAgreement = new Map<string, string[]>();
  for (const c of changes) {
    const fields = c.target === null ? AGREEMENT_FIELDS : TARGET_FIELDS;
    if (!fields.has(c.field)) continue;
    const list = byAgreement.get(key(c)) ?? [];
    const what = c.target === null ? c.field : `${c.target}: ${c.field}`;
    if (!list.includes(what)) list.push(what);
    byAgreement.set(key(c), list);
  }
  const out: RetroactiveChange[] = [];
  for (const [k, list] of byAgreement) {
    const a: Agreement | undefined = before.get(k);
    const b = after.get(k);
    if (!a || !b || a.effective.day !== b.effective.day) continue;
    out.push({
      kind: b.kind,
      name: b.metadata.name,
      effective: b.effective.text,
      changes: list,
      message: `${list.join(", ")} ${list.length === 1 ? "changes" : "change"} while effective stays ${b.effective.text}: the new terms reach back to ${b.effective.text} and re-judge periods already reported; set spec.effective to the day they take effect`,
    });
  }
  return out;
}
