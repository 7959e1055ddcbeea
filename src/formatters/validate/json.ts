import type { ValidationResult } from "../../model/validation-result.js";
import type { Formatter } from "../formatter.js";
import { countSeverities } from "./summary.js";

/**
 * SPEC §9, stable: these fields, plus `suggestion` when a close name exists (the `related` chain is
 * for humans and SARIF).
 */
export const json: Formatter<ValidationResult> = (result) => {
  const counts = countSeverities(result.diagnostics);
  const output = {
    diagnostics: result.diagnostics.map((d) => ({
      code: d.code,
      severity: d.severity,
      message: d.message,
      file: d.file,
      line: d.line,
      column: d.column,
      pointer: d.pointer,
      ...(d.suggestion === undefined ? {} : { suggestion: d.suggestion }),
    })),
    summary: { errors: counts.errors, warnings: counts.warnings, files: result.files.length },
  };
  return `${JSON.stringify(output, null, 2)}\n`;
};
