import type { ComponentCoverage, CoverageResult, TargetCoverage } from "../../coverage/coverage-result.js";
import { describeReasonFact } from "../../text/coverage-reasons.js";
import { type LocaleText, localeText } from "../../text/locale-text.js";
import type { FormatContext } from "../formatter.js";
import { type SlaMatrix, slaMatrices } from "./matrix.js";

const ICON: Record<TargetCoverage["verdict"], string> = {
  covered: "✅",
  "at-risk": "⚠️",
  uncovered: "❌",
  "not-applicable": "➖",
};

/** GitHub-flavoured markdown for a pull request comment or a wiki page, in the context's locale; never coloured. */
export function formatCoverageMarkdown(result: CoverageResult, ctx: FormatContext): string {
  const text = localeText(ctx.locale ?? "en");
  const { t } = text;
  const { covered, "at-risk": atRisk, uncovered } = result.summary;
  const notApplicable = result.summary["not-applicable"] ?? 0;
  const summary =
    t("coverage.summary", { total: result.targets.length, covered, atRisk, uncovered }) +
    (notApplicable > 0 ? t("coverage.summaryNotApplicable", { count: notApplicable }) : "");
  const out: string[] = [`## ${t("coverage.title")}`, "", `**${summary}**`];
  for (const m of slaMatrices(result)) {
    out.push(
      "",
      `### ${t("coverage.sla", { sla: md(m.sla), customer: md(m.customer), service: md(m.service) })}`,
      "",
    );
    const head = [
      t("coverage.head.target"),
      t("coverage.head.commitment"),
      ...m.columns.map((col) => md(header(col, text))),
      t("coverage.head.verdict"),
    ];
    out.push(row(head), row(head.map(() => "---")));
    for (const r of m.rows) {
      out.push(
        row([
          md(r.target.target),
          md(commitment(r.target, text)),
          ...r.cells.map((c) => cell(c, text)),
          verdict(r.target, text),
        ]),
      );
    }
    const notes = m.rows.flatMap((r) => reasonItems(r.target, text));
    if (notes.length > 0) out.push("", ...notes);
    const warnings = [
      ...new Set(
        m.rows.flatMap((r) =>
          r.target.reasons.filter((x) => x.effect === "warning").map((x) => describeReasonFact(x.fact, text)),
        ),
      ),
    ];
    if (warnings.length > 0) out.push("", ...warnings.map((w) => `> ⚠️ ${md(w)}`));
  }
  if (result.orphans.length > 0) {
    out.push("", `### ${t("coverage.orphans")}`, "", t("coverage.orphansIntro"), "");
    for (const o of result.orphans) out.push(`- \`${o}\``);
  }
  return `${out.join("\n")}\n`;
}

/** Cells are already escaped (they may hold `<br>`). */
function row(cells: string[]): string {
  return `| ${cells.join(" | ")} |`;
}

function verdict(target: TargetCoverage, text: LocaleText): string {
  return `${ICON[target.verdict]} ${text.t(`coverage.verdict.${target.verdict}`)}`;
}

function header(col: SlaMatrix["columns"][number], text: LocaleText): string {
  if (col.via === "link") return text.t("coverage.column.link", { service: col.service });
  if (col.anyOf !== undefined)
    return text.t("coverage.column.anyOf", { service: col.service, group: col.anyOf + 1 });
  return col.service;
}

/** The metric and what the SLA target asks: "Availability ≥ 99.95%", "Response time P1 ≤ 15m in 95%". */
function commitment(target: TargetCoverage, text: LocaleText): string {
  const { t } = text;
  const metric = t(`metric.${target.metric}`);
  const objective = text.percent(target.objective, 7);
  const priority = target.priority === undefined ? "" : `${target.priority} `;
  // A threshold target's test is its own (SPEC §22): "Threshold headroom >= 20GB in 99%".
  if (target.metric === "threshold") return `${metric} ${target.requirement}`;
  const threshold =
    target.thresholdText ?? (target.threshold === undefined ? null : text.duration(target.threshold));
  return threshold === null
    ? t("coverage.commitment.share", { metric, priority, objective })
    : t("coverage.commitment.threshold", { metric, priority, threshold, objective });
}

function cell(c: ComponentCoverage | undefined, text: LocaleText): string {
  if (!c) return "";
  if (c.supportedBy.length === 0) return `**${text.t("coverage.missing")}**`;
  const refs = c.supportedBy.map((s) => {
    const ref = `${s.kind} ${s.agreement}/${s.target}`;
    return md(s.via === "link" ? text.t("coverage.linked", { ref }) : ref);
  });
  if (c.verdict === "at-risk") refs.push(`_${text.t("coverage.verdict.at-risk")}_`);
  return refs.join("<br>");
}

function reasonItems(target: TargetCoverage, text: LocaleText): string[] {
  const { t } = text;
  const items: string[] = [];
  if (target.composition !== undefined)
    items.push(
      `  - ${t("coverage.reasonItem", { kind: t("coverage.kind.availability"), reason: md(target.composition) })}`,
    );
  for (const r of target.reasons) {
    if (r.kind === "availability" || r.effect === "warning") continue; // warnings: once per SLA
    items.push(
      `  - ${t("coverage.reasonItem", { kind: t(`coverage.kind.${r.kind}`), reason: md(describeReasonFact(r.fact, text)) })}`,
    );
  }
  return items.length === 0 ? [] : [`- **${md(target.target)}** — ${verdict(target, text)}`, ...items];
}

/** Names come from YAML; `|` would end a table cell and `<`/`>` could read as HTML. */
function md(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|");
}
