import { DEFAULT_LOCALE } from "../core/locale.js";
import { localeText } from "./locale-text.js";

/** An instant as the customer reads it, in the agreement's zone: "2024-05-12 02:00 CEST". */
export function localTime(ms: number, zone: string): string {
  return localeText(DEFAULT_LOCALE).localTime(ms, zone);
}

/** An epoch-ms instant as ISO 8601 UTC, the form of every instant in the JSON model. */
export function isoInstant(ms: number): string {
  return new Date(ms).toISOString();
}
