import { github } from "./github.js";
import { json } from "./json.js";
import { junit } from "./junit.js";
import type { ValidateFormat } from "./names.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";
import type { ValidateFormatter } from "./types.js";

/** The formatter table; its keys are exactly the `--format` choices (names.ts). */
export const VALIDATE_FORMATTERS: Record<ValidateFormat, ValidateFormatter> = {
  stylish,
  json,
  github,
  sarif,
  junit,
};
