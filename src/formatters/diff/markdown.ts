import type { DiffResult } from "../../diff/diff-result.js";
import { changesByAgreement, loosenedCount } from "./describe-change.js";

const cell = (s: string | null): string => (s ?? "—").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

/** For a pull request comment: per agreement, a table of changes and one of coverage verdicts. */
export function formatDiffMarkdown(result: DiffResult): string {
  const out = [`### Agreement changes \`${result.base}\` → \`${result.head}\``, ""];
  if (result.changes.length === 0) out.push("No agreement changes.", "");
  const { loosened, removed } = loosenedCount(result);
  if (loosened > 0) {
    const of = removed > 0 ? ` (${removed} of them removed)` : "";
    out.push(`**${loosened} commitment${loosened === 1 ? "" : "s"} loosened${of}.**`, "");
  }
  for (const group of changesByAgreement(result)) {
    out.push(`#### ${cell(group.heading)}`, "");
    if (group.changes.length > 0) {
      out.push("| target | field | from | to | direction |", "|---|---|---|---|---|");
      for (const c of group.changes) {
        const field = `${c.field}${c.via ? ` (${c.via.kind} ${c.via.name})` : ""}`;
        const to = c.detail ? `${c.to ?? "—"}; ${c.detail}` : c.to;
        out.push(`| ${cell(c.target)} | ${cell(field)} | ${cell(c.from)} | ${cell(to)} | ${c.direction} |`);
      }
      out.push("");
    }
    if (group.coverage.length > 0) {
      out.push("Coverage verdicts changed:", "", "| target | from | to | why |", "|---|---|---|---|");
      for (const c of group.coverage) {
        out.push(
          `| ${cell(c.target)} | ${cell(c.from)} | ${cell(c.to)} | ${cell(c.reasons.join("; ") || null)} |`,
        );
      }
      out.push("");
    }
  }
  return `${out.join("\n").trimEnd()}\n`;
}
