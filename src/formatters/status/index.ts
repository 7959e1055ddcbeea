import type { StatusResult } from "../../status/status-model.js";
import type { FormatterTable } from "../formatter.js";

/** `slm status --format`; the first is the default. */
export const STATUS_FORMATTERS = {
  table: async () => (await import("./table.js")).formatStatusTable,
  markdown: async () => (await import("./markdown.js")).formatStatusMarkdown,
  json: async () => (await import("./json.js")).formatStatusJson,
} satisfies FormatterTable<StatusResult>;
