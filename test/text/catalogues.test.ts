import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../src/core/locale.js";
import { catalogue, LOCALE_DIR } from "../../src/text/catalogue.js";
import { READER_TEXT_KEYS } from "../../src/text/reader-texts.js";

/** The arguments of an ICU message and, for plural and select, their kind: `count:plural`, `name`. */
type Element = { type: number; value?: string; options?: Record<string, { value: Element[] }> };
function argumentsOf(elements: readonly Element[], out = new Map<string, string>()): Map<string, string> {
  for (const e of elements) {
    // 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural (FormatJS AST)
    if (e.type >= 1 && e.type <= 6 && e.value !== undefined) {
      const kind = e.type === 5 || e.type === 6 ? "choice" : "simple";
      if (!out.has(e.value) || kind === "choice") out.set(e.value, kind);
    }
    for (const option of Object.values(e.options ?? {})) argumentsOf(option.value, out);
  }
  return out;
}

function pluralCategories(elements: readonly Element[], out: string[][] = []): string[][] {
  for (const e of elements) {
    if (e.type === 6) out.push(Object.keys(e.options ?? {}));
    for (const option of Object.values(e.options ?? {})) pluralCategories(option.value, out);
  }
  return out;
}

const en = catalogue("en");

describe("message catalogues (locales/*.json)", () => {
  it("exist for exactly the locales of core/locale.ts", () => {
    expect(
      readdirSync(LOCALE_DIR)
        .filter((f) => f.endsWith(".json"))
        .map((f) => f.replace(/\.json$/, ""))
        .sort(),
    ).toEqual([...LOCALES].sort());
  });

  for (const locale of LOCALES) {
    const cat = catalogue(locale);
    it(`${locale}: every key of en and no other`, () => {
      expect(Object.keys(cat.messages).sort()).toEqual(Object.keys(en.messages).sort());
    });

    it(`${locale}: every message parses, with the placeholders of the English one`, () => {
      for (const [key, pattern] of Object.entries(cat.messages)) {
        const ast = new IntlMessageFormat(pattern, cat.formats.intl).getAst() as unknown as Element[];
        const english = new IntlMessageFormat(en.messages[key]!, "en").getAst() as unknown as Element[];
        expect([...argumentsOf(ast).keys()].sort(), `${locale} ${key}`).toEqual(
          [...argumentsOf(english).keys()].sort(),
        );
      }
    });

    it(`${locale}: plurals use the language's categories and always have "other"`, () => {
      const categories = new Intl.PluralRules(cat.formats.intl).resolvedOptions().pluralCategories;
      for (const [key, pattern] of Object.entries(cat.messages)) {
        const ast = new IntlMessageFormat(pattern, cat.formats.intl).getAst() as unknown as Element[];
        for (const keys of pluralCategories(ast)) {
          expect(keys, `${locale} ${key}`).toContain("other");
          for (const k of keys) {
            expect(
              k.startsWith("=") || categories.includes(k as Intl.LDMLPluralRule),
              `${locale} ${key}: ${k}`,
            ).toBe(true);
          }
        }
      }
    });

    it(`${locale}: Intl knows its tag, and its formats are complete`, () => {
      expect(Intl.NumberFormat.supportedLocalesOf([cat.formats.intl])).toEqual([cat.formats.intl]);
      expect(["iso", "intl"]).toContain(cat.formats.numericDate);
      expect(["code", "symbol"]).toContain(cat.formats.currencyDisplay);
      expect(typeof cat.formats.durationSeparator).toBe("string");
      expect(cat.language).not.toBe("");
    });
  }

  it("have every key the reader texts need", () => {
    for (const key of READER_TEXT_KEYS) expect(Object.hasOwn(en.messages, key), key).toBe(true);
  });

  it("are plain text: no Markdown or HTML markup that a format would have to undo", () => {
    for (const locale of LOCALES) {
      for (const [key, text] of Object.entries(catalogue(locale).messages)) {
        expect(text, `${locale} ${key}`).not.toMatch(/<[a-z/]|\*\*|\|/i);
      }
    }
  });

  it("are shipped with the package", () => {
    const pkg = JSON.parse(readFileSync(join(LOCALE_DIR, "../package.json"), "utf8")) as { files: string[] };
    expect(pkg.files).toContain("locales");
  });
});
