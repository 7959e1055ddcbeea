import type { AgreementChange, Direction } from "./agreement-change.js";
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
  /**
   * Changes inherited from templates (SPEC §21): one entry per template change, with every
   * agreement it changes and the coverage verdicts of their targets that changed. Present only
   * when some change is inherited, so diffs of repositories without templates read as before.
   */
  templates?: TemplateChange[];
  /** Commitments changed while `effective` did not: they reach back into reported periods (SPEC §16). */
  warnings: RetroactiveChange[];
  /** With `--replay N`: the last N complete periods re-measured under base and head terms. */
  replay?: ReplayResult;
}

/** One change of a template, with every agreement whose effective terms it changes (SPEC §21). */
export interface TemplateChange {
  template: string;
  target: string | null;
  field: string;
  from: string | null;
  to: string | null;
  direction: Direction;
  /** `KIND/name` of each agreement it changes, sorted. */
  agreements: string[];
  /** The coverage verdicts of those agreements' targets that changed in the same diff. */
  coverage: CoverageChange[];
}
