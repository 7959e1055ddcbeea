import type { SlmDocumentOut } from "../../openslo/import-slos.js";
import type { FormatterTable } from "../formatter.js";

/**
 * `slm import openslo`: the slm documents as one YAML stream (a file per group with --out), quoted
 * for YAML 1.1 readers too: `from: 00:00` would be the number 0 to js-yaml, a date a Date.
 */
export const IMPORT_FORMATTERS = {
  yaml: async () => {
    const { stringify } = await import("yaml");
    return (docs: readonly SlmDocumentOut[]) =>
      docs
        .map(
          (d) =>
            `---\n${stringify(d, { lineWidth: 0, version: "1.1", blockQuote: false, doubleQuotedAsJSON: true })}`,
        )
        .join("");
  },
} satisfies FormatterTable<readonly SlmDocumentOut[]>;
