import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  countSeverities
} from "./chunk-HBR5BIC2.js";
import "./chunk-KBDRPUOI.js";

// dist/formatters/validate/json.js
var json = (result) => {
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
      ...d.suggestion === void 0 ? {} : { suggestion: d.suggestion }
    })),
    summary: { errors: counts.errors, warnings: counts.warnings, files: result.files.length }
  };
  return `${JSON.stringify(output, null, 2)}
`;
};
export {
  json
};
