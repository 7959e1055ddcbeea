import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import type { ValidateFunction } from "ajv/dist/2020.js";
import { KINDS, type Kind } from "../core/model.js";
import { compileValidators, type Validators, valueProblem } from "./ajv-instance.js";
import { PRECOMPILED_FILE } from "./standalone-validators.js";

export type { Validators } from "./ajv-instance.js";

let loaded: Validators | undefined;

/**
 * The validators generated at build time when they are there (a built slm), else compiled from the
 * schemas on first use (the tests, which run the TypeScript sources). Both come from the same
 * schemas, options and keyword; test/schema/precompiled-validators.test.ts holds them equal.
 */
export function schemaValidators(): Validators {
  loaded ??= precompiledValidators() ?? compileValidators();
  return loaded;
}

function precompiledValidators(): Validators | undefined {
  const file = new URL(`./${PRECOMPILED_FILE}`, import.meta.url);
  if (file.protocol !== "file:" || !existsSync(file)) return undefined;
  const make = createRequire(import.meta.url)(`./${PRECOMPILED_FILE}`) as (
    check: typeof valueProblem,
  ) => Record<Kind | "config", ValidateFunction>;
  const all = make(valueProblem);
  const kinds = {} as Record<Kind, ValidateFunction>;
  for (const k of KINDS) kinds[k] = all[k];
  return { kinds, config: all.config };
}
