import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  countSeverities,
  plural
} from "./chunk-HBR5BIC2.js";
import {
  oneLine,
  visibleControls
} from "./chunk-FEUMEWLU.js";
import {
  fullMessage
} from "./chunk-HHI7S6FG.js";
import "./chunk-DVVF2DU7.js";
import "./chunk-2EXGQLEF.js";
import "./chunk-KBDRPUOI.js";

// dist/formatters/validate/code-frame.js
var MAX_WIDTH = 160;
function codeFrame(text, line, column) {
  const lines = text.split(/\r?\n/);
  const source = lines[line - 1];
  if (source === void 0)
    return void 0;
  let start = 0;
  if (source.length > MAX_WIDTH)
    start = Math.max(0, Math.min(column - 1 - 40, source.length - MAX_WIDTH));
  const shown = (start > 0 ? "\u2026" : "") + visibleControls(source.slice(start, start + MAX_WIDTH)) + (start + MAX_WIDTH < source.length ? "\u2026" : "");
  const before = (start > 0 ? " " : "") + visibleControls(source.slice(start, Math.max(start, column - 1)));
  const caret = `${before.replace(/[^\t]/g, " ")}^`;
  return { gutter: String(line), source: shown, caret };
}

// dist/formatters/validate/stylish.js
var stylish = (result, ctx) => {
  const c = ctx.colors;
  const paint = { error: c.red, warning: c.yellow, info: c.blue };
  const groups = /* @__PURE__ */ new Map();
  for (const d of result.diagnostics)
    groups.set(d.file, [...groups.get(d.file) ?? [], d]);
  const out = [];
  for (const [file, diagnostics] of groups) {
    out.push(c.underline(oneLine(file)));
    for (const d of diagnostics) {
      const where = `${oneLine(d.file)}:${d.line}:${d.column}`;
      out.push(`${where}  ${paint[d.severity](d.severity)}  ${oneLine(fullMessage(d))}  ${c.dim(d.code)}`);
      const text = result.sources.get(d.file);
      const frame = text === void 0 ? void 0 : codeFrame(text, d.line, d.column);
      if (frame) {
        out.push(c.dim(`  ${frame.gutter} | `) + frame.source);
        out.push(c.dim(`  ${" ".repeat(frame.gutter.length)} | `) + paint[d.severity](frame.caret));
      }
      for (const r of d.related ?? []) {
        out.push(c.dim(`  \u21B3 ${oneLine(r.file)}:${r.line}:${r.column}${r.message ? `  ${oneLine(r.message)}` : ""}`));
      }
    }
    out.push("");
  }
  const counts = countSeverities(result.diagnostics);
  const files = plural(result.files.length, "file");
  if (result.diagnostics.length === 0) {
    out.push(c.green(`\u2714 no problems in ${files}`));
  } else {
    const parts = [plural(counts.errors, "error"), plural(counts.warnings, "warning")];
    if (counts.infos > 0)
      parts.push(`${counts.infos} info`);
    const line = `${counts.errors > 0 ? "\u2716" : "\u26A0"} ${plural(result.diagnostics.length, "problem")} (${parts.join(", ")}) in ${files}`;
    out.push(counts.errors > 0 ? c.red.bold(line) : c.yellow.bold(line));
  }
  return `${out.join("\n")}
`;
};
export {
  stylish
};
