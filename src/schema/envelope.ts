import type { Diagnostic } from "../core/diagnostic.js";
import type { DiagnosticCode } from "../core/diagnostic-codes.js";
import { didYouMean } from "../core/did-you-mean.js";
import { API_VERSION, KINDS, type Kind } from "../core/model.js";
import { locateIn } from "../repository/source-map.js";
import type { LoadedDocument } from "../repository/yaml-file.js";
import { typeOf } from "./ajv-diagnostics.js";

export type Envelope =
  | { ok: true; kind: Kind; value: Record<string, unknown> }
  | { ok: false; diagnostics: Diagnostic[] };

/**
 * The checks every document passes before its kind's schema applies: it is a mapping, it says
 * `apiVersion: slm/v1` and names a known kind. A document failing here gets no schema noise.
 */
export function checkEnvelope(doc: LoadedDocument): Envelope {
  const at = (
    code: DiagnosticCode,
    message: string,
    pointer: string,
    severity: Diagnostic["severity"] = "error",
  ) => ({
    code,
    severity,
    message,
    ...locateIn(doc, pointer),
  });
  const value = doc.value;
  if (value === null || value === undefined) {
    // The parser places an empty document after its `---`: column 1 of that line reads better.
    const empty = {
      ...at("document/empty", "empty document (nothing between the --- markers)", "", "warning"),
      column: 1,
    };
    return { ok: false, diagnostics: [empty] };
  }
  if (typeof value !== "object" || Array.isArray(value)) {
    return {
      ok: false,
      diagnostics: [
        at(
          "document/not-a-mapping",
          `document is ${typeOf(value)}; an slm document is a mapping with apiVersion, kind, metadata and spec`,
          "",
        ),
      ],
    };
  }
  const record = value as Record<string, unknown>;
  const diagnostics: Diagnostic[] = [];
  const { apiVersion, kind } = record;
  if (apiVersion === undefined && kind === undefined) {
    // No envelope at all: most likely some other YAML (docker-compose, CI, Kubernetes) that the
    // include patterns picked up. One finding that says what to do, not two about missing fields.
    const message =
      "not an slm document (no apiVersion or kind): if it is some other YAML, add it to `exclude` in slm.config.yaml";
    return { ok: false, diagnostics: [at("schema/unknown-api-version", message, "")] };
  }
  if (apiVersion !== API_VERSION) {
    const message =
      apiVersion === undefined
        ? `missing apiVersion (expected apiVersion: ${API_VERSION})`
        : `unknown apiVersion ${JSON.stringify(apiVersion)} (expected ${API_VERSION}; is this an slm document?)`;
    diagnostics.push(at("schema/unknown-api-version", message, "/apiVersion"));
  }
  if (!(KINDS as readonly unknown[]).includes(kind)) {
    // Only an slm document gets a spelling hint: OpenSLO's "SLO" is not a misspelt "SLA".
    const hint = typeof kind === "string" && apiVersion === API_VERSION ? didYouMean(kind, KINDS) : undefined;
    const message =
      kind === undefined
        ? `missing kind (expected one of: ${KINDS.join(", ")})`
        : `unknown kind ${JSON.stringify(kind)} (expected one of: ${KINDS.join(", ")})`;
    diagnostics.push({
      ...at("schema/unknown-kind", message, "/kind"),
      ...(hint ? { suggestion: hint } : {}),
    });
  }
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  return { ok: true, kind: kind as Kind, value: record };
}
