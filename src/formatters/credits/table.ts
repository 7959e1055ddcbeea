import Table from "cli-table3";
import type { CreditsResult } from "../../credits/back-to-back-credits.js";
import { localeText } from "../../text/locale-text.js";
import type { FormatContext } from "../formatter.js";
import { creditNoteText } from "./credit-notes.js";
import { creditSections } from "./credit-rows.js";

export function formatCreditsTable(result: CreditsResult, ctx: FormatContext): string {
  const text = localeText(ctx.locale ?? "en");
  const out: string[] = [];
  for (const s of creditSections(result, text)) {
    out.push(ctx.colors.bold(s.title));
    if (s.rows.length === 0) {
      out.push(`  ${s.empty}`, "");
      continue;
    }
    const table = new Table({ head: s.head, style: { head: [], border: [] } });
    for (const row of s.rows) table.push(row);
    out.push(table.toString(), "");
  }
  for (const note of result.notes) out.push(text.t("credits.note", { text: creditNoteText(note, text) }));
  return `${out.join("\n").trimEnd()}\n`;
}
