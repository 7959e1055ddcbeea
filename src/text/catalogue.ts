import { readFileSync } from "node:fs";
import { LOCALES, type Locale } from "../core/locale.js";
import { packagePath } from "../core/package-files.js";

/**
 * A message catalogue: the words of one locale, as data (`locales/<code>.json` at the package
 * root), plus the conventions Intl does not decide for us. Adding a locale is adding a file and
 * its code in core/locale.ts (docs/templates.md, "How to add a locale").
 */
export interface Catalogue {
  locale: Locale;
  /** The language's own name, for people choosing one. */
  language: string;
  formats: CatalogueFormats;
  /** Message key → ICU MessageFormat pattern (placeholders `{name}`, `{n, plural, …}`, `{x, select, …}`). */
  messages: Record<string, string>;
}

export interface CatalogueFormats {
  /** The BCP 47 tag handed to Intl (`en-GB` gives "14 May 2024", `de` "14. Mai 2024"). */
  intl: string;
  /** Numeric dates: `iso` writes 2024-05-14, `intl` the locale's own (14.05.2024). */
  numericDate: "iso" | "intl";
  /** Money: `code` writes EUR 1,200.00, `symbol` the locale's symbol (1.200,00 €, ¥60,000.00). */
  currencyDisplay: "code" | "symbol";
  /** Between the units of a duration ("1h 30m", "4 小时 30 分"). */
  durationSeparator: string;
}

/** `locales/` at the package root. */
export const LOCALE_DIR = packagePath("locales/");

const loaded = new Map<Locale, Catalogue>();

/** The catalogue of `locale`, read once per process. A missing or malformed file is a packaging error. */
export function catalogue(locale: Locale): Catalogue {
  let found = loaded.get(locale);
  if (!found) {
    found = readCatalogue(locale);
    loaded.set(locale, found);
  }
  return found;
}

function readCatalogue(locale: Locale): Catalogue {
  if (!LOCALES.includes(locale)) throw new Error(`no catalogue for locale "${locale}"`);
  const file = `${LOCALE_DIR}${locale}.json`;
  const raw = JSON.parse(readFileSync(file, "utf8")) as Partial<Catalogue>;
  const messages = raw.messages;
  if (
    raw.locale !== locale ||
    typeof raw.language !== "string" ||
    !raw.formats ||
    !messages ||
    typeof messages !== "object" ||
    Object.values(messages).some((m) => typeof m !== "string")
  ) {
    throw new Error(`${file} is not a message catalogue for ${locale}`);
  }
  return raw as Catalogue;
}
