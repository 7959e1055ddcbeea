import type { CoverageResult } from "../../coverage/coverage-result.js";
import type { FormatterTable } from "../formatter.js";

/** `slm coverage --format`; the first is the default. */
export const COVERAGE_FORMATTERS = {
  table: async () => (await import("./table.js")).formatCoverageTable,
  markdown: async () => (await import("./markdown.js")).formatCoverageMarkdown,
  json: async () => (await import("./json.js")).formatCoverageJson,
} satisfies FormatterTable<CoverageResult>;
