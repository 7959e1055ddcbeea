import type { SitePage } from "../../site/site-model.js";
import type { FormatContext, FormatterTable } from "../formatter.js";
import { REPORT_FORMATTERS } from "../report/index.js";

/**
 * `slm site` writes one folder in one format: each page is rendered by its kind, the reports by
 * the report formatters themselves (so a report on the site is the report `slm report` writes).
 */
export const SITE_FORMATTERS = {
  site: async () => {
    const [portfolio, graph, agreement, kpis, calendar, improvements, ics, html, md, json] =
      await Promise.all([
        import("./portfolio-page.js"),
        import("./graph-page.js"),
        import("./agreement-page.js"),
        import("./kpis-page.js"),
        import("./calendar-page.js"),
        import("./improvements-page.js"),
        import("./ics.js"),
        REPORT_FORMATTERS.html(),
        REPORT_FORMATTERS.md(),
        REPORT_FORMATTERS.json(),
      ]);
    const reports = { html, md, json };
    return (page: SitePage, ctx: FormatContext): string => {
      switch (page.kind) {
        case "portfolio":
          return portfolio.formatPortfolioPage(page.site, ctx);
        case "graph":
          return graph.formatGraphPage(page.site, ctx);
        case "kpis":
          return kpis.formatKpisPage(page.site, ctx);
        case "calendar":
          return calendar.formatCalendarPage(page.site, ctx);
        case "improvements":
          return improvements.formatImprovementsPage(page.site, ctx);
        case "ics":
          return ics.formatIcs(page.site, ctx);
        case "nojekyll":
          return "";
        case "agreement":
          return agreement.formatAgreementPage(page.site, page.entry, ctx);
        case "report":
          return reports[page.format]([page.report], {
            ...ctx,
            locale: page.locale,
            reportLocale: () => page.locale,
          });
      }
    };
  },
} satisfies FormatterTable<SitePage>;
