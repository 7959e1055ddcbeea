import type { FormatterTable } from "../formatter.js";
import type { CompletionSpec } from "./completion-spec.js";

/** `slm completion SHELL`: the table's keys are the shells. */
export const COMPLETION_FORMATTERS = {
  bash: async () => (await import("./bash.js")).bash,
  zsh: async () => (await import("./zsh.js")).zsh,
  fish: async () => (await import("./fish.js")).fish,
} satisfies FormatterTable<CompletionSpec>;
