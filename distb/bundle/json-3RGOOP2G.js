import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import "./chunk-KBDRPUOI.js";

// dist/formatters/show/json.js
var formatShowJson = (shown) => `${JSON.stringify(shown, null, 2)}
`;
export {
  formatShowJson
};
