import type { DiffResult } from "../../diff/diff-result.js";

const cell = (s: string | null): string => (s ?? "—").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

/** For a pull request comment: one table of changes, one of coverage verdicts. */
export function formatDiffMarkdown(result: DiffResult): string {
  const out = [`### Agreement changes \`${result.base}\` → \`${result.head}\``, ""];
  if (result.changes.length === 0) {
    out.push("No agreement changes.");
  } else {
    const loosened = result.changes.filter((c) => c.direction === "loosened").length;
    if (loosened > 0) out.push(`**${loosened} commitment${loosened === 1 ? "" : "s"} loosened.**`, "");
    out.push("| agreement | target | field | from | to | direction |", "|---|---|---|---|---|---|");
    for (const c of result.changes) {
      out.push(
        `| ${c.kind} ${cell(c.name)} | ${cell(c.target)} | ${cell(c.field)} | ${cell(c.from)} | ${cell(c.to)} | ${c.direction} |`,
      );
    }
  }
  if (result.coverage.length > 0) {
    out.push(
      "",
      "#### Coverage verdicts changed",
      "",
      "| SLA target | from | to | why |",
      "|---|---|---|---|",
    );
    for (const c of result.coverage) {
      out.push(
        `| ${cell(`${c.sla}/${c.target}`)} | ${cell(c.from)} | ${cell(c.to)} | ${cell(c.reasons.join("; ") || null)} |`,
      );
    }
  }
  return `${out.join("\n")}\n`;
}
