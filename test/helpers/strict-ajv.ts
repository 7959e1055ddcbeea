import { Ajv2020 } from "ajv/dist/2020.js";

/**
 * Plain strict ajv, as ajv-cli and other tools run it: no slm keyword, no union types, and every
 * warning a failure. `schemas` are added by their `$id`.
 */
export function strictAjv(schemas: readonly object[]): Ajv2020 {
  const fail = (m: unknown) => {
    throw new Error(String(m));
  };
  const ajv = new Ajv2020({ strict: true, allErrors: true, logger: { log() {}, warn: fail, error: fail } });
  for (const schema of schemas) ajv.addSchema(schema);
  return ajv;
}
