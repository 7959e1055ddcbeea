import type { Diagnostic } from "./diagnostic.js";
import type { LoadResult } from "./loader.js";

export interface ValidateOptions {
  /** "Today", for overdue reviews and ended terms. */
  now: Date;
}

/**
 * All findings for a loaded repository: file and YAML findings, JSON Schema, semantic checks.
 * (Being filled in by the validator work: schema layer and checks.)
 */
export function validateRepository(load: LoadResult, _options: ValidateOptions): Diagnostic[] {
  return [...load.diagnostics];
}
