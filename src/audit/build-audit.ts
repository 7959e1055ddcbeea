import { compareStrings } from "../core/compare.js";
import type { Locale } from "../core/locale.js";
import type { Agreement, Improvement, Model } from "../core/model.js";
import type { CalendarDate } from "../core/values/date.js";
import { computeCoverage } from "../coverage/compute-coverage.js";
import { processKpis } from "../kpi/process-kpis.js";
import { isAbout, overdueActions } from "../lifecycle/improvement-register.js";
import { nextReview } from "../lifecycle/review-schedule.js";
import type { LoadResult } from "../repository/loader.js";
import { generateReports, type ReportRequest } from "../report/generate-reports.js";
import { reportFileName } from "../report/report-file-name.js";
import type { ReportModel } from "../report/report-model.js";
import type {
  AgreementInForce,
  AuditPack,
  AuditPage,
  GitState,
  ImprovementRow,
  ReportFormatName,
  WorkloadLimit,
} from "./audit-model.js";

export interface AuditRequest extends Omit<ReportRequest, "kind" | "sla" | "customer"> {
  asOfDate: CalendarDate;
  /** The repository's git state, told the inputs (a recomputation passes the recorded one). */
  git: (inputs: string[]) => Promise<GitState>;
  /** The language of each report (SPEC §18: --locale, the agreement's, the config's, en). */
  reportLocale: (report: ReportModel) => Locale;
}

const REPORT_FORMATS: readonly ReportFormatName[] = ["html", "md", "json"];

/**
 * Everything the audit pack holds (docs/audit.md), as pages: the reports of every agreement in
 * force during the period (all kinds, every format slm writes), the coverage matrix, the KPIs and
 * the index that links them with the agreements' review dates, workload and the register.
 */
export async function buildAudit(request: AuditRequest): Promise<{ pack: AuditPack; pages: AuditPage[] }> {
  const { model } = request;
  const reports = await generateReports({ ...request, kind: "all" });
  const coverage = computeCoverage(model);
  const slaReports = reports.filter((r) => r.kind === "SLA");
  const agreements = reports.map((r) => agreementInForce(model, r, reports, request.asOfDate));
  const inputs = packInputs(request.load, reports);
  const pack: AuditPack = {
    period: request.period.label,
    asOf: request.asOfDate.text,
    generatedAt: request.generatedAt.toISOString(),
    git: await request.git(inputs.map((f) => f.file)),
    agreements,
    coverage,
    kpis: processKpis(model, request.period.label, coverage, slaReports, {
      actionsAsOf: request.asOfDate,
      selected: false,
    }),
    improvements: model.improvements.map((i) => improvementRow(model, i, request.asOfDate)),
    inputs,
  };
  const pages: AuditPage[] = [
    { path: "index.html", kind: "index", format: "html", pack },
    { path: "index.md", kind: "index", format: "md", pack },
    { path: "coverage.md", kind: "coverage", format: "md", coverage },
    { path: "coverage.json", kind: "coverage", format: "json", coverage },
    { path: "kpis.md", kind: "kpis", format: "md", kpis: pack.kpis },
    { path: "kpis.json", kind: "kpis", format: "json", kpis: pack.kpis },
  ];
  reports.forEach((report, n) => {
    for (const { format, path } of agreements[n]!.reports)
      pages.push({ path, kind: "report", format, report, locale: request.reportLocale(report) });
  });
  return { pack, pages };
}

function agreementInForce(
  model: Model,
  report: ReportModel,
  all: readonly ReportModel[],
  asOf: CalendarDate,
): AgreementInForce {
  const a = model.agreements.find((x) => x.kind === report.kind && x.metadata.name === report.sla)!;
  const file = reportFileName(all, report);
  const workload = workloadOf(report);
  return {
    kind: report.kind,
    name: report.sla,
    displayName: report.displayName,
    service: report.service,
    customer: report.customer,
    provider: report.provider,
    termStart: a.term.start.text,
    termEnd: a.term.end?.text ?? null,
    review: reviewDates(a, asOf),
    summary: report.summary,
    reports: REPORT_FORMATS.map((format) => ({
      format,
      path: `reports/${report.period.label}/${file}.${format}`,
    })),
    ...(workload !== undefined && workload.length > 0 ? { workload } : {}),
  };
}

/**
 * The report's workload against its limits, when the report model carries it (SPEC §15, agreements
 * that declare `spec.workload`); undefined otherwise.
 */
export function workloadOf(report: ReportModel): WorkloadLimit[] | undefined {
  const workload = (report as ReportModel & { workload?: WorkloadLimit[] }).workload;
  return Array.isArray(workload) ? workload : undefined;
}

function reviewDates(a: Agreement, asOf: CalendarDate): AgreementInForce["review"] {
  if (!a.review) return null;
  const next = nextReview(a);
  return {
    every: a.review.every.text,
    last: a.review.last?.text ?? null,
    next: next?.text ?? null,
    overdue: next !== undefined && next.day < asOf.day,
  };
}

function improvementRow(model: Model, i: Improvement, asOf: CalendarDate): ImprovementRow {
  const about = model.agreements.find((a) => isAbout(i, a));
  return {
    name: i.metadata.name,
    agreement: about ? `${about.kind}/${about.metadata.name}` : i.agreement.name,
    targets: i.targets ?? null,
    period: i.period ?? null,
    raised: i.raised.text,
    status: i.status,
    owner: i.owner ?? null,
    cause: i.cause ?? null,
    actions: i.actions.length,
    actionsDone: i.actions.filter((x) => x.done !== undefined).length,
    overdueActions: overdueActions(i, asOf).map((x) => ({
      text: x.text,
      owner: x.owner ?? null,
      due: x.due!.text,
      daysOverdue: asOf.day - x.due!.day,
    })),
  };
}

/**
 * Every file the pack was computed from: every file of the repository slm read (agreements,
 * services, calendars, parties, DataSources, Improvements, the config) and every data export the
 * reports read, each with its SHA-256.
 */
function packInputs(load: LoadResult, reports: readonly ReportModel[]): AuditPack["inputs"] {
  const files = new Map<string, string>();
  for (const f of [...load.files, ...(load.configFile ? [load.configFile] : [])]) files.set(f.file, f.sha256);
  for (const r of reports) for (const f of r.inputs) if (f.sha256 !== "") files.set(f.file, f.sha256);
  return [...files.entries()]
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([file, sha256]) => ({ file, sha256 }));
}
