import type { StatusResult } from "../../status/status-model.js";
import { localeText } from "../../text/locale-text.js";
import type { FormatContext } from "../formatter.js";
import { escapeMarkdown } from "../report/markdown-escape.js";
import { headingText, statusHead, statusRow, summaryText } from "./status-rows.js";

export function formatStatusMarkdown(result: StatusResult, ctx: FormatContext): string {
  const text = localeText(ctx.locale ?? "en");
  const head = statusHead(text);
  const lines = [
    `### ${headingText(result, text)}`,
    "",
    summaryText(result, text),
    "",
    `| ${head.join(" | ")} |`,
    `|${"---|".repeat(head.length)}`,
  ];
  // Only the names come from files; the figures are ours and stay unescaped ("2.08" is no list marker here).
  for (const t of result.targets) {
    const [name, ...figures] = statusRow(t, text);
    lines.push(`| ${[escapeMarkdown(name!), ...figures].join(" | ")} |`);
  }
  return `${lines.join("\n")}\n`;
}
