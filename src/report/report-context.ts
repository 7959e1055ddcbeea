import type { Agreement, Model } from "../core/model.js";
import type { MeasurementEngine } from "../measure/engine.js";
import type { Period } from "../time/period.js";

/** What building one report needs besides the agreement. */
export interface ReportContext {
  model: Model;
  engine: MeasurementEngine;
  period: Period;
  trend: number;
  generatedAt: Date;
  /** SHA-256 of the agreement files, by repository-relative path. */
  fileHashes: ReadonlyMap<string, string>;
}

/** The time zone of an agreement's reports: its calendar's, else UTC (SPEC §6). */
export function agreementZone(ctx: { engine: MeasurementEngine }, agreement: Agreement): string {
  return ctx.engine.calendar(agreement.calendar).timezone;
}
