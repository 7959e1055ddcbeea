import type { OpenSloDocument } from "../../openslo/document.js";
import type { FormatterTable } from "../formatter.js";
import { yamlStream } from "../yaml-stream.js";

/** `slm export openslo`: one YAML stream of OpenSLO documents (a file per agreement with --out). */
export const OPENSLO_FORMATTERS = {
  yaml: async () => yamlStream,
} satisfies FormatterTable<readonly OpenSloDocument[]>;
