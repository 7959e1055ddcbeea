import { UsageError } from "../core/errors.js";
import type { Model } from "../core/model.js";
import { MeasurementEngine } from "../measure/engine.js";
import { type KindFilter, selectAgreements } from "../model/select-agreements.js";
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
  trend: number;
  generatedAt: Date;
  kind: KindFilter;
  sla?: string;
  customer?: string;
  asOf?: number;
  dataOverrides: ReadonlyMap<string, string>;
  progress?: (source: string) => Progress;
}

/** Measures and builds the report model of every selected agreement; sources are read once for all. */
export async function generateReports(request: ReportRequest): Promise<ReportModel[]> {
  for (const name of request.dataOverrides.keys()) {
    if (!request.model.dataSources.has(name))
      throw new UsageError(`--data ${name}=…: there is no DataSource named ${name}`);
  }
  const engine = new MeasurementEngine(request.model, {
    root: request.load.root,
    cwd: request.cwd,
    dataOverrides: request.dataOverrides,
    asOf: request.asOf,
    now: request.generatedAt.getTime(),
    progress: request.progress,
  });
  const ctx: ReportContext = {
    model: request.model,
    engine,
    period: request.period,
    trend: request.trend,
    generatedAt: request.generatedAt,
    ...(request.asOf === undefined ? {} : { asOf: request.asOf }),
    fileHashes: new Map(
      [...request.load.files, ...(request.load.configFile ? [request.load.configFile] : [])].map((f) => [
        f.file,
        f.sha256,
      ]),
    ),
  };
  const agreements = selectAgreements(request.model, request.period, request);
  for (const a of agreements) planReport(ctx, a);
  await engine.load();
  return agreements.map((a) => buildReport(ctx, a));
}
