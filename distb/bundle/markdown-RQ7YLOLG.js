import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  creditSections
} from "./chunk-AIMB7FY6.js";
import {
  creditNoteText
} from "./chunk-ZFHYWSCP.js";
import {
  escapeMarkdown
} from "./chunk-TVB2AXV2.js";
import {
  localeText
} from "./chunk-DQEPQ35S.js";
import "./chunk-FEUMEWLU.js";
import "./chunk-VEAA5MQJ.js";
import "./chunk-YUZ4Y2P5.js";
import "./chunk-ITEXS6TC.js";
import "./chunk-ZR5D3XWC.js";
import "./chunk-KBDRPUOI.js";

// dist/formatters/credits/markdown.js
function formatCreditsMarkdown(result, ctx) {
  const text = localeText(ctx.locale ?? "en");
  const out = [
    `# ${escapeMarkdown(text.t("credits.title", { period: text.periodLabel(result.period) }))}`,
    ""
  ];
  for (const s of creditSections(result, text)) {
    out.push(`## ${s.title}`, "");
    if (s.rows.length === 0) {
      out.push(s.empty, "");
      continue;
    }
    out.push(`| ${s.head.join(" | ")} |`, `|${s.head.map(() => "---").join("|")}|`);
    for (const row of s.rows)
      out.push(`| ${row.map(escapeMarkdown).join(" | ")} |`);
    out.push("");
  }
  if (result.notes.length > 0) {
    out.push(`## ${text.t("credits.notes")}`, "");
    for (const note of result.notes)
      out.push(`- ${escapeMarkdown(creditNoteText(note, text))}`);
    out.push("");
  }
  return `${out.join("\n").trimEnd()}
`;
}
export {
  formatCreditsMarkdown
};
