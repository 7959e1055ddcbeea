import type { DiffResult } from "../../diff/diff-result.js";
import type { FormatContext } from "../formatter.js";
import { changesByAgreement, describeChange, describeCoverageChange } from "./describe-change.js";

export function formatDiffText(result: DiffResult, ctx: FormatContext): string {
  const c = ctx.colors;
  const lines = [`Agreement changes ${result.base} → ${result.head}`];
  if (result.changes.length === 0) lines.push("  no agreement changes");
  for (const group of changesByAgreement(result)) {
    lines.push(c.bold(group.heading));
    for (const change of group.changes) {
      const mark =
        change.direction === "loosened" || change.direction === "removed"
          ? c.red("-")
          : change.direction === "tightened" || change.direction === "added"
            ? c.green("+")
            : c.yellow("~");
      lines.push(`  ${mark} ${describeChange(change)}`);
    }
    for (const change of group.coverage) lines.push(`  coverage ${describeCoverageChange(change)}`);
  }
  return `${lines.join("\n")}\n`;
}
