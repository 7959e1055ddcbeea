import type { CreditsResult } from "../../credits/back-to-back-credits.js";
import { localeText } from "../../text/locale-text.js";
import type { FormatContext } from "../formatter.js";
import { escapeMarkdown } from "../report/markdown-escape.js";
import { creditNoteText } from "./credit-notes.js";
import { creditSections } from "./credit-rows.js";

export function formatCreditsMarkdown(result: CreditsResult, ctx: FormatContext): string {
  const text = localeText(ctx.locale ?? "en");
  const out: string[] = [
    `# ${escapeMarkdown(text.t("credits.title", { period: text.periodLabel(result.period) }))}`,
    "",
  ];
  for (const s of creditSections(result, text)) {
    out.push(`## ${s.title}`, "");
    if (s.rows.length === 0) {
      out.push(s.empty, "");
      continue;
    }
    out.push(`| ${s.head.join(" | ")} |`, `|${s.head.map(() => "---").join("|")}|`);
    for (const row of s.rows) out.push(`| ${row.map(escapeMarkdown).join(" | ")} |`);
    out.push("");
  }
  if (result.notes.length > 0) {
    out.push(`## ${text.t("credits.notes")}`, "");
    for (const note of result.notes) out.push(`- ${escapeMarkdown(creditNoteText(note, text))}`);
    out.push("");
  }
  return `${out.join("\n").trimEnd()}\n`;
}
