import { createRequire } from "node:module";
import type * as AjvModule from "ajv/dist/2020.js";
import type { Ajv2020, Code, KeywordCxt, Options, ValidateFunction } from "ajv/dist/2020.js";
import { KINDS, type Kind } from "../core/model.js";
import type { JsonSchema } from "./definitions.js";
import { configSchema, documentSchema } from "./schemas.js";
import { VALUE_PARSERS, type ValueKind } from "./value-kinds.js";

export interface Validators {
  kinds: Record<Kind, ValidateFunction>;
  config: ValidateFunction;
}

// ajv is required, not imported: a built slm runs the validators generated at build time
// (precompiled-validators.ts) and never loads the compiler, which cost ~200 ms of every start-up.
const require = createRequire(import.meta.url);
const ajvModule = (): typeof AjvModule => require("ajv/dist/2020.js");

/**
 * The name the generated module gives the value check (standalone-validators.ts passes it in): the
 * keyword's code refers to it by name, so that one keyword serves the compiler and the generator.
 */
export const VALUE_PROBLEM_NAME = "slmValueProblem";

/** Why `data` is not a valid value of `kind`, or undefined when it is. */
export function valueProblem(kind: ValueKind, data: unknown): string | undefined {
  const result = VALUE_PARSERS[kind](data);
  return result.ok ? undefined : result.error;
}

/** An Ajv that knows `slmValue`; the tests use it (strict, throwing logger) on the files in schemas/. */
export function createAjv(options: Options = {}): Ajv2020 {
  const { Ajv2020, Name, _ } = ajvModule();
  const ajv = new Ajv2020({ allErrors: true, verbose: true, allowUnionTypes: true, ...options });
  ajv.addKeyword({
    keyword: "slmValue",
    schemaType: "string",
    code(cxt: KeywordCxt) {
      const check = cxt.gen.scopeValue("func", { ref: valueProblem, code: new Name(VALUE_PROBLEM_NAME) });
      const problem = cxt.gen.const("problem", _`${check}(${cxt.schemaCode}, ${cxt.data})`);
      cxt.setParams({ kind: cxt.schemaCode as Code, problem });
      cxt.fail(_`${problem} !== undefined`);
    },
    // The parser's sentence is the message (the diagnostic shows it); params keep only the kind.
    error: {
      message: ({ params }) => params.problem as Code,
      params: ({ params }) => _`{kind: ${params.kind as Code}}`,
    },
  });
  return ajv;
}

/** The options every slm validator is compiled with, at run time or at build time. */
// validateSchema: false — the schemas are ours and test/schema checks them against the
// meta-schema with a strict ajv; checking them again on every run cost ~70 ms of start-up.
// `inlineRefs: false` keeps each definition one function (compile time dominated a validate run).
const SLM_OPTIONS: Options = { inlineRefs: false, code: { optimize: false }, validateSchema: false };

/** The schema references of the validators, by name: each kind's document, and the config file. */
export function validatorRefs(): Record<Kind | "config", string> {
  const root = documentSchema({ runtime: true });
  const refs = { config: configSchema({ runtime: true }).$id as string } as Record<Kind | "config", string>;
  for (const k of KINDS) refs[k] = `${root.$id}#/$defs/${k}Document`;
  return refs;
}

/** An ajv holding the runtime document and config schemas, compiled on demand. */
export function slmAjv(options: Options = {}): Ajv2020 {
  const ajv = createAjv({ ...SLM_OPTIONS, ...options, code: { ...SLM_OPTIONS.code, ...options.code } });
  ajv.addSchema(runtimeSchema(documentSchema({ runtime: true })));
  ajv.addSchema(runtimeSchema(configSchema({ runtime: true })));
  return ajv;
}

/**
 * The kinds are compiled from the one document schema, whose `$defs` hold every definition once:
 * compiling the self-contained per-kind files would generate the shared definitions seven times.
 * Each kind is compiled when a document of that kind is first validated: a repository that holds
 * three kinds does not pay for the other four.
 */
export function compileValidators(options: Options = {}): Validators {
  const ajv = slmAjv(options);
  const refs = validatorRefs();
  const lazy = (ref: string) => {
    let validate: ValidateFunction | undefined;
    return () => {
      validate ??= ajv.getSchema(ref)!;
      return validate;
    };
  };
  const kinds = {} as Record<Kind, ValidateFunction>;
  for (const k of KINDS) Object.defineProperty(kinds, k, { enumerable: true, get: lazy(refs[k]) });
  const config = lazy(refs.config);
  return {
    kinds,
    get config() {
      return config();
    },
  };
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
