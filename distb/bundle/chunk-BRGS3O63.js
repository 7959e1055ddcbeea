import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);

// dist/formatters/report/index.js
async function templated(format) {
  const { renderReport } = await import("./render-template-KHOP4P7T.js");
  return (reports, ctx) => reports.map((r) => renderReport(r, format, {
    templatePath: ctx.templatePath,
    locale: ctx.reportLocale?.(r) ?? ctx.locale
  })).join("");
}
var REPORT_FORMATTERS = {
  md: () => templated("md"),
  html: () => templated("html"),
  json: async () => (await import("./json-QMDRRWZ6.js")).formatReportJson
};

export {
  REPORT_FORMATTERS
};
