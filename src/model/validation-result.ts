import type { Diagnostic } from "../core/diagnostic.js";

/** What `slm validate` found: sorted diagnostics, every file looked at, and file texts for code frames. */
export interface ValidationResult {
  diagnostics: readonly Diagnostic[];
  /** Repository-relative paths of every file validated (config included), sorted. */
  files: readonly string[];
  sources: ReadonlyMap<string, string>;
}
