import type { DiffResult } from "../../diff/diff-result.js";
import type { FormatterTable } from "../formatter.js";

/** `slm diff --format`; the first is the default. */
export const DIFF_FORMATTERS = {
  text: async () => (await import("./text.js")).formatDiffText,
  markdown: async () => (await import("./markdown.js")).formatDiffMarkdown,
  json: async () => (await import("./json.js")).formatDiffJson,
} satisfies FormatterTable<DiffResult>;
