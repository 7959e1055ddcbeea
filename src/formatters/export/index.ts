import type { OpenSloDocument } from "../../export/openslo.js";
import type { FormatterTable } from "../formatter.js";

/** `slm export openslo`: one YAML stream of OpenSLO documents (a file per agreement with --out). */
export const OPENSLO_FORMATTERS = {
  yaml: async () => {
    const { stringify } = await import("yaml");
    return (docs: readonly OpenSloDocument[]) =>
      docs.map((d) => `---\n${stringify(d, { lineWidth: 0 })}`).join("");
  },
} satisfies FormatterTable<readonly OpenSloDocument[]>;
