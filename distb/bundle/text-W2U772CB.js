import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  changesByAgreement,
  describeChange,
  describeCoverageChange,
  describeReplayScope,
  describeRetroactive,
  describeTemplateChange,
  replayByTarget,
  replayCells
} from "./chunk-B7Y2IBSJ.js";
import "./chunk-DQEPQ35S.js";
import "./chunk-VEAA5MQJ.js";
import "./chunk-YUZ4Y2P5.js";
import "./chunk-ITEXS6TC.js";
import "./chunk-2EXGQLEF.js";
import "./chunk-ZR5D3XWC.js";
import "./chunk-KBDRPUOI.js";

// dist/formatters/diff/text.js
function formatDiffText(result, ctx) {
  const c = ctx.colors;
  const lines = [`Agreement changes ${result.base} \u2192 ${result.head}`];
  if (result.changes.length === 0)
    lines.push("  no agreement changes");
  if (result.templates?.length) {
    lines.push(c.bold("Template changes"));
    for (const t of result.templates) {
      lines.push(`  ${describeTemplateChange(t)}: ${t.agreements.join(", ")}`);
      for (const v of t.coverage)
        lines.push(`    coverage ${v.sla}/${describeCoverageChange(v)}`);
    }
  }
  for (const group of changesByAgreement(result)) {
    lines.push(c.bold(group.heading));
    for (const change of group.changes) {
      const mark = change.direction === "loosened" || change.direction === "removed" ? c.red("-") : change.direction === "tightened" || change.direction === "added" ? c.green("+") : c.yellow("~");
      lines.push(`  ${mark} ${describeChange(change)}`);
    }
    for (const change of group.coverage)
      lines.push(`  coverage ${describeCoverageChange(change)}`);
  }
  for (const w of result.warnings)
    lines.push(c.yellow(`warning: ${describeRetroactive(w)}`));
  const r = result.replay;
  if (r) {
    lines.push(`Replay of ${describeReplayScope(r)}: ${r.changes.length} of ${r.compared} SLA target windows change`);
    for (const group of replayByTarget(r)) {
      lines.push(c.bold(`SLA ${group.sla} \xB7 ${group.target}`));
      for (const row of group.rows) {
        const cells = replayCells(row);
        lines.push(`  ${row.window}: status ${cells.status}; severity ${cells.severity}; credit ${cells.credit}; budget ${cells.budget}`);
      }
    }
  }
  return `${lines.join("\n")}
`;
}
export {
  formatDiffText
};
