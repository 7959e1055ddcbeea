import { compareStrings } from "./compare.js";
import type { DiagnosticCode } from "./diagnostic-codes.js";
import type { Severity } from "./severity.js";

export { SEVERITY_RANK } from "./severity.js";
export type { Severity };

export interface RelatedLocation {
  file: string;
  line: number;
  column: number;
  pointer: string;
  message?: string;
}

/** One finding, from any layer (YAML syntax, JSON Schema, semantic checks). Positions are 1-based. */
export interface Diagnostic {
  /** A stable code from `DIAGNOSTIC_CODES` (see docs/diagnostics.md). */
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  /** Repository-relative POSIX path. */
  file: string;
  line: number;
  column: number;
  /** JSON pointer into the document (RFC 6901), "" for the whole document. */
  pointer: string;
  /** 0-based index of the YAML document inside its file. */
  document?: number;
  related?: RelatedLocation[];
  /**
   * The defined name closest to an unknown one, when there is one. Kept out of `message` so that
   * tools can offer it as a fix; human formats print it as `(did you mean "x"?)`.
   */
  suggestion?: string;
}

/** The message as people read it: with the suggestion, when there is one. */
export function fullMessage(d: Pick<Diagnostic, "message" | "suggestion">): string {
  return d.suggestion === undefined ? d.message : `${d.message} (did you mean "${d.suggestion}"?)`;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    compareStrings(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareStrings(a.code, b.code) ||
    compareStrings(a.message, b.message)
  );
}
