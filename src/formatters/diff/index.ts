import type { ChalkInstance } from "chalk";
import type { DiffResult } from "../../diff/diff-result.js";
import { formatDiffJson } from "./json.js";
import { formatDiffMarkdown } from "./markdown.js";
import { formatDiffText } from "./text.js";

export type DiffFormatter = (result: DiffResult, ctx: { colors: ChalkInstance }) => string;

export const DIFF_FORMATTERS = {
  text: formatDiffText,
  markdown: formatDiffMarkdown,
  json: formatDiffJson,
} satisfies Record<string, DiffFormatter>;
