import { countSeverities } from "./summary.js";
import type { ValidateFormatter } from "./types.js";

/** SPEC §9, stable: exactly these fields (the `related` chain is for humans and SARIF). */
export const json: ValidateFormatter = (result) => {
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
    })),
    summary: { errors: counts.errors, warnings: counts.warnings, files: result.files.length },
  };
  return `${JSON.stringify(output, null, 2)}\n`;
};
