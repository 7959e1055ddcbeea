/** One finding, from any layer (YAML syntax, JSON Schema, semantic checks). Positions are 1-based. */
export type Severity = "error" | "warning" | "info";

export interface RelatedLocation {
  file: string;
  line: number;
  column: number;
  pointer: string;
  message?: string;
}

export interface Diagnostic {
  /** A stable code from `DIAGNOSTIC_CODES` (see docs/diagnostics.md). */
  code: string;
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
}

export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.column !== b.column) return a.column - b.column;
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}
