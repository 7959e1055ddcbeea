import type { Locale } from "../core/locale.js";
import type { CalendarDate } from "../core/values/date.js";
import type { CalendarInterval } from "../core/values/calendar-interval.js";
import type { CoverageResult, Verdict } from "../coverage/coverage-result.js";
import { computeCoverage } from "../coverage/compute-coverage.js";
import { backToBackCredits } from "../credits/back-to-back-credits.js";
import { processKpis } from "../kpi/process-kpis.js";
import { reviewSchedule } from "../lifecycle/review-schedule.js";
import { generateReports, type ReportRequest } from "../report/generate-reports.js";
import { reportFileName } from "../report/report-file-name.js";
import type { ReportModel } from "../report/report-model.js";
import { layoutGraph } from "./graph-layout.js";
import { serviceGraph } from "./service-graph.js";
import { calendarEntries, siteImprovements } from "./site-calendar.js";
import type { AgreementEntry, SiteModel, SitePage, TrendShare } from "./site-model.js";

export interface SiteRequest extends Omit<ReportRequest, "kind" | "sla" | "customer"> {
  asOfDate: CalendarDate;
  within: CalendarInterval;
  /** The language of the site's own pages. */
  locale: Locale;
  /** The language of each report (SPEC §18: --locale, the agreement's, the config's, en). */
  reportLocale: (report: ReportModel) => Locale;
}

const REPORT_FORMATS = ["html", "md", "json"] as const;
const VERDICT_RANK: Record<Verdict, number> = { covered: 0, "at-risk": 1, uncovered: 2 };

/**
 * Everything `slm site` publishes, as pages (docs/site.md): the reports of every agreement in force
 * during the period (all kinds, every format), the portfolio of SLAs, the dependency graph laid out
 * now, the KPIs with their trend, the improvement register, and the calendar (reviews, terms,
 * notice and claim deadlines, Improvement actions) with its .ics feed.
 */
export async function buildSite(request: SiteRequest): Promise<SitePage[]> {
  const { model } = request;
  const reports = await generateReports({ ...request, kind: "all" });
  const coverage = computeCoverage(model);
  const slaReports = reports.filter((r) => r.kind === "SLA");
  const agreements = reports.map((r) => agreementEntry(r, reports, coverage));
  const pageOf = (kind: string, name: string) =>
    agreements.find((a) => a.kind === kind && a.name === name)?.page ?? null;
  const slaServices = new Set(slaReports.map((r) => r.service));
  const improvements = siteImprovements(model, request.asOfDate, pageOf);
  const claims = backToBackCredits(model, request.period, reports).claimable;
  const site: SiteModel = {
    locale: request.locale,
    period: { label: request.period.label },
    generatedAt: request.generatedAt.toISOString(),
    asOf: request.asOfDate.text,
    portfolio: agreements
      .filter((a) => a.kind === "SLA")
      .map((entry) => ({ entry, coverage: worstVerdict(Object.values(entry.targetCoverage)) })),
    agreements,
    kpis: processKpis(model, request.period.label, coverage, slaReports, {
      actionsAsOf: request.asOfDate,
      selected: false,
    }),
    kpiTrend: combinedTrend(agreements.filter((a) => a.kind === "SLA").map((a) => a.trend)),
    graph: await layoutGraph(serviceGraph(model, coverage, slaServices)),
    calendar: calendarEntries(
      model,
      reviewSchedule(model, request.asOfDate, request.within),
      pageOf,
      claims,
      improvements,
    ),
    improvements,
  };
  return [
    { path: "index.html", kind: "portfolio", site },
    { path: "graph.html", kind: "graph", site },
    { path: "kpis.html", kind: "kpis", site },
    { path: "calendar.html", kind: "calendar", site },
    { path: "improvements.html", kind: "improvements", site },
    { path: "calendar.ics", kind: "ics", site },
    // GitHub Pages serves the folder as it is, without running Jekyll over it.
    { path: ".nojekyll", kind: "nojekyll", site },
    ...agreements.map((entry): SitePage => ({ path: entry.page, kind: "agreement", site, entry })),
    ...agreements.flatMap((entry) =>
      entry.reports.map(
        (r): SitePage => ({
          path: r.path,
          kind: "report",
          format: r.format,
          report: entry.report,
          locale: request.reportLocale(entry.report),
        }),
      ),
    ),
  ];
}

function agreementEntry(
  report: ReportModel,
  all: readonly ReportModel[],
  coverage: CoverageResult,
): AgreementEntry {
  const base = `${report.kind.toLowerCase()}-${report.sla}`;
  const file = reportFileName(all, report);
  const targetCoverage: Record<string, Verdict | null> = {};
  for (const t of report.targets) {
    targetCoverage[t.name] =
      report.kind === "SLA"
        ? (coverage.targets.find((c) => c.sla === report.sla && c.target === t.name)?.verdict ?? null)
        : null;
  }
  return {
    kind: report.kind,
    name: report.sla,
    displayName: report.displayName,
    page: `agreements/${base}.html`,
    report,
    targetCoverage,
    trend: trendOf(report),
    reports: REPORT_FORMATS.map((format) => ({
      format,
      path: `reports/${report.period.label}/${file}.${format}`,
    })),
  };
}

/** The share of targets met per period: the trend's earlier periods, then the report's own (provisional targets left out). */
function trendOf(report: ReportModel): TrendShare[] {
  const periods = [
    ...report.trend.map((p) => ({ label: p.period.label, targets: p.targets })),
    { label: report.period.label, targets: report.targets },
  ];
  return periods.map(({ label, targets }) => {
    const judged = targets.filter((t) => !t.provisional);
    return share(
      label,
      judged.filter((t) => t.status === "met").length,
      judged.filter((t) => t.status === "breached").length,
    );
  });
}

function share(label: string, met: number, breached: number): TrendShare {
  return { label, met, breached, share: met + breached > 0 ? met / (met + breached) : null };
}

/** The SLAs' trends added up per period label, in the order the periods come. */
function combinedTrend(trends: readonly TrendShare[][]): TrendShare[] {
  const byLabel = new Map<string, { met: number; breached: number }>();
  for (const trend of trends) {
    for (const p of trend) {
      const sum = byLabel.get(p.label) ?? { met: 0, breached: 0 };
      sum.met += p.met;
      sum.breached += p.breached;
      byLabel.set(p.label, sum);
    }
  }
  return [...byLabel.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([label, s]) => share(label, s.met, s.breached));
}

function worstVerdict(verdicts: readonly (Verdict | null)[]): Verdict | null {
  let worst: Verdict | null = null;
  for (const v of verdicts)
    if (v !== null && (worst === null || VERDICT_RANK[v] > VERDICT_RANK[worst])) worst = v;
  return worst;
}
