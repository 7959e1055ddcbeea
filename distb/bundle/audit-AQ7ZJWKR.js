import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  COVERAGE_FORMATTERS,
  KPI_FORMATTERS
} from "./chunk-RJI23MVU.js";
import {
  REPORT_FORMATTERS
} from "./chunk-BRGS3O63.js";
import "./chunk-KBDRPUOI.js";

// dist/formatters/audit/index.js
var AUDIT_FORMATTERS = {
  pack: async () => {
    const [html, md, reportHtml, reportMd, reportJson, coverageMd, coverageJson, kpiMd, kpiJson] = await Promise.all([
      import("./index-html-IE6WHDJX.js"),
      import("./index-markdown-NHY5VMF6.js"),
      REPORT_FORMATTERS.html(),
      REPORT_FORMATTERS.md(),
      REPORT_FORMATTERS.json(),
      COVERAGE_FORMATTERS.markdown(),
      COVERAGE_FORMATTERS.json(),
      KPI_FORMATTERS.markdown(),
      KPI_FORMATTERS.json()
    ]);
    const reports = { html: reportHtml, md: reportMd, json: reportJson };
    return (page, ctx) => {
      switch (page.kind) {
        case "index":
          return page.format === "html" ? html.formatIndexHtml(page.pack, ctx) : md.formatIndexMarkdown(page.pack, ctx);
        case "report":
          return reports[page.format]([page.report], {
            ...ctx,
            locale: page.locale,
            reportLocale: () => page.locale
          });
        case "coverage":
          return (page.format === "md" ? coverageMd : coverageJson)(page.coverage, ctx);
        case "kpis":
          return (page.format === "md" ? kpiMd : kpiJson)(page.kpis, ctx);
      }
    };
  }
};
function formatManifest(manifest) {
  return `${JSON.stringify(manifest, null, 2)}
`;
}
export {
  AUDIT_FORMATTERS,
  formatManifest
};
