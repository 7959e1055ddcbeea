import type { AgreementChange } from "./agreement-change.js";

/** A coverage verdict that differs between the two revisions (`null`: the target did not exist). */
export interface CoverageChange {
  sla: string;
  target: string;
  from: string | null;
  to: string | null;
  /** Why the target is not covered at `to` (coverage reason messages; warnings left out). */
  reasons: string[];
}

export interface DiffResult {
  base: string;
  head: string;
  changes: AgreementChange[];
  coverage: CoverageChange[];
}
