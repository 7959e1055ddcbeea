import type { SlmDocumentOut } from "../../openslo/import-slos.js";
import type { FormatterTable } from "../formatter.js";
import { yamlStream } from "../yaml-stream.js";

/** `slm import openslo`: the slm documents as one YAML stream (a file per group with --out). */
export const IMPORT_FORMATTERS = {
  yaml: async () => yamlStream,
} satisfies FormatterTable<readonly SlmDocumentOut[]>;
