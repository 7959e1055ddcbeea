import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import "./chunk-KBDRPUOI.js";

// dist/formatters/audit/differences.js
var WORDS = {
  "input-changed": "input changed: the file's SHA-256 is not the one the manifest records",
  "input-missing": "input missing: the manifest records it, the repository no longer has it",
  "input-added": "input added: the repository has it, the manifest does not record it",
  "output-altered": "output differs: the pack's file is not the one the manifest records",
  "output-missing": "output missing: the manifest records it, the pack does not hold it",
  "output-extra": "output extra: not recorded in the manifest",
  "output-recomputed-differs": "output differs: recomputed from the inputs, it is not the one the manifest records"
};
function describeDifference(d) {
  return `${d.file}: ${WORDS[d.what]}`;
}
export {
  describeDifference
};
