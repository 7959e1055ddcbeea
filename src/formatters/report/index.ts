import type { ReportModel } from "../../report/report-model.js";
import type { Formatter, FormatterTable } from "../formatter.js";

/** Markdown or HTML of each report, one after the other (`--out -` may print several). */
async function templated(format: "md" | "html"): Promise<Formatter<readonly ReportModel[]>> {
  const { renderReport } = await import("./render-template.js");
  return (reports, ctx) =>
    reports
      .map((r) =>
        renderReport(r, format, {
          templatePath: ctx.templatePath,
          locale: ctx.reportLocale?.(r) ?? ctx.locale,
        }),
      )
      .join("");
}

/** `slm report --format`: the file extension is the format name. */
export const REPORT_FORMATTERS = {
  md: () => templated("md"),
  html: () => templated("html"),
  json: async () => (await import("./json.js")).formatReportJson,
} satisfies FormatterTable<readonly ReportModel[]>;

export type ReportFormat = keyof typeof REPORT_FORMATTERS;
