import { describe, expect, it } from "vitest";
import { parseYamlFile } from "../../src/repository/yaml-file.js";

const brief = (text: string) =>
  parseYamlFile("f.yaml", text).diagnostics.map((d) => `${d.code} ${d.line}:${d.column} ${d.message}`);

describe("YAML error messages", () => {
  it("names the duplicated key", () => {
    expect(brief("apiVersion: slm/v1\nkind: Service\nmetadata:\n  name: a\n  name: b\n")).toEqual([
      'yaml/duplicate-key 5:3 duplicate key "name": a key may appear only once in a mapping',
    ]);
  });

  it("reports a tab once, in plain words, instead of a cascade over the following lines", () => {
    expect(
      brief("apiVersion: slm/v1\nkind: Service\nspec:\n\towner: x\n  tier: y\n  description: z\n"),
    ).toEqual([
      "yaml/syntax 4:1 a tab is used for indentation; YAML indents with spaces only (4 more errors in this document may follow from it)",
    ]);
  });

  it("keeps the parser's own message for other mistakes", () => {
    const [message] = brief("kind: [Service\n");
    expect(message).toMatch(/^yaml\/syntax 2:1 /);
  });

  it("reads well-formed files through the fast path with the same values and positions on demand", () => {
    const { documents, diagnostics } = parseYamlFile(
      "f.yaml",
      "apiVersion: slm/v1\nkind: Service\nmetadata:\n  name: a\nspec: { owner: it, tier: 1_000 }\n---\nkind: Party\n",
    );
    expect(diagnostics).toEqual([]);
    // `1_000` is a string in YAML 1.2 (js-yaml would read it as 1000): such files take the full parser.
    expect(documents[0]?.value).toEqual({
      apiVersion: "slm/v1",
      kind: "Service",
      metadata: { name: "a" },
      spec: { owner: "it", tier: "1_000" },
    });
    expect(documents[0]?.sourceMap.locate("/spec/owner")).toEqual({ line: 5, column: 16 });
    expect(documents[1]?.sourceMap.locate("/kind")).toEqual({ line: 7, column: 7 });
    const fast = parseYamlFile("g.yaml", "kind: Service\nmetadata: { name: b }\n");
    expect(fast.documents[0]?.value).toEqual({ kind: "Service", metadata: { name: "b" } });
    expect(fast.documents[0]?.sourceMap.locate("/metadata/name")).toEqual({ line: 2, column: 19 });
  });
});

describe("the fast path agrees with eemeli/yaml, the reference", () => {
  const reference = async (text: string) => {
    const { parseAllDocuments } = await import("yaml");
    return parseAllDocuments(text).map((d) => (d.errors.length ? undefined : d.toJS()));
  };
  it.each([
    ["signed leading-dot numbers", "a: -.5\nb: +.5\n"],
    ["signed hex and octal", "a: -0x1F\nb: +0o17\n"],
    ["null keys", "null: x\n~: y\n"],
    ["a YAML 1.1 directive", "%YAML 1.1\n---\nfrom: 08:00\n"],
    ["a flow list continued on the next line", "holidays: [2024-01-01,\n2024-05-01]\n"],
    ["a complex key", "? [a, b]\n: c\n"],
    [
      "plain documents",
      "apiVersion: slm/v1\nkind: Service\nmetadata: { name: a }\nspec: { owner: it, tier: '1' }\n---\nkind: Party\n",
    ],
    ["numbers and booleans of YAML 1.2", "a: 1e3\nb: 0x1F\nc: .inf\nd: TRUE\ne: yes\nf: 012\n"],
  ])("%s", async (_, text) => {
    const values = parseYamlFile("f.yaml", text).documents.map((d) => d.value);
    expect(values).toEqual(await reference(text));
  });
});
