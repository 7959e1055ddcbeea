import type { ErrorObject } from "ajv/dist/2020.js";
import type { Diagnostic } from "../core/diagnostic.js";
import type { DiagnosticCode } from "../core/diagnostic-codes.js";
import { didYouMean } from "../core/did-you-mean.js";
import { locateIn, pathToPointer, pointerToPath } from "../repository/source-map.js";
import type { LoadedDocument } from "../repository/yaml-file.js";

interface Finding {
  code: DiagnosticCode;
  message: string;
  pointer: string;
  onKey: boolean;
  /** Which finding wins when several ajv errors concern the same place. */
  rank: number;
  suggestion?: string;
}

/**
 * THE adapter from ajv errors to diagnostics. One diagnostic per instance location: ajv with
 * `allErrors` reports a bad value several times (type, slmValue, …); the most specific wins.
 * A missing property points at its parent mapping, an unknown one at its key.
 */
export function ajvDiagnostics(errors: readonly ErrorObject[], doc: LoadedDocument): Diagnostic[] {
  const best = new Map<string, Finding>();
  for (const error of errors) {
    const finding = toFinding(error);
    if (!finding) continue;
    const seen = best.get(finding.pointer);
    if (!seen || finding.rank > seen.rank) best.set(finding.pointer, finding);
  }
  return [...best.values()].map((f) => ({
    code: f.code,
    severity: "error",
    message: f.message,
    ...locateIn(doc, f.pointer, { onKey: f.onKey }),
    ...(f.suggestion === undefined ? {} : { suggestion: f.suggestion }),
  }));
}

function toFinding(error: ErrorObject): Finding | undefined {
  // Normalize through the segments so that ~0/~1 escapes come out exactly once.
  const at = pathToPointer(pointerToPath(error.instancePath));
  const params = error.params as Record<string, unknown>;
  const child = (name: unknown) => `${at}${pathToPointer([String(name)])}`;
  switch (error.keyword) {
    case "slmValue":
      return {
        code: "schema/invalid-value",
        message: error.message ?? "invalid value",
        pointer: at,
        onKey: false,
        rank: 6,
      };
    case "required":
      return {
        code: "schema/required",
        message: `missing required property "${params.missingProperty}"`,
        pointer: child(params.missingProperty),
        onKey: false,
        rank: 5,
      };
    case "additionalProperties": {
      const name = String(params.additionalProperty);
      const known = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
      const hint = didYouMean(name, known);
      return {
        code: "schema/unknown-property",
        message: `unknown property "${name}"${!hint && known.length ? ` (expected one of: ${known.join(", ")})` : ""}`,
        pointer: child(name),
        onKey: true,
        rank: 5,
        suggestion: hint,
      };
    }
    case "enum": {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const got = error.data;
      const hint = typeof got === "string" ? didYouMean(got, allowed) : undefined;
      return {
        code: "schema/enum",
        message: `${describe(got)} is not one of: ${allowed.join(", ")}`,
        pointer: at,
        onKey: false,
        rank: 4,
        suggestion: hint,
      };
    }
    case "const":
      return {
        code: "schema/enum",
        message: `must be ${JSON.stringify(params.allowedValue)}, not ${describe(error.data)}`,
        pointer: at,
        onKey: false,
        rank: 4,
      };
    case "type":
      return {
        code: "schema/type",
        message: `must be ${typeNames(String(params.type))}, not ${typeOf(error.data)}`,
        pointer: at,
        onKey: false,
        rank: 3,
      };
    case "pattern":
      return {
        code: "schema/invalid-value",
        message: `${describe(error.data)} is not valid: expected ${String(error.parentSchema?.description ?? `a match for ${params.pattern}`).replace(/\.$/, "")}`,
        pointer: at,
        onKey: false,
        rank: 2,
      };
    case "uniqueItems":
      return {
        code: "schema/constraint",
        message: `repeats item ${params.j} at position ${params.i} (items must be unique)`,
        pointer: child(params.i),
        onKey: false,
        rank: 2,
      };
    case "minItems":
      return {
        code: "schema/constraint",
        message: `must have at least ${params.limit} item${params.limit === 1 ? "" : "s"}`,
        pointer: at,
        onKey: false,
        rank: 2,
      };
    case "if":
    case "anyOf":
    case "oneOf":
    case "allOf":
    case "not":
      // A combinator's own error only repeats its branches' errors.
      return undefined;
    default:
      return {
        code: "schema/constraint",
        message: error.message ?? "is not valid",
        pointer: at,
        onKey: false,
        rank: 1,
      };
  }
}

const TYPE_NAMES: Record<string, string> = {
  string: "a string",
  number: "a number",
  integer: "an integer",
  boolean: "true or false",
  object: "a mapping",
  array: "a list",
  null: "null",
};

function typeNames(types: string): string {
  const names = types.split(",").map((t) => TYPE_NAMES[t] ?? t);
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;
}

export function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "boolean") return `${value}`;
  if (typeof value === "number")
    return Number.isInteger(value) ? `the integer ${value}` : `the number ${value}`;
  return `the string ${JSON.stringify(value)}`;
}

function describe(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : typeOf(value);
}
