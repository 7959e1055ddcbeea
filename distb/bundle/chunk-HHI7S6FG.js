import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  compareStrings
} from "./chunk-2EXGQLEF.js";

// dist/core/diagnostic.js
function fullMessage(d) {
  return d.suggestion === void 0 ? d.message : `${d.message} (did you mean "${d.suggestion}"?)`;
}
function compareDiagnostics(a, b) {
  return compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column || compareStrings(a.code, b.code) || compareStrings(a.message, b.message);
}

export {
  fullMessage,
  compareDiagnostics
};
