import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  headingText,
  statusHead,
  statusRow,
  summaryText
} from "./chunk-JXG5QFCA.js";
import "./chunk-I4FYCAP7.js";
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

// dist/formatters/status/markdown.js
function formatStatusMarkdown(result, ctx) {
  const text = localeText(ctx.locale ?? "en");
  const head = statusHead(text);
  const lines = [
    `### ${headingText(result, text)}`,
    "",
    summaryText(result, text),
    "",
    `| ${head.join(" | ")} |`,
    `|${"---|".repeat(head.length)}`
  ];
  for (const t of result.targets) {
    const [name, ...figures] = statusRow(t, text);
    lines.push(`| ${[escapeMarkdown(name), ...figures].join(" | ")} |`);
  }
  return `${lines.join("\n")}
`;
}
export {
  formatStatusMarkdown
};
