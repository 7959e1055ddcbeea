import type { CreditsResult } from "../../credits/back-to-back-credits.js";
import { escapeMarkdown } from "../report/markdown-escape.js";
import { creditSections } from "./credit-rows.js";

export function formatCreditsMarkdown(result: CreditsResult): string {
  const cell = (text: string) => escapeMarkdown(text);
  const out: string[] = [`# Service credits: ${cell(result.period)}`, ""];
  for (const s of creditSections(result)) {
    out.push(`## ${s.title}`, "");
    if (s.rows.length === 0) {
      out.push(s.empty, "");
      continue;
    }
    out.push(`| ${s.head.join(" | ")} |`, `|${s.head.map(() => "---").join("|")}|`);
    for (const row of s.rows) out.push(`| ${row.map(cell).join(" | ")} |`);
    out.push("");
  }
  if (result.notes.length > 0) {
    out.push("## Notes", "");
    for (const note of result.notes) out.push(`- ${cell(note)}`);
    out.push("");
  }
  return `${out.join("\n").trimEnd()}\n`;
}
