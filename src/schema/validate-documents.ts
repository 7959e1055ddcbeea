import type { Diagnostic } from "../core/diagnostic.js";
import type { Kind } from "../core/model.js";
import type { LoadedDocument } from "../repository/yaml-file.js";
import { ajvDiagnostics } from "./ajv-diagnostics.js";
import { checkEnvelope } from "./envelope.js";
import { schemaValidators } from "./validators.js";

export interface SchemaOutcome {
  doc: LoadedDocument;
  kind: Kind;
  value: Record<string, unknown>;
  /** Whether the document passed its kind's JSON Schema (checks only inspect those). */
  valid: boolean;
}

/** Layer 1b: envelope, then the kind's JSON Schema, for every readable document. */
export function validateDocuments(
  documents: readonly LoadedDocument[],
  options: {
    /** Documents known to be incomplete (an unresolved template): missing properties are not reported. */
    partial?: ReadonlySet<LoadedDocument>;
  } = {},
): {
  outcomes: SchemaOutcome[];
  diagnostics: Diagnostic[];
} {
  const outcomes: SchemaOutcome[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const doc of documents) {
    // undefined: the YAML layer already reported why the document could not be read.
    if (doc.value === undefined) continue;
    const envelope = checkEnvelope(doc);
    if (!envelope.ok) {
      diagnostics.push(...envelope.diagnostics);
      continue;
    }
    const validate = schemaValidators().kinds[envelope.kind];
    const valid = validate(envelope.value);
    if (!valid) {
      const found = ajvDiagnostics(validate.errors ?? [], doc);
      diagnostics.push(
        ...(options.partial?.has(doc) ? found.filter((d) => d.code !== "schema/required") : found),
      );
    }
    outcomes.push({ doc, kind: envelope.kind, value: envelope.value, valid });
  }
  return { outcomes, diagnostics };
}

/** slm.config.yaml: one mapping, checked against its own schema (an empty file is fine: defaults). */
export function validateConfigDocuments(documents: readonly LoadedDocument[]): Diagnostic[] {
  const validate = schemaValidators().config;
  const diagnostics: Diagnostic[] = [];
  for (const doc of documents) {
    if (doc.value === undefined || doc.value === null) continue;
    if (!validate(doc.value)) diagnostics.push(...ajvDiagnostics(validate.errors ?? [], doc));
  }
  return diagnostics;
}
