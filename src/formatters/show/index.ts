import type { ShownAgreement } from "../../model/shown-agreement.js";
import type { FormatterTable } from "../formatter.js";

/** `slm show --format`; the first is the default. */
export const SHOW_FORMATTERS = {
  yaml: async () => (await import("./yaml.js")).formatShowYaml,
  json: async () => (await import("./json.js")).formatShowJson,
} satisfies FormatterTable<ShownAgreement>;
