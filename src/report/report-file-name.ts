import type { ReportModel } from "./report-model.js";

/**
 * The base name of a report's file: the agreement's name, prefixed with its kind when an SLA,
 * OLA or UC of the same name is reported in the same run (names are unique per kind only).
 */
export function reportFileName(reports: readonly ReportModel[], report: ReportModel): string {
  const clash = reports.filter((r) => r.sla === report.sla).length > 1;
  return clash ? `${report.kind.toLowerCase()}-${report.sla}` : report.sla;
}
