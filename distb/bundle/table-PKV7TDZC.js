import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  require_cli_table3
} from "./chunk-VMLK3ERF.js";
import {
  summaryLine
} from "./chunk-Y3KOOMNR.js";
import {
  slaMatrices,
  slaWarnings
} from "./chunk-VKAQK44H.js";
import {
  __toESM
} from "./chunk-KBDRPUOI.js";

// dist/formatters/coverage/table.js
var import_cli_table3 = __toESM(require_cli_table3(), 1);
function formatCoverageTable(result, ctx) {
  const c = ctx.colors;
  const blocks = [];
  for (const m of slaMatrices(result)) {
    const table = new import_cli_table3.default({
      head: ["target", "commitment", ...m.columns.map((col) => col.header), "verdict"],
      // cli-table3 colours headers and borders itself unless told not to; colour comes only from ctx.
      style: { head: [], border: [] }
    });
    for (const row of m.rows) {
      table.push([
        row.target.target,
        `${row.target.metric}
${row.target.requirement}`,
        ...row.cells.map((cell) => formatCell(cell, c)),
        paintVerdict(row.target.verdict, c)
      ]);
    }
    const lines = [
      c.bold(`SLA ${m.sla}`) + ` (customer ${m.customer}, service ${m.service})`,
      table.toString()
    ];
    for (const row of m.rows)
      lines.push(...reasonLines(row.target, c));
    for (const w of slaWarnings(m.rows.map((r) => r.target)))
      lines.push(`  ${"warning".padEnd(15)} ${c.yellow(w)}`);
    blocks.push(lines.join("\n"));
  }
  if (result.orphans.length > 0) {
    blocks.push([
      `Orphans (OLA/UC targets that support no SLA target): ${result.orphans.length}`,
      ...result.orphans.map((o) => `  ${o}`)
    ].join("\n"));
  }
  blocks.push(summaryLine(result));
  return `${blocks.join("\n\n")}
`;
}
function formatCell(cell, c) {
  if (!cell)
    return "";
  if (cell.supportedBy.length === 0)
    return c.red("missing");
  const refs = cell.supportedBy.map((s) => `${s.kind} ${s.agreement}/${s.target}${s.via === "link" ? " (link)" : ""}`);
  if (cell.verdict === "at-risk")
    refs.push(c.yellow("at-risk"));
  return refs.join("\n");
}
function reasonLines(t, c) {
  const lines = [];
  if (t.composition !== void 0)
    lines.push(`    ${"availability".padEnd(13)} ${t.composition}`);
  for (const r of t.reasons) {
    if (r.kind === "availability" || r.effect === "warning")
      continue;
    lines.push(`    ${r.kind.padEnd(13)} ${r.message}`);
  }
  if (lines.length === 0)
    return [];
  return [`  ${t.sla}/${t.target}: ${paintVerdict(t.verdict, c)}`, ...lines];
}
function paintVerdict(verdict, c) {
  if (verdict === "not-applicable")
    return c.dim(verdict);
  return verdict === "covered" ? c.green(verdict) : verdict === "at-risk" ? c.yellow(verdict) : c.red(verdict);
}
export {
  formatCoverageTable,
  paintVerdict
};
