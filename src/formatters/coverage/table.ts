import type { ChalkInstance } from "chalk";
import Table from "cli-table3";
import type {
  ComponentCoverage,
  CoverageResult,
  TargetCoverage,
  Verdict,
} from "../../coverage/coverage-result.js";
import { summaryLine } from "../../coverage/verdict.js";
import type { FormatContext } from "../formatter.js";
import { slaMatrices, slaWarnings } from "./matrix.js";

/**
 * The terminal view: per SLA a matrix of its targets × components (cell: the supporting targets,
 * or `missing`), the verdict per target, then every reason with its arithmetic; orphans; summary.
 */
export function formatCoverageTable(result: CoverageResult, ctx: FormatContext): string {
  const c = ctx.colors;
  const blocks: string[] = [];
  for (const m of slaMatrices(result)) {
    const table = new Table({
      head: ["target", "commitment", ...m.columns.map((col) => col.header), "verdict"],
      // cli-table3 colours headers and borders itself unless told not to; colour comes only from ctx.
      style: { head: [], border: [] },
    });
    for (const row of m.rows) {
      table.push([
        row.target.target,
        `${row.target.metric}\n${row.target.requirement}`,
        ...row.cells.map((cell) => formatCell(cell, c)),
        paintVerdict(row.target.verdict, c),
      ]);
    }
    const lines = [
      c.bold(`SLA ${m.sla}`) + ` (customer ${m.customer}, service ${m.service})`,
      table.toString(),
    ];
    for (const row of m.rows) lines.push(...reasonLines(row.target, c));
    for (const w of slaWarnings(m.rows.map((r) => r.target)))
      lines.push(`  ${"warning".padEnd(15)} ${c.yellow(w)}`);
    blocks.push(lines.join("\n"));
  }
  if (result.orphans.length > 0) {
    blocks.push(
      [
        `Orphans (OLA/UC targets that support no SLA target): ${result.orphans.length}`,
        ...result.orphans.map((o) => `  ${o}`),
      ].join("\n"),
    );
  }
  blocks.push(summaryLine(result));
  return `${blocks.join("\n\n")}\n`;
}

function formatCell(cell: ComponentCoverage | undefined, c: ChalkInstance): string {
  if (!cell) return "";
  if (cell.supportedBy.length === 0) return c.red("missing");
  const refs = cell.supportedBy.map(
    (s) => `${s.kind} ${s.agreement}/${s.target}${s.via === "link" ? " (link)" : ""}`,
  );
  if (cell.verdict === "at-risk") refs.push(c.yellow("at-risk"));
  return refs.join("\n");
}

function reasonLines(t: TargetCoverage, c: ChalkInstance): string[] {
  const lines: string[] = [];
  if (t.composition !== undefined) lines.push(`    ${"availability".padEnd(13)} ${t.composition}`);
  for (const r of t.reasons) {
    if (r.kind === "availability" || r.effect === "warning") continue; // said above / once per SLA
    lines.push(`    ${r.kind.padEnd(13)} ${r.message}`);
  }
  if (lines.length === 0) return [];
  return [`  ${t.sla}/${t.target}: ${paintVerdict(t.verdict, c)}`, ...lines];
}

export function paintVerdict(verdict: Verdict, c: ChalkInstance): string {
  if (verdict === "not-applicable") return c.dim(verdict);
  return verdict === "covered"
    ? c.green(verdict)
    : verdict === "at-risk"
      ? c.yellow(verdict)
      : c.red(verdict);
}
