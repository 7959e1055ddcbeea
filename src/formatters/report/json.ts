import type { ReportModel } from "../../report/report-model.js";
import type { Formatter } from "../formatter.js";

/**
 * The JSON format: the report model as documented in docs/report-model.md, two-space indented,
 * keys in the model's fixed order (the same inputs give the same bytes), one object per
 * agreement or an array when several go to one stream.
 */
export const formatReportJson: Formatter<readonly ReportModel[]> = (reports) =>
  `${JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2)}\n`;
