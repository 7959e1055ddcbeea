import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);

// dist/formatters/coverage/index.js
var COVERAGE_FORMATTERS = {
  table: async () => (await import("./table-PKV7TDZC.js")).formatCoverageTable,
  markdown: async () => (await import("./markdown-6UCJAF4L.js")).formatCoverageMarkdown,
  json: async () => (await import("./json-YTBIP3KZ.js")).formatCoverageJson
};

// dist/formatters/kpi/index.js
var KPI_FORMATTERS = {
  text: async () => (await import("./text-H7L4HHDM.js")).formatKpiText,
  markdown: async () => (await import("./markdown-XIJYCH5O.js")).formatKpiMarkdown,
  json: async () => (await import("./json-6UTN6DOX.js")).formatKpiJson
};

export {
  COVERAGE_FORMATTERS,
  KPI_FORMATTERS
};
