import type { ChalkInstance } from "chalk";
import type { CoverageResult } from "../../coverage/coverage-result.js";
import { formatCoverageJson } from "./json.js";
import { formatCoverageMarkdown } from "./markdown.js";
import { formatCoverageTable } from "./table.js";

export interface CoverageFormatContext {
  /** A no-colour instance unless the CLI decided colour is allowed; machine formats ignore it. */
  colors: ChalkInstance;
}

export type CoverageFormatter = (result: CoverageResult, ctx: CoverageFormatContext) => string;

/** `--format` values; the first is the default. Keys feed commander's `.choices()`. */
const FORMATTERS = {
  table: formatCoverageTable,
  markdown: formatCoverageMarkdown,
  json: formatCoverageJson,
} satisfies Record<string, CoverageFormatter>;

export type CoverageFormat = keyof typeof FORMATTERS;
/** Every entry called the same way, whether or not it uses the context. */
export const COVERAGE_FORMATTERS: Record<CoverageFormat, CoverageFormatter> = FORMATTERS;
