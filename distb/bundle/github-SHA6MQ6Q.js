import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  fullMessage
} from "./chunk-HHI7S6FG.js";
import "./chunk-DVVF2DU7.js";
import "./chunk-2EXGQLEF.js";
import "./chunk-KBDRPUOI.js";

// dist/formatters/validate/github.js
var COMMAND = { error: "error", warning: "warning", info: "notice" };
var github = (result, ctx) => result.diagnostics.map((d) => `::${COMMAND[d.severity]} file=${escapeProperty(`${ctx.workTreePrefix ?? ""}${d.file}`)},line=${d.line},col=${d.column},title=${escapeProperty(d.code)}::${escapeData(fullMessage(d))}
`).join("");
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
export {
  escapeData,
  escapeProperty,
  github
};
