import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  describeReasonFact
} from "./chunk-2O6H46QI.js";
import {
  localeText
} from "./chunk-DQEPQ35S.js";
import {
  slaMatrices
} from "./chunk-VKAQK44H.js";
import "./chunk-VEAA5MQJ.js";
import "./chunk-YUZ4Y2P5.js";
import "./chunk-ITEXS6TC.js";
import "./chunk-ZR5D3XWC.js";
import "./chunk-KBDRPUOI.js";

// dist/formatters/coverage/markdown.js
var ICON = {
  covered: "\u2705",
  "at-risk": "\u26A0\uFE0F",
  uncovered: "\u274C",
  "not-applicable": "\u2796"
};
function formatCoverageMarkdown(result, ctx) {
  const text = localeText(ctx.locale ?? "en");
  const { t } = text;
  const { covered, "at-risk": atRisk, uncovered } = result.summary;
  const notApplicable = result.summary["not-applicable"] ?? 0;
  const summary = t("coverage.summary", { total: result.targets.length, covered, atRisk, uncovered }) + (notApplicable > 0 ? t("coverage.summaryNotApplicable", { count: notApplicable }) : "");
  const out = [`## ${t("coverage.title")}`, "", `**${summary}**`];
  for (const m of slaMatrices(result)) {
    out.push("", `### ${t("coverage.sla", { sla: md(m.sla), customer: md(m.customer), service: md(m.service) })}`, "");
    const head = [
      t("coverage.head.target"),
      t("coverage.head.commitment"),
      ...m.columns.map((col) => md(header(col, text))),
      t("coverage.head.verdict")
    ];
    out.push(row(head), row(head.map(() => "---")));
    for (const r of m.rows) {
      out.push(row([
        md(r.target.target),
        md(commitment(r.target, text)),
        ...r.cells.map((c) => cell(c, text)),
        verdict(r.target, text)
      ]));
    }
    const notes = m.rows.flatMap((r) => reasonItems(r.target, text));
    if (notes.length > 0)
      out.push("", ...notes);
    const warnings = [
      ...new Set(m.rows.flatMap((r) => r.target.reasons.filter((x) => x.effect === "warning").map((x) => describeReasonFact(x.fact, text))))
    ];
    if (warnings.length > 0)
      out.push("", ...warnings.map((w) => `> \u26A0\uFE0F ${md(w)}`));
  }
  if (result.orphans.length > 0) {
    out.push("", `### ${t("coverage.orphans")}`, "", t("coverage.orphansIntro"), "");
    for (const o of result.orphans)
      out.push(`- \`${o}\``);
  }
  return `${out.join("\n")}
`;
}
function row(cells) {
  return `| ${cells.join(" | ")} |`;
}
function verdict(target, text) {
  return `${ICON[target.verdict]} ${text.t(`coverage.verdict.${target.verdict}`)}`;
}
function header(col, text) {
  if (col.via === "link")
    return text.t("coverage.column.link", { service: col.service });
  if (col.anyOf !== void 0)
    return text.t("coverage.column.anyOf", { service: col.service, group: col.anyOf + 1 });
  return col.service;
}
function commitment(target, text) {
  const { t } = text;
  const metric = t(`metric.${target.metric}`);
  const objective = text.percent(target.objective, 7);
  const priority = target.priority === void 0 ? "" : `${target.priority} `;
  if (target.metric === "threshold")
    return `${metric} ${target.requirement}`;
  const threshold = target.thresholdText ?? (target.threshold === void 0 ? null : text.duration(target.threshold));
  return threshold === null ? t("coverage.commitment.share", { metric, priority, objective }) : t("coverage.commitment.threshold", { metric, priority, threshold, objective });
}
function cell(c, text) {
  if (!c)
    return "";
  if (c.supportedBy.length === 0)
    return `**${text.t("coverage.missing")}**`;
  const refs = c.supportedBy.map((s) => {
    const ref = `${s.kind} ${s.agreement}/${s.target}`;
    return md(s.via === "link" ? text.t("coverage.linked", { ref }) : ref);
  });
  if (c.verdict === "at-risk")
    refs.push(`_${text.t("coverage.verdict.at-risk")}_`);
  return refs.join("<br>");
}
function reasonItems(target, text) {
  const { t } = text;
  const items = [];
  if (target.composition !== void 0)
    items.push(`  - ${t("coverage.reasonItem", { kind: t("coverage.kind.availability"), reason: md(target.composition) })}`);
  for (const r of target.reasons) {
    if (r.kind === "availability" || r.effect === "warning")
      continue;
    items.push(`  - ${t("coverage.reasonItem", { kind: t(`coverage.kind.${r.kind}`), reason: md(describeReasonFact(r.fact, text)) })}`);
  }
  return items.length === 0 ? [] : [`- **${md(target.target)}** \u2014 ${verdict(target, text)}`, ...items];
}
function md(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|");
}
export {
  formatCoverageMarkdown
};
