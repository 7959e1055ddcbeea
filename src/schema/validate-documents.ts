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

/** What the schema layer found in one document: a function of the document alone. */
type Checked =
  | { ok: false; diagnostics: Diagnostic[] }
  | { ok: true; kind: Kind; value: Record<string, unknown>; valid: boolean; diagnostics: Diagnostic[] };

/**
 * Per document object, checked once: a history (SPEC §16) loads the same unchanged file for many
 * revisions as one object, and its revisions were each schema-checked in full (~0.6 ms per
 * document, 40% of a 200-commit history's extra time).
 */
const checkedDocuments = new WeakMap<LoadedDocument, Checked>();

function check(doc: LoadedDocument): Checked {
  let found = checkedDocuments.get(doc);
  if (found === undefined) {
    const envelope = checkEnvelope(doc);
    if (!envelope.ok) found = { ok: false, diagnostics: envelope.diagnostics };
    else {
      const validate = schemaValidators().kinds[envelope.kind];
      const valid = validate(envelope.value);
      found = {
        ok: true,
        kind: envelope.kind,
        value: envelope.value,
        valid,
        diagnostics: valid ? [] : ajvDiagnostics(validate.errors ?? [], doc),
      };
    }
    checkedDocuments.set(doc, found);
  }
  return found;
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
    const checked = check(doc);
    if (!checked.ok) {
      diagnostics.push(...checked.diagnostics.map((d) => ({ ...d })));
      continue;
    }
    // Copies: a finding is the caller's to keep, and the cache must not see what it does to it.
    const found = checked.diagnostics.map((d) => ({ ...d }));
    diagnostics.push(
      ...(options.partial?.has(doc) ? found.filter((d) => d.code !== "schema/required") : found),
    );
    outcomes.push({ doc, kind: checked.kind, value: checked.value, valid: checked.valid });
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
