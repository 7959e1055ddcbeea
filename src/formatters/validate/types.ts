import type { ChalkInstance } from "chalk";
import type { Diagnostic, Severity } from "../../core/diagnostic.js";

/** What `slm validate` found: sorted diagnostics, every file looked at, and file texts for code frames. */
export interface ValidateResult {
  diagnostics: readonly Diagnostic[];
  /** Repository-relative paths of every file validated (config included), sorted. */
  files: readonly string[];
  sources: ReadonlyMap<string, string>;
}

export interface ValidateFormatContext {
  /** Colours for human formats; machine formats never use them. */
  colors: ChalkInstance;
  version: string;
  /** Diagnostics at or above this severity fail the run (and are failures in JUnit). */
  failSeverity: Severity;
}

/** A pure function from findings to the full output text. */
export type ValidateFormatter = (result: ValidateResult, ctx: ValidateFormatContext) => string;
