import type { Diagnostic } from "../core/diagnostic.js";
import type { DiagnosticCode } from "../core/diagnostic-codes.js";
import { didYouMean } from "../core/did-you-mean.js";
import type { AgreementKind, Kind } from "../core/model.js";
import type { CalendarDate } from "../core/values/date.js";
import { locateIn } from "../repository/source-map.js";
import type { LoadedDocument } from "../repository/yaml-file.js";
import type {
  RawAgreementSpec,
  RawCalendarSpec,
  RawDataSourceSpec,
  RawImprovementSpec,
  RawServiceSpec,
} from "./raw.js";

/** A document with a valid envelope (apiVersion, known kind, a name). */
export interface NamedDocument<K extends Kind = Kind, S = unknown> {
  doc: LoadedDocument;
  kind: K;
  name: string;
  spec: S;
}

export type AgreementDocument = NamedDocument<AgreementKind, RawAgreementSpec>;
export type ServiceDocument = NamedDocument<"Service", RawServiceSpec>;
export type CalendarDocument = NamedDocument<"Calendar", RawCalendarSpec>;
export type DataSourceDocument = NamedDocument<"DataSource", RawDataSourceSpec>;
export type ImprovementDocument = NamedDocument<"Improvement", RawImprovementSpec>;

export interface Related {
  doc: LoadedDocument;
  pointer: string;
  message: string;
}

export interface Finding {
  code: DiagnosticCode;
  message: string;
  pointer: string;
  /** Point at the key of the last pointer segment instead of its value. */
  onKey?: boolean;
  related?: Related[];
  /** The closest defined name, for an unknown reference. */
  suggestion?: string;
}

export interface CheckContext {
  /** Documents that passed the JSON Schema: the only ones checks inspect. */
  valid: readonly NamedDocument[];
  /**
   * Every named document, schema-valid or not, by kind then name (first one wins): references to
   * a document with a schema error are not reported a second time as unknown.
   */
  names: ReadonlyMap<Kind, ReadonlyMap<string, NamedDocument>>;
  /** Every named document in file order, for the duplicate check. */
  named: readonly NamedDocument[];
  /** "Today" in UTC, for overdue reviews and ended terms. */
  today: CalendarDate;
  report(at: NamedDocument, finding: Finding): void;
}

/** One semantic rule: reads the context, reports findings. */
export type Check = (ctx: CheckContext) => void;

export function ofKind<K extends Kind, S>(ctx: CheckContext, ...kinds: K[]): NamedDocument<K, S>[] {
  return ctx.valid.filter((d) => (kinds as Kind[]).includes(d.kind)) as NamedDocument<K, S>[];
}

export function agreements(ctx: CheckContext): AgreementDocument[] {
  return ofKind<AgreementKind, RawAgreementSpec>(ctx, "SLA", "OLA", "UC");
}

export function exists(ctx: CheckContext, kind: Kind, name: string): boolean {
  return ctx.names.get(kind)?.has(name) ?? false;
}

export interface Reference {
  kind: Kind;
  name: string;
  pointer: string;
  /** What the name is used as ("service", "dependency", "owner"). */
  role: string;
  code: DiagnosticCode;
  /** Names that exist without a document (the built-in 24x7 calendar). */
  builtIn?: readonly string[];
  /** Appended to the message, e.g. "(24x7 is built in)". */
  note?: string;
}

/**
 * The one rule of every unknown-reference check: a name must be defined by a document of its
 * kind (or be built in); if not, report it with the closest defined name as the suggestion.
 */
export function checkReference(ctx: CheckContext, at: NamedDocument, ref: Reference): void {
  if (exists(ctx, ref.kind, ref.name) || ref.builtIn?.includes(ref.name)) return;
  const suggestion = didYouMean(ref.name, [
    ...(ctx.names.get(ref.kind)?.keys() ?? []),
    ...(ref.builtIn ?? []),
  ]);
  ctx.report(at, {
    code: ref.code,
    message: `${ref.role} "${ref.name}" is not a known ${ref.kind}${ref.note ? ` ${ref.note}` : ""}`,
    pointer: ref.pointer,
    ...(suggestion === undefined ? {} : { suggestion }),
  });
}

/** `Diagnostic` for a finding; positions come from the document's source map. */
export function toDiagnostic(
  at: NamedDocument,
  finding: Finding,
  severity: Diagnostic["severity"],
): Diagnostic {
  const diagnostic: Diagnostic = {
    code: finding.code,
    severity,
    message: finding.message,
    ...locateIn(at.doc, finding.pointer, { onKey: finding.onKey }),
  };
  if (finding.suggestion !== undefined) diagnostic.suggestion = finding.suggestion;
  const related = [
    ...(finding.related ?? []).map((r) => {
      const { document: _document, related: _related, ...place } = locateIn(r.doc, r.pointer);
      return { ...place, message: r.message };
    }),
    ...(diagnostic.related ?? []),
  ];
  delete diagnostic.related;
  if (related.length > 0) diagnostic.related = related;
  return diagnostic;
}
