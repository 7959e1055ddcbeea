import type { AgreementChange } from "./agreement-diff.js";

/** A coverage verdict that differs between the two revisions (`null`: the target did not exist). */
export interface CoverageChange {
  sla: string;
  target: string;
  from: string | null;
  to: string | null;
}

export interface DiffResult {
  base: string;
  head: string;
  changes: AgreementChange[];
  coverage: CoverageChange[];
}
