import type { StatusResult } from "../../status/status-model.js";
import { escapeMarkdown } from "../report/markdown-escape.js";
import { headingText, STATUS_HEAD, statusRow, summaryText } from "./status-rows.js";

export function formatStatusMarkdown(result: StatusResult): string {
  const lines = [
    `### ${headingText(result)}`,
    "",
    summaryText(result),
    "",
    `| ${STATUS_HEAD.join(" | ")} |`,
    `|${"---|".repeat(STATUS_HEAD.length)}`,
  ];
  // Only the names come from files; the figures are ours and stay unescaped ("2.08" is no list marker here).
  for (const t of result.targets) {
    const [name, ...figures] = statusRow(t);
    lines.push(`| ${[escapeMarkdown(name!), ...figures].join(" | ")} |`);
  }
  return `${lines.join("\n")}\n`;
}
