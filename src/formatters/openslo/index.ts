import type { OpenSloDocument } from "../../openslo/document.js";
import type { FormatterTable } from "../formatter.js";

/**
 * `slm export openslo`: one YAML stream of OpenSLO documents (a file per agreement with --out).
 * Written as YAML 1.1, which quotes every string a YAML 1.1 reader would take for something else:
 * Go's yaml.v2 (oslo) and other 1.1 readers would turn an unquoted `startTime: 2024-01-01 00:00:00`
 * into a timestamp; a YAML 1.2 reader reads the same text alike. A string with a line break or a
 * control character is written double-quoted with JSON escapes on one line: a folded or block
 * scalar would start a line with a value (in a CI log, `  ::warning …` is a workflow command).
 */
export const OPENSLO_FORMATTERS = {
  yaml: async () => {
    const { stringify } = await import("yaml");
    return (docs: readonly OpenSloDocument[]) =>
      docs
        .map(
          (d) =>
            `---\n${stringify(d, { lineWidth: 0, version: "1.1", blockQuote: false, doubleQuotedAsJSON: true })}`,
        )
        .join("");
  },
} satisfies FormatterTable<readonly OpenSloDocument[]>;
