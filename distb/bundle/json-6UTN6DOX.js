import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import "./chunk-KBDRPUOI.js";

// dist/formatters/kpi/json.js
function formatKpiJson(kpis) {
  return `${JSON.stringify(kpis, null, 2)}
`;
}
export {
  formatKpiJson
};
