import { fullMessage } from "../../core/diagnostic.js";
import type { ValidationResult } from "../../model/validation-result.js";
import type { Formatter } from "../formatter.js";

const COMMAND = { error: "error", warning: "warning", info: "notice" } as const;

/**
 * GitHub Actions workflow commands: one annotation per finding, shown on the pull request diff.
 * Messages escape `%`, CR and LF; property values also `:` and `,`, which delimit properties.
 * Files are named from the git work-tree root, where GitHub looks for them.
 */
export const github: Formatter<ValidationResult> = (result, ctx) =>
  result.diagnostics
    .map(
      (d) =>
        `::${COMMAND[d.severity]} file=${escapeProperty(`${ctx.workTreePrefix ?? ""}${d.file}`)},line=${d.line},col=${d.column},title=${escapeProperty(d.code)}::${escapeData(fullMessage(d))}\n`,
    )
    .join("");

export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
