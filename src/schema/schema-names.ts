import { KINDS } from "../core/model.js";
import type { JsonSchema } from "./definitions.js";
import {
  CONFIG_SCHEMA_FILE,
  configSchema,
  DOCUMENT_SCHEMA_FILE,
  documentSchema,
  KIND_SCHEMA_FILES,
  kindSchema,
} from "./schemas.js";

/** The names `slm schema` accepts: every kind in lower case, `config` and `document`. */
export const SCHEMA_NAMES: { name: string; file: string; build: () => JsonSchema }[] = [
  ...KINDS.map((k) => ({ name: k.toLowerCase(), file: KIND_SCHEMA_FILES[k], build: () => kindSchema(k) })),
  { name: "config", file: CONFIG_SCHEMA_FILE, build: configSchema },
  { name: "document", file: DOCUMENT_SCHEMA_FILE, build: documentSchema },
];

/** Case-insensitive, so `slm schema SLA` and `slm schema DataSource` work as written in documents. */
export function schemaByName(name: string): JsonSchema | undefined {
  return SCHEMA_NAMES.find((n) => n.name === name.toLowerCase())?.build();
}
