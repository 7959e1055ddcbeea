import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import "./chunk-KBDRPUOI.js";

// dist/formatters/report/json.js
var formatReportJson = (reports) => `${JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2)}
`;
export {
  formatReportJson
};
