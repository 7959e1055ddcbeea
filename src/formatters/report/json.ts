import type { ReportModel } from "../../report/report-model.js";

/**
 * The JSON format: the report model as documented in docs/report-model.md, two-space indented,
 * keys in the model's fixed order (the same inputs give the same bytes), one object per
 * agreement or an array when several go to one stream.
 */
export function reportJson(reports: ReportModel | ReportModel[]): string {
  return `${JSON.stringify(reports, null, 2)}\n`;
}
