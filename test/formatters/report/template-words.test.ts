import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TEMPLATE_DIR } from "../../../src/formatters/report/render-template.js";
import { catalogue } from "../../../src/text/catalogue.js";

/**
 * The built-in templates hold no words of their own: every word is a catalogue message
 * (`{{t "key"}}`), so a report is entirely in its locale. What is left once Handlebars
 * expressions, comments, tags and Markdown syntax are taken out must have no letters.
 */
const templates = [
  ...["report.md.hbs", "report.html.hbs"].map((f) => join(TEMPLATE_DIR, f)),
  ...readdirSync(join(TEMPLATE_DIR, "partials"))
    .filter((f) => f.endsWith(".hbs") && f !== "html-styles.hbs") // CSS: property names and font families
    .map((f) => join(TEMPLATE_DIR, "partials", f)),
];

function literalText(source: string): string {
  return source
    .replace(/\{\{!--[\s\S]*?--\}\}/g, " ")
    .replace(/\{\{![\s\S]*?\}\}/g, " ")
    .replace(/\{\{[\s\S]*?\}\}/g, " ")
    .replace(/<!DOCTYPE html>/gi, " ")
    .replace(/<[^>]*>/g, " ");
}

describe("built-in templates", () => {
  it("are found (the scan below is not vacuous)", () => {
    expect(templates.length).toBeGreaterThan(15);
  });

  for (const file of templates) {
    it(`${file.slice(TEMPLATE_DIR.length)}: no literal words outside {{t}}`, () => {
      const words = literalText(readFileSync(file, "utf8")).match(/\p{L}[\p{L}\p{N}-]*/gu) ?? [];
      expect(words).toEqual([]);
    });
  }

  it("name only message keys the catalogue has", () => {
    const keys = new Set(Object.keys(catalogue("en").messages));
    const used = new Set<string>();
    for (const file of templates) {
      const source = readFileSync(file, "utf8").replace(/\{\{!--[\s\S]*?--\}\}/g, " ");
      for (const m of source.matchAll(/\((?:t|tParts) "([^"]+)"|\{\{t "([^"]+)"/g)) used.add(m[1] ?? m[2]!);
    }
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter((k) => !keys.has(k))).toEqual([]);
  });

  it("the scan finds a word when one is there", () => {
    expect(literalText('<p>{{t "report.heading.summary"}} Summary</p>').match(/\p{L}+/gu)).toEqual([
      "Summary",
    ]);
  });
});
