import type { AgreementChange } from "./agreement-change.js";
import type { ReplayResult } from "./replay.js";
import type { RetroactiveChange } from "./retroactive-changes.js";

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
  /** Commitments changed while `effective` did not: they reach back into reported periods (SPEC §16). */
  warnings: RetroactiveChange[];
  /** With `--replay N`: the last N complete periods re-measured under base and head terms. */
  replay?: ReplayResult;
}
