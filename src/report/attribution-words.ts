/**
 * The English words of attribution in the report model's `causes` (SPEC §17), in one place until
 * they move to the locale catalogues.
 */
export const ATTRIBUTION_WORDS = {
  supportingBreached: "supporting clock also breached:",
  supportingMet: "every supporting clock met its threshold",
} as const;
