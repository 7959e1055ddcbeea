import type { DiffResult } from "../../diff/diff-result.js";
import { formatCurrency } from "../../text/format-values.js";
import {
  changesByAgreement,
  describeCoverageChange,
  describeTemplateChange,
  loosenedCount,
} from "./describe-change.js";
import {
  creditTotals,
  describeReplayScope,
  describeRetroactive,
  replayByTarget,
  replayCells,
} from "./describe-replay.js";

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
  if (result.warnings.length > 0) {
    out.push("> [!WARNING]", "> These changes reach back into periods already reported:");
    for (const w of result.warnings) out.push(`> - ${cell(describeRetroactive(w))}`);
    out.push("");
  }
  if (result.templates?.length) {
    out.push(
      "#### Template changes",
      "",
      "| change | agreements | coverage verdicts changed |",
      "|---|---|---|",
    );
    for (const t of result.templates) {
      const verdicts = t.coverage.map((v) => `${v.sla}/${describeCoverageChange(v)}`).join("; ");
      out.push(
        `| ${cell(describeTemplateChange(t))} | ${cell(t.agreements.join(", "))} | ${cell(verdicts || null)} |`,
      );
    }
    out.push("");
  }
  for (const group of changesByAgreement(result)) {
    out.push(`#### ${cell(group.heading)}`, "");
    if (group.changes.length > 0) {
      out.push("| target | field | from | to | direction |", "|---|---|---|---|---|");
      for (const c of group.changes) {
        const field = `${c.field}${c.via ? ` (${c.via.kind} ${c.via.name})` : c.template ? ` (template ${c.template})` : ""}`;
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
  if (result.replay) out.push(...replaySection(result.replay));
  return `${out.join("\n").trimEnd()}\n`;
}

/** The replay for the pull request: per SLA target, the windows whose verdict or credit the change alters. */
function replaySection(r: NonNullable<DiffResult["replay"]>): string[] {
  const out = ["### Replay under the head terms", ""];
  const changed = r.changes.length;
  out.push(
    `Re-measured ${describeReplayScope(r)}, from the same data under the base and the head terms: ${changed === 0 ? "no" : changed} of ${r.compared} SLA target window${r.compared === 1 ? "" : "s"} ${changed === 1 ? "changes" : "change"}.`,
    "",
  );
  for (const t of creditTotals(r)) {
    out.push(
      `**Credits of the changed windows: ${formatCurrency(t.base, t.currency)} → ${formatCurrency(t.head, t.currency)}.**`,
      "",
    );
  }
  for (const group of replayByTarget(r)) {
    out.push(`#### SLA ${cell(group.sla)} · ${cell(group.target)}`, "");
    out.push("| window | status | severity | credit | budget consumed |", "|---|---|---|---:|---:|");
    for (const row of group.rows) {
      const c = replayCells(row, (t) => `**${t}**`);
      out.push(`| ${row.window} | ${c.status} | ${c.severity} | ${c.credit} | ${c.budget} |`);
    }
    out.push("");
  }
  return out;
}
