/**
 * The languages reports are written in (SPEC §18). The code is written as given into the HTML
 * `lang` attribute; each has a message catalogue `locales/<code>.json` at the package root
 * (docs/templates.md, "How to add a locale").
 */
export const LOCALES = ["en", "de", "zh-CN"] as const;
export type Locale = (typeof LOCALES)[number];

/** The locale of a report when neither the command line, the agreement nor the config names one. */
export const DEFAULT_LOCALE: Locale = "en";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * A report's locale (SPEC §18): `--locale`, then the agreement's `spec.locale`, then
 * `reports.locale` in slm.config.yaml, else English.
 */
export function reportLocale(
  option: Locale | undefined,
  agreement: Locale | undefined,
  config: Locale | undefined,
): Locale {
  return option ?? agreement ?? config ?? DEFAULT_LOCALE;
}
