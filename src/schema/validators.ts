import { Ajv2020, type ErrorObject, type Options, type ValidateFunction } from "ajv/dist/2020.js";
import { KINDS, type Kind } from "../core/model.js";
import type { JsonSchema } from "./definitions.js";
import { configSchema, documentSchema } from "./schemas.js";
import { VALUE_PARSERS, type ValueKind } from "./value-kinds.js";

export interface Validators {
  kinds: Record<Kind, ValidateFunction>;
  config: ValidateFunction;
}

let compiled: Validators | undefined;

/** Compiled once, on first use: only `validate` and the commands that validate pay for ajv. */
export function schemaValidators(): Validators {
  compiled ??= compileValidators();
  return compiled;
}

/**
 * The kinds are compiled from the one document schema, whose `$defs` hold every definition once:
 * compiling the self-contained per-kind files would generate the shared definitions seven times.
 * `inlineRefs: false` keeps each definition one function (compile time dominates a validate run).
 */
export function compileValidators(options: Options = {}): Validators {
  // validateSchema: false — the schemas are ours and test/schema checks them against the
  // meta-schema with a strict ajv; checking them again on every run cost ~70 ms of start-up.
  const ajv = createAjv({ inlineRefs: false, code: { optimize: false }, validateSchema: false, ...options });
  const root = documentSchema({ runtime: true });
  ajv.addSchema(runtimeSchema(root));
  // Each kind is compiled when a document of that kind is first validated: a repository that
  // holds three kinds does not pay for the other four (compile time dominates a small run).
  const kinds = {} as Record<Kind, ValidateFunction>;
  for (const k of KINDS) {
    let validate: ValidateFunction | undefined;
    Object.defineProperty(kinds, k, {
      enumerable: true,
      get: () => {
        validate ??= ajv.getSchema(`${root.$id}#/$defs/${k}Document`)!;
        return validate;
      },
    });
  }
  let config: ValidateFunction | undefined;
  return {
    kinds,
    get config() {
      config ??= ajv.compile(runtimeSchema(configSchema({ runtime: true })));
      return config;
    },
  };
}

/** An Ajv that knows `slmValue`; the tests use it (strict, throwing logger) on the files in schemas/. */
export function createAjv(options: Options = {}): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, verbose: true, allowUnionTypes: true, ...options });
  ajv.addKeyword({
    keyword: "slmValue",
    schemaType: "string",
    errors: true,
    validate: checkValue,
  });
  return ajv;
}

function checkValue(kind: ValueKind, data: unknown): boolean {
  const result = VALUE_PARSERS[kind](data);
  if (result.ok) return true;
  const error: Partial<ErrorObject> = { keyword: "slmValue", message: result.error, params: { kind } };
  (checkValue as { errors?: Partial<ErrorObject>[] }).errors = [error];
  return false;
}

/**
 * Where `slmValue` runs, the parser is the authority: the `pattern` and range hints meant for
 * editors would only repeat its verdict with a worse message (or disagree on whitespace).
 */
export function runtimeSchema(schema: JsonSchema): JsonSchema {
  const strip = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(strip);
    if (!node || typeof node !== "object") return node;
    const out: JsonSchema = {};
    const hasValue = "slmValue" in node;
    for (const [key, v] of Object.entries(node)) {
      if (key === "examples") continue;
      if (hasValue && (key === "pattern" || key === "minimum" || key === "maximum")) continue;
      out[key] = strip(v);
    }
    return out;
  };
  return strip(schema) as JsonSchema;
}
