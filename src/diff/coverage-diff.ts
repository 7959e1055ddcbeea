import type { Model } from "../core/model.js";
import { computeCoverage } from "../coverage/compute-coverage.js";
import type { CoverageChange } from "./diff-result.js";

/** Coverage verdicts that differ between two revisions, per SLA target, in SLA then target order. */
export function coverageChanges(base: Model, head: Model): CoverageChange[] {
  const verdicts = (model: Model) =>
    new Map(computeCoverage(model).targets.map((t) => [`${t.sla}\u0000${t.target}`, t]));
  const before = verdicts(base);
  const after = verdicts(head);
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
  const out: CoverageChange[] = [];
  for (const key of keys) {
    const from = before.get(key)?.verdict ?? null;
    const now = after.get(key);
    const to = now?.verdict ?? null;
    if (from === to) continue;
    const [sla, target] = key.split("\u0000") as [string, string];
    // An availability reason is best told by the arithmetic of the composition.
    const reasons = (now?.reasons ?? [])
      .filter((r) => r.effect !== "warning")
      .map((r) => (r.kind === "availability" && now?.composition ? now.composition : r.message));
    out.push({ sla, target, from, to, reasons });
  }
  return out;
}
