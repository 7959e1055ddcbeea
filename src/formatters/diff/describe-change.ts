import { compareStrings } from "../../core/compare.js";
import type { AgreementChange } from "../../diff/agreement-change.js";
import type { CoverageChange, DiffResult } from "../../diff/diff-result.js";

/** One sentence per change, shared by the text and Markdown formats (the agreement is its heading). */
export function describeChange(c: AgreementChange): string {
  const where = c.target ? `${c.target}: ` : "";
  const via = c.via ? ` (${c.via.kind} ${c.via.name})` : "";
  const detail = c.detail ? `; ${c.detail}` : "";
  if (c.direction === "added") return `${where}${c.field} added (${c.to})`;
  if (c.direction === "removed") return `${where}${c.field} removed (was ${c.from})`;
  const arrow = `${c.from ?? "(none)"} → ${c.to ?? "(none)"}`;
  return c.direction === "changed"
    ? `${where}${c.field}${via} ${arrow}${detail}`
    : `${where}${c.field}${via} ${c.direction}, ${arrow}${detail}`;
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
