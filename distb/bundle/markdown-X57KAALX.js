import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  changesByAgreement,
  creditTotals,
  describeCoverageChange,
  describeReplayScope,
  describeRetroactive,
  describeTemplateChange,
  formatCurrency,
  loosenedCount,
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

// dist/formatters/diff/markdown.js
var cell = (s) => (s ?? "\u2014").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
function formatDiffMarkdown(result) {
  const out = [`### Agreement changes \`${result.base}\` \u2192 \`${result.head}\``, ""];
  if (result.changes.length === 0)
    out.push("No agreement changes.", "");
  const { loosened, removed } = loosenedCount(result);
  if (loosened > 0) {
    const of = removed > 0 ? ` (${removed} of them removed)` : "";
    out.push(`**${loosened} commitment${loosened === 1 ? "" : "s"} loosened${of}.**`, "");
  }
  if (result.warnings.length > 0) {
    out.push("> [!WARNING]", "> These changes reach back into periods already reported:");
    for (const w of result.warnings)
      out.push(`> - ${cell(describeRetroactive(w))}`);
    out.push("");
  }
  if (result.templates?.length) {
    out.push("#### Template changes", "", "| change | agreements | coverage verdicts changed |", "|---|---|---|");
    for (const t of result.templates) {
      const verdicts = t.coverage.map((v) => `${v.sla}/${describeCoverageChange(v)}`).join("; ");
      out.push(`| ${cell(describeTemplateChange(t))} | ${cell(t.agreements.join(", "))} | ${cell(verdicts || null)} |`);
    }
    out.push("");
  }
  for (const group of changesByAgreement(result)) {
    out.push(`#### ${cell(group.heading)}`, "");
    if (group.changes.length > 0) {
      out.push("| target | field | from | to | direction |", "|---|---|---|---|---|");
      for (const c of group.changes) {
        const field = `${c.field}${c.via ? ` (${c.via.kind} ${c.via.name})` : c.template ? ` (template ${c.template})` : ""}`;
        const to = c.detail ? `${c.to ?? "\u2014"}; ${c.detail}` : c.to;
        out.push(`| ${cell(c.target)} | ${cell(field)} | ${cell(c.from)} | ${cell(to)} | ${c.direction} |`);
      }
      out.push("");
    }
    if (group.coverage.length > 0) {
      out.push("Coverage verdicts changed:", "", "| target | from | to | why |", "|---|---|---|---|");
      for (const c of group.coverage) {
        out.push(`| ${cell(c.target)} | ${cell(c.from)} | ${cell(c.to)} | ${cell(c.reasons.join("; ") || null)} |`);
      }
      out.push("");
    }
  }
  if (result.replay)
    out.push(...replaySection(result.replay));
  return `${out.join("\n").trimEnd()}
`;
}
function replaySection(r) {
  const out = ["### Replay under the head terms", ""];
  const changed = r.changes.length;
  out.push(`Re-measured ${describeReplayScope(r)}, from the same data under the base and the head terms: ${changed === 0 ? "no" : changed} of ${r.compared} SLA target window${r.compared === 1 ? "" : "s"} ${changed === 1 ? "changes" : "change"}.`, "");
  for (const t of creditTotals(r)) {
    out.push(`**Credits of the changed windows: ${formatCurrency(t.base, t.currency)} \u2192 ${formatCurrency(t.head, t.currency)}.**`, "");
  }
  for (const group of replayByTarget(r)) {
    out.push(`#### SLA ${cell(group.sla)} \xB7 ${cell(group.target)}`, "");
    out.push("| window | status | severity | credit | budget consumed |", "|---|---|---|---:|---:|");
    for (const row of group.rows) {
      const c = replayCells(row, (t) => `**${t}**`);
      out.push(`| ${row.window} | ${c.status} | ${c.severity} | ${c.credit} | ${c.budget} |`);
    }
    out.push("");
  }
  return out;
}
export {
  formatDiffMarkdown
};
