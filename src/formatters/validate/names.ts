/**
 * The `--format` values of `slm validate`. Kept apart from the formatter table so that registering
 * the command (on every start, including `--version`) does not load the formatters.
 */
export const VALIDATE_FORMATS = ["stylish", "json", "github", "sarif", "junit"] as const;
export type ValidateFormat = (typeof VALIDATE_FORMATS)[number];
