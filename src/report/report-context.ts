import type { Agreement, Model } from "../core/model.js";
import type { MeasurementEngine } from "../measure/engine.js";
import { agreementZone as zoneOfAgreement } from "../time/agreement-zone.js";
import type { Period } from "../time/period.js";

/** What building one report needs besides the agreement. */
export interface ReportContext {
  model: Model;
  engine: MeasurementEngine;
  period: Period;
  trend: number;
  generatedAt: Date;
  /** `--as-of` (epoch ms), when given: the day improvement actions are judged overdue on. */
  asOf?: number;
  /** SHA-256 of the agreement files, by repository-relative path. */
  fileHashes: ReadonlyMap<string, string>;
}

/**
 * The time zone of an agreement's reports, the one every figure and local time of the report
 * uses: `spec.timezone`, else its calendar's, else UTC (SPEC §11; the rule is in
 * time/agreement-zone.ts so that coverage and export apply the same one).
 */
export function agreementZone(ctx: { model: Model }, agreement: Agreement): string {
  return zoneOfAgreement(ctx.model, agreement);
}
