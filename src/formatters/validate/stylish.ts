import type { Diagnostic } from "../../core/diagnostic.js";
import { fullMessage } from "../../core/diagnostic.js";
import type { ValidationResult } from "../../model/validation-result.js";
import { oneLine } from "../../text/control-characters.js";
import type { Formatter } from "../formatter.js";
import { codeFrame } from "./code-frame.js";
import { countSeverities, plural } from "./summary.js";

/**
 * The default, for people: findings grouped by file as `file:line:col  severity  message  code`
 * (clickable in terminals and editors), each with the offending line and a caret, then a summary.
 * A finding is one line whatever its file name or message holds.
 */
export const stylish: Formatter<ValidationResult> = (result, ctx) => {
  const c = ctx.colors;
  const paint = { error: c.red, warning: c.yellow, info: c.blue } as const;
  const groups = new Map<string, Diagnostic[]>();
  for (const d of result.diagnostics) groups.set(d.file, [...(groups.get(d.file) ?? []), d]);

  const out: string[] = [];
  for (const [file, diagnostics] of groups) {
    out.push(c.underline(oneLine(file)));
    for (const d of diagnostics) {
      const where = `${oneLine(d.file)}:${d.line}:${d.column}`;
      out.push(`${where}  ${paint[d.severity](d.severity)}  ${oneLine(fullMessage(d))}  ${c.dim(d.code)}`);
      const text = result.sources.get(d.file);
      const frame = text === undefined ? undefined : codeFrame(text, d.line, d.column);
      if (frame) {
        out.push(c.dim(`  ${frame.gutter} | `) + frame.source);
        out.push(c.dim(`  ${" ".repeat(frame.gutter.length)} | `) + paint[d.severity](frame.caret));
      }
      for (const r of d.related ?? []) {
        out.push(
          c.dim(`  ↳ ${oneLine(r.file)}:${r.line}:${r.column}${r.message ? `  ${oneLine(r.message)}` : ""}`),
        );
      }
    }
    out.push("");
  }

  const counts = countSeverities(result.diagnostics);
  const files = plural(result.files.length, "file");
  if (result.diagnostics.length === 0) {
    out.push(c.green(`✔ no problems in ${files}`));
  } else {
    const parts = [plural(counts.errors, "error"), plural(counts.warnings, "warning")];
    if (counts.infos > 0) parts.push(`${counts.infos} info`);
    const line = `${counts.errors > 0 ? "✖" : "⚠"} ${plural(result.diagnostics.length, "problem")} (${parts.join(", ")}) in ${files}`;
    out.push(counts.errors > 0 ? c.red.bold(line) : c.yellow.bold(line));
  }
  return `${out.join("\n")}\n`;
};
