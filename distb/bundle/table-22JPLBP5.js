import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  creditSections
} from "./chunk-AIMB7FY6.js";
import {
  creditNoteText
} from "./chunk-ZFHYWSCP.js";
import {
  require_cli_table3
} from "./chunk-VMLK3ERF.js";
import {
  localeText
} from "./chunk-DQEPQ35S.js";
import "./chunk-VEAA5MQJ.js";
import "./chunk-YUZ4Y2P5.js";
import "./chunk-ITEXS6TC.js";
import "./chunk-ZR5D3XWC.js";
import {
  __toESM
} from "./chunk-KBDRPUOI.js";

// dist/formatters/credits/table.js
var import_cli_table3 = __toESM(require_cli_table3(), 1);
function formatCreditsTable(result, ctx) {
  const text = localeText(ctx.locale ?? "en");
  const out = [];
  for (const s of creditSections(result, text)) {
    out.push(ctx.colors.bold(s.title));
    if (s.rows.length === 0) {
      out.push(`  ${s.empty}`, "");
      continue;
    }
    const table = new import_cli_table3.default({ head: s.head, style: { head: [], border: [] } });
    for (const row of s.rows)
      table.push(row);
    out.push(table.toString(), "");
  }
  for (const note of result.notes)
    out.push(text.t("credits.note", { text: creditNoteText(note, text) }));
  return `${out.join("\n").trimEnd()}
`;
}
export {
  formatCreditsTable
};
