import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { measureLayout } from "../../src/repository/yaml-limits.js";

const tooDeepByLayout = (text: string) => measureLayout(text).tooDeepAt;
import { EXAMPLES } from "../helpers/paths.js";

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

describe("nesting estimated from the layout, before any parser runs", () => {
  it("finds the 65th level of 300 nested brackets, lists and mappings", () => {
    // `a: ` then brackets: the root mapping is level 1, so the 64th `[` (offset 3 + 63) is level 65.
    expect(tooDeepByLayout(`a: ${"[".repeat(300)}${"]".repeat(300)}\n`)).toBe(3 + 63);
    // 300 mappings, each key indented two more: the key at indent 2·64 sits in the 65th mapping.
    const block = Array.from({ length: 300 }, (_, i) => `${"  ".repeat(i)}k${i}:\n`).join("");
    expect(tooDeepByLayout(block)).toBe(block.indexOf(`${"  ".repeat(64)}k64:`) + 128);
    // `- - - …`: each item marker nests one more list.
    expect(tooDeepByLayout(`${"- ".repeat(300)}x\n`)).toBe(2 * 64);
  });

  it("does not count brackets in quotes or comments, or nesting the limit allows", () => {
    expect(
      tooDeepByLayout(`a: "${"[".repeat(300)}"\nb: '${"{".repeat(300)}'\n# ${"[".repeat(300)}\n`),
    ).toBeUndefined();
    expect(tooDeepByLayout(`a: it's ${"x".repeat(10)} '${"[".repeat(300)}'\n`)).toBeUndefined();
    // Deeper than 64 but within the estimate's margin: left to the exact check after parsing.
    expect(tooDeepByLayout(`a: ${"[".repeat(200)}${"]".repeat(200)}\n`)).toBeUndefined();
  });

  it("passes every example file", () => {
    for (const file of yamlFiles(EXAMPLES))
      expect(tooDeepByLayout(readFileSync(file, "utf8")), file).toBeUndefined();
  });
});

describe("values counted from the layout", () => {
  it("counts lines with content and the commas of flow collections", () => {
    // 3 lines with content (blank and comment lines do not count), 2 commas in flow, 1 in quotes.
    expect(measureLayout("a: 1\n\n# note\nb: [1, 2, 3]\nc: 'x, y'\n").values).toBe(3 + 2);
  });
});
