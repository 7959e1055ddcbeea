import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  headingText,
  statusHead,
  statusRow,
  summaryText
} from "./chunk-JXG5QFCA.js";
import "./chunk-I4FYCAP7.js";
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

// dist/formatters/status/table.js
var import_cli_table3 = __toESM(require_cli_table3(), 1);
function formatStatusTable(result, ctx) {
  const text = localeText(ctx.locale ?? "en");
  const table = new import_cli_table3.default({ head: statusHead(text), style: { head: [], border: [] } });
  for (const t of result.targets) {
    const row = statusRow(t, text);
    const paint = t.forecast.status === "breached" ? ctx.colors.red : t.atRisk ? ctx.colors.yellow : null;
    table.push(paint ? row.map((c) => paint(c)) : row);
  }
  return `${ctx.colors.bold(headingText(result, text))}
${table.toString()}
${summaryText(result, text)}
`;
}
export {
  formatStatusTable
};
