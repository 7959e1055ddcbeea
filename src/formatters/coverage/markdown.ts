import type { ComponentCoverage, CoverageResult, TargetCoverage } from "../../coverage/coverage-result.js";
import { summaryLine } from "../../coverage/verdict.js";
import { slaMatrices, slaWarnings } from "./matrix.js";

const MARK: Record<TargetCoverage["verdict"], string> = {
  covered: "✅ covered",
  "at-risk": "⚠️ at-risk",
  uncovered: "❌ uncovered",
};

/** GitHub-flavoured markdown for a pull request comment or a wiki page; never coloured. */
export function formatCoverageMarkdown(result: CoverageResult): string {
  const out: string[] = ["## Coverage", "", `**${summaryLine(result)}**`];
  for (const m of slaMatrices(result)) {
    out.push("", `### SLA ${m.sla} (customer ${m.customer}, service ${m.service})`, "");
    const head = ["target", "commitment", ...m.columns.map((col) => col.header), "verdict"];
    out.push(row(head.map(md)), row(head.map(() => "---")));
    for (const r of m.rows) {
      out.push(
        row([
          md(r.target.target),
          md(`${r.target.metric} ${r.target.requirement}`),
          ...r.cells.map(cell),
          MARK[r.target.verdict],
        ]),
      );
    }
    const notes = m.rows.flatMap((r) => reasonItems(r.target));
    if (notes.length > 0) out.push("", ...notes);
    const warnings = slaWarnings(m.rows.map((r) => r.target));
    if (warnings.length > 0) out.push("", ...warnings.map((w) => `> ⚠️ ${md(w)}`));
  }
  if (result.orphans.length > 0) {
    out.push("", "### Orphans", "", "OLA/UC targets that support no SLA target:", "");
    for (const o of result.orphans) out.push(`- \`${o}\``);
  }
  return `${out.join("\n")}\n`;
}

/** Cells are already escaped (they may hold `<br>`). */
function row(cells: string[]): string {
  return `| ${cells.join(" | ")} |`;
}

function cell(c: ComponentCoverage | undefined): string {
  if (!c) return "";
  if (c.supportedBy.length === 0) return "**missing**";
  const refs = c.supportedBy.map((s) =>
    md(`${s.kind} ${s.agreement}/${s.target}${s.via === "link" ? " (link)" : ""}`),
  );
  if (c.verdict === "at-risk") refs.push("_at-risk_");
  return refs.join("<br>");
}

function reasonItems(t: TargetCoverage): string[] {
  const items: string[] = [];
  if (t.composition !== undefined) items.push(`  - availability: ${md(t.composition)}`);
  for (const r of t.reasons) {
    if (r.kind === "availability" || r.effect === "warning") continue; // warnings: once per SLA
    items.push(`  - ${r.kind}: ${md(r.message)}`);
  }
  return items.length === 0 ? [] : [`- **${t.target}** — ${MARK[t.verdict]}`, ...items];
}

/** Names come from YAML; `|` would end a table cell and `<`/`>` could read as HTML. */
function md(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|");
}
