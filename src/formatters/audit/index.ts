import type { AuditPage } from "../../audit/audit-model.js";
import { COVERAGE_FORMATTERS } from "../coverage/index.js";
import type { FormatContext, FormatterTable } from "../formatter.js";
import { KPI_FORMATTERS } from "../kpi/index.js";
import { REPORT_FORMATTERS } from "../report/index.js";

/**
 * `slm audit` writes one folder in one format: the index pages are its own, the reports, the
 * coverage matrix and the KPIs are rendered by those commands' formatters, so each file of the pack
 * is the file `slm report`, `slm coverage --format markdown|json` and `slm kpi` write.
 */
export const AUDIT_FORMATTERS = {
  pack: async () => {
    const [html, md, reportHtml, reportMd, reportJson, coverageMd, coverageJson, kpiMd, kpiJson] =
      await Promise.all([
        import("./index-html.js"),
        import("./index-markdown.js"),
        REPORT_FORMATTERS.html(),
        REPORT_FORMATTERS.md(),
        REPORT_FORMATTERS.json(),
        COVERAGE_FORMATTERS.markdown(),
        COVERAGE_FORMATTERS.json(),
        KPI_FORMATTERS.markdown(),
        KPI_FORMATTERS.json(),
      ]);
    const reports = { html: reportHtml, md: reportMd, json: reportJson };
    return (page: AuditPage, ctx: FormatContext): string => {
      switch (page.kind) {
        case "index":
          return page.format === "html"
            ? html.formatIndexHtml(page.pack, ctx)
            : md.formatIndexMarkdown(page.pack, ctx);
        case "report":
          return reports[page.format]([page.report], {
            ...ctx,
            locale: page.locale,
            reportLocale: () => page.locale,
          });
        case "coverage":
          return (page.format === "md" ? coverageMd : coverageJson)(page.coverage, ctx);
        case "kpis":
          return (page.format === "md" ? kpiMd : kpiJson)(page.kpis, ctx);
      }
    };
  },
} satisfies FormatterTable<AuditPage>;

/** `manifest.json`: two-space JSON with a final newline, like every JSON slm writes. */
export function formatManifest(manifest: unknown): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
