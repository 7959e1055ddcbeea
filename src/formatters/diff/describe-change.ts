import type { AgreementChange } from "../../diff/agreement-diff.js";
import type { CoverageChange } from "../../diff/diff-result.js";

/** One sentence per change, shared by the text and Markdown formats. */
export function describeChange(c: AgreementChange): string {
  const where = c.target ? `${c.kind} ${c.name} / ${c.target}` : `${c.kind} ${c.name}`;
  if (c.direction === "added") return `${where}: ${c.field} added (${c.to})`;
  if (c.direction === "removed") return `${where}: ${c.field} removed (was ${c.from})`;
  const arrow = `${c.from ?? "(none)"} → ${c.to ?? "(none)"}`;
  return c.direction === "changed"
    ? `${where}: ${c.field} ${arrow}`
    : `${where}: ${c.field} ${c.direction}, ${arrow}`;
}

export function describeCoverageChange(c: CoverageChange): string {
  const why = c.reasons.length > 0 ? ` — ${c.reasons.join("; ")}` : "";
  return `${c.sla}/${c.target}: ${c.from ?? "(new)"} → ${c.to ?? "(removed)"}${why}`;
}
