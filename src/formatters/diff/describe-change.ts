import { compareStrings } from "../../core/compare.js";
import type { AgreementChange } from "../../diff/agreement-change.js";
import type { CoverageChange, DiffResult, TemplateChange } from "../../diff/diff-result.js";

/** One sentence per change, shared by the text and Markdown formats (the agreement is its heading). */
export function describeChange(c: AgreementChange): string {
  const where = c.target ? `${c.target}: ` : "";
  const via = c.via ? ` (${c.via.kind} ${c.via.name})` : c.template ? ` (template ${c.template})` : "";
  const detail = c.detail ? `; ${c.detail}` : "";
  if (c.direction === "added") return `${where}${c.field} added (${c.to})`;
  if (c.direction === "removed") return `${where}${c.field} removed (was ${c.from})`;
  const arrow = `${c.from ?? "(none)"} → ${c.to ?? "(none)"}`;
  return c.direction === "changed"
    ? `${where}${c.field}${via} ${arrow}${detail}`
    : `${where}${c.field}${via} ${c.direction}, ${arrow}${detail}`;
}

const VERBS: Record<TemplateChange["direction"], string> = {
  tightened: "tightens",
  loosened: "loosens",
  changed: "changes",
  added: "is added to",
  removed: "is removed from",
};

/** "gold: p1-response threshold 15m → 10m tightens 40 SLAs" (SPEC §21). */
export function describeTemplateChange(t: TemplateChange): string {
  const byKind = new Map<string, number>();
  for (const a of t.agreements) {
    const kind = a.slice(0, a.indexOf("/"));
    byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
  }
  const counts = [...byKind].map(([kind, n]) => `${n} ${kind}${n === 1 ? "" : "s"}`).join(", ");
  const what =
    t.field === "target"
      ? `target ${t.target} (${t.to ?? t.from})`
      : `${t.target ? `${t.target} ` : ""}${t.field} ${t.from ?? "(none)"} → ${t.to ?? "(none)"}`;
  return `${t.template}: ${what} ${VERBS[t.direction]} ${counts}`;
}

export function describeCoverageChange(c: CoverageChange): string {
  const why = c.reasons.length > 0 ? ` — ${c.reasons.join("; ")}` : "";
  return `${c.target}: ${c.from ?? "(new)"} → ${c.to ?? "(removed)"}${why}`;
}

/** The changes grouped by agreement, each with the coverage verdicts of its targets that changed. */
export function changesByAgreement(
  result: DiffResult,
): { heading: string; changes: AgreementChange[]; coverage: CoverageChange[] }[] {
  const groups = new Map<
    string,
    { heading: string; changes: AgreementChange[]; coverage: CoverageChange[] }
  >();
  const group = (kind: string, name: string) => {
    const key = `${kind}/${name}`;
    let g = groups.get(key);
    if (!g) {
      g = { heading: `${kind} ${name}`, changes: [], coverage: [] };
      groups.set(key, g);
    }
    return g;
  };
  for (const c of result.changes) group(c.kind, c.name).changes.push(c);
  for (const c of result.coverage) group("SLA", c.sla).coverage.push(c);
  return [...groups.entries()].sort(([a], [b]) => compareStrings(a, b)).map(([, g]) => g);
}

/**
 * The commitments a change loosens for the customer: a loosened value, and a removed target or
 * agreement (issue 9: a removal is a loosening).
 */
export function loosenedCount(result: DiffResult): { loosened: number; removed: number } {
  const removed = result.changes.filter(
    (c) => c.direction === "removed" && (c.field === "target" || c.field === "agreement"),
  ).length;
  return { loosened: result.changes.filter((c) => c.direction === "loosened").length + removed, removed };
}
