import type { Agreement, Model } from "../core/model.js";
import type { MeasureView } from "../measure/revision-measurements.js";
import type { TermsRef, TermsSource } from "../model/terms-in-force.js";
import { agreementZone as zoneOfAgreement } from "../time/agreement-zone.js";
import type { Period } from "../time/period.js";

/** What building one report needs besides the agreement. */
export interface ReportContext {
  /** The model of the revision the report's agreement comes from (its calendars, services, sources). */
  model: Model;
  engine: MeasureView;
  period: Period;
  trend: number;
  generatedAt: Date;
  /** `--as-of` (epoch ms), when given: the day improvement actions are judged overdue on. */
  asOf?: number;
  /** SHA-256 of the agreement files, by repository-relative path. */
  fileHashes: ReadonlyMap<string, string>;
  /**
   * The terms an assessment window starting on local day `day` is judged under (SPEC §16): the
   * revision of the agreement then in force. Without it every window is judged under the
   * agreement as given, with `terms` naming it as the work tree's.
   */
  termsAt?: (agreement: Agreement, day: number) => WindowTerms;
  /** Where the terms come from, for the report's `terms` and notes (default: `current`). */
  termsOrigin?: TermsOrigin;
}

/** An agreement as one revision states it, and the measurements of that revision. */
export interface WindowTerms {
  agreement: Agreement;
  engine: MeasureView;
  ref: TermsRef;
  /** No revision takes effect by the window's start: the earliest one is used. */
  early: boolean;
}

/**
 * The time zone of an agreement's reports, the one every figure and local time of the report
 * uses: `spec.timezone`, else its calendar's, else UTC (SPEC §11; the rule is in
 * time/agreement-zone.ts so that coverage and export apply the same one).
 */
export function agreementZone(ctx: { model: Model }, agreement: Agreement): string {
  return zoneOfAgreement(ctx.model, agreement);
}

/** How the report says where its terms came from, and why (SPEC §16). */
export interface TermsOrigin {
  source: TermsSource;
  /** Why there is no history, for `work-tree`. */
  reason?: string;
  /** Commits of the agreement passed over because the repository did not validate there (known once its windows are planned). */
  skipped: () => readonly string[];
}
