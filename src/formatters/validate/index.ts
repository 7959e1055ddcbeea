import type { ValidationResult } from "../../model/validation-result.js";
import type { FormatterTable } from "../formatter.js";

/** `slm validate --format`; the first is the default. */
export const VALIDATE_FORMATTERS = {
  stylish: async () => (await import("./stylish.js")).stylish,
  json: async () => (await import("./json.js")).json,
  github: async () => (await import("./github.js")).github,
  sarif: async () => (await import("./sarif.js")).sarif,
  junit: async () => (await import("./junit.js")).junit,
  gitlab: async () => (await import("./gitlab.js")).gitlab,
} satisfies FormatterTable<ValidationResult>;
