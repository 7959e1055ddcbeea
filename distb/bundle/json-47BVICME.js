import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  creditNoteText
} from "./chunk-ZFHYWSCP.js";
import {
  englishText
} from "./chunk-DQEPQ35S.js";
import "./chunk-VEAA5MQJ.js";
import "./chunk-YUZ4Y2P5.js";
import "./chunk-ITEXS6TC.js";
import "./chunk-ZR5D3XWC.js";
import "./chunk-KBDRPUOI.js";

// dist/formatters/credits/json.js
function formatCreditsJson(result) {
  const en = englishText();
  return `${JSON.stringify({ ...result, notes: result.notes.map((n) => creditNoteText(n, en)) }, null, 2)}
`;
}
export {
  formatCreditsJson
};
