import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import "./chunk-KBDRPUOI.js";

// dist/formatters/diff/json.js
function formatDiffJson(result) {
  return `${JSON.stringify(result, null, 2)}
`;
}
export {
  formatDiffJson
};
