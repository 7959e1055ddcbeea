import { UsageError } from "../core/errors.js";
import type { Agreement, Model } from "../core/model.js";
import { RevisionMeasurements } from "../measure/revision-measurements.js";
import { type KindFilter, selectAgreements } from "../model/select-agreements.js";
import { currentTerms, type TermsInForce, WORK_TREE } from "../model/terms-in-force.js";
import type { LoadResult } from "../repository/loader.js";
import type { Progress } from "../sources/read-csv-files.js";
import type { Period } from "../time/period.js";
import { buildReport, planReport } from "./build-report.js";
import type { ReportContext } from "./report-context.js";
import type { ReportModel } from "./report-model.js";

export interface ReportRequest {
  load: LoadResult;
  model: Model;
  cwd: string;
  period: Period;
  /** The terms in force per window (SPEC §16); default: the agreements as `model` holds them (`--terms current`). */
  terms?: TermsInForce;
  trend: number;
  generatedAt: Date;
  kind: KindFilter;
  sla?: string;
  customer?: string;
  asOf?: number;
  dataOverrides: ReadonlyMap<string, string>;
  progress?: (source: string) => Progress;
}

/** One run's worth of reports: a period under one set of terms, of the agreements of `model` (default the request's). */
export interface ReportSet {
  period: Period;
  terms?: TermsInForce;
  model?: Model;
}

/** Measures and builds the report model of every selected agreement; sources are read once for all. */
export async function generateReports(request: ReportRequest): Promise<ReportModel[]> {
  const [reports] = await generateReportSets(request, [request]);
  return reports!;
}

/**
 * Reports for several periods and terms at once (a diff's replay: the last months under the base
 * and the head terms), planned together so that every source is read once for all of them.
 */
export async function generateReportSets(
  request: Omit<ReportRequest, "period" | "terms">,
  sets: readonly ReportSet[],
): Promise<ReportModel[][]> {
  for (const name of request.dataOverrides.keys()) {
    if (!request.model.dataSources.has(name))
      throw new UsageError(`--data ${name}=…: there is no DataSource named ${name}`);
  }
  const measurements = new RevisionMeasurements(request.model, WORK_TREE, {
    root: request.load.root,
    cwd: request.cwd,
    dataOverrides: request.dataOverrides,
    asOf: request.asOf,
    now: request.generatedAt.getTime(),
    progress: request.progress,
  });
  const planned = sets.map((set) => {
    const tip = set.model ?? request.model;
    const terms = set.terms ?? currentTerms({ load: request.load, model: tip }, "current");
    // The report's agreement is the revision in force on the period's last day: its term decides
    // whether the agreement is reported at all, its header and the period's credit cap.
    const lastDay = set.period.endDay - 1;
    const inForce = { ...tip, agreements: tip.agreements.map((a) => terms.at(a, lastDay).terms.agreement) };
    return selectAgreements(inForce, set.period, request).map((agreement) => {
      const ctx = reportContext(request, set.period, terms, measurements, agreement);
      planReport(ctx, agreement);
      return { ctx, agreement };
    });
  });
  await measurements.load();
  return planned.map((reports) => reports.map(({ ctx, agreement }) => buildReport(ctx, agreement)));
}

function reportContext(
  request: Omit<ReportRequest, "period" | "terms">,
  period: Period,
  terms: TermsInForce,
  measurements: RevisionMeasurements,
  agreement: Agreement,
): ReportContext {
  const primary = terms.at(agreement, period.endDay - 1).terms;
  const load = primary.load;
  return {
    model: primary.model,
    engine: measurements.view(primary.snapshot, primary.model),
    period,
    trend: request.trend,
    generatedAt: request.generatedAt,
    ...(request.asOf === undefined ? {} : { asOf: request.asOf }),
    fileHashes: new Map(
      [...load.files, ...(load.configFile ? [load.configFile] : [])].map((f) => [f.file, f.sha256]),
    ),
    termsAt: (a, day) => {
      const { terms: t, early } = terms.at(a, day);
      return { agreement: t.agreement, engine: measurements.view(t.snapshot, t.model), ref: t.ref, early };
    },
    termsOrigin: {
      source: terms.source,
      ...(terms.reason === undefined ? {} : { reason: terms.reason }),
      skipped: () => terms.skipped(agreement),
    },
  };
}
