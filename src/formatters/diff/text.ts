import type { DiffResult } from "../../diff/diff-result.js";
import type { FormatContext } from "../formatter.js";
import { describeChange, describeCoverageChange } from "./describe-change.js";

export function formatDiffText(result: DiffResult, ctx: FormatContext): string {
  const c = ctx.colors;
  const lines = [`Agreement changes ${result.base} → ${result.head}`];
  if (result.changes.length === 0) lines.push("  no agreement changes");
  for (const change of result.changes) {
    const mark =
      change.direction === "loosened" || change.direction === "removed"
        ? c.red("-")
        : change.direction === "tightened" || change.direction === "added"
          ? c.green("+")
          : c.yellow("~");
    lines.push(`  ${mark} ${describeChange(change)}`);
  }
  if (result.coverage.length > 0) {
    lines.push("Coverage verdicts changed");
    for (const change of result.coverage) lines.push(`  ${describeCoverageChange(change)}`);
  }
  return `${lines.join("\n")}\n`;
}
