import type { OpenSloDocument } from "../../export/openslo.js";
import type { FormatterTable } from "../formatter.js";

/** `slm export openslo`: one YAML stream of OpenSLO documents (a file per agreement with --out). */
export const OPENSLO_FORMATTERS = {
  yaml: async () => {
    const { stringify } = await import("yaml");
    return (docs: readonly OpenSloDocument[]) =>
      // A string with a line break or a control character is written double-quoted with JSON
      // escapes on one line: a folded or block scalar would start a line with a value (in a CI
      // log, `  ::warning …` is a workflow command).
      docs
        .map((d) => `---\n${stringify(d, { lineWidth: 0, blockQuote: false, doubleQuotedAsJSON: true })}`)
        .join("");
  },
} satisfies FormatterTable<readonly OpenSloDocument[]>;
