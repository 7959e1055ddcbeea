import type { CreditsResult } from "../../credits/back-to-back-credits.js";
import type { FormatterTable } from "../formatter.js";

/** `slm credits --format`; the first is the default. */
export const CREDITS_FORMATTERS = {
  table: async () => (await import("./table.js")).formatCreditsTable,
  markdown: async () => (await import("./markdown.js")).formatCreditsMarkdown,
  json: async () => (await import("./json.js")).formatCreditsJson,
} satisfies FormatterTable<CreditsResult>;
