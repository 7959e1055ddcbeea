import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadAll } from "js-yaml";
import { globSync } from "tinyglobby";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { EXAMPLES, ROOT } from "../helpers/paths.js";
import { strictAjv } from "../helpers/strict-ajv.js";

// The published schemas as other tools use them (issue 13): any draft-2020-12 validator, any YAML loader.

const DIR = join(ROOT, "schemas");
// biome-ignore lint/suspicious/noExplicitAny: JSON Schema documents, read field by field
type Json = any;
const files = readdirSync(DIR).map(
  (f) => JSON.parse(readFileSync(join(DIR, f), "utf8")) as Record<string, unknown>,
);
/** The agreement files of an example repository (the Northwind one holds the China one in china/). */
const agreementFiles = (dir: string) =>
  globSync(["**/*.yaml"], { cwd: dir, ignore: ["**/slm.config.yaml", "china/**"], absolute: true }).sort();
const exampleFiles = agreementFiles(EXAMPLES);
const allExampleFiles = [...exampleFiles, ...agreementFiles(join(EXAMPLES, "china"))];

const strict = () => strictAjv(files);

const document = () => strict().getSchema("https://slm.dev/schemas/document.schema.json")!;

function hasDate(value: unknown): boolean {
  if (value instanceof Date) return true;
  if (Array.isArray(value)) return value.some(hasDate);
  if (value && typeof value === "object") return Object.values(value).some(hasDate);
  return false;
}

describe("published schemas for third-party validators", () => {
  it("hold no slm keyword, no union type, a title on every definition and the defaults slm applies", () => {
    const text = JSON.stringify(files);
    expect(text).not.toContain("slmValue");
    const walk = (node: unknown, path: string, found: string[]): string[] => {
      if (Array.isArray(node)) {
        for (const [i, n] of node.entries()) walk(n, `${path}/${i}`, found);
      } else if (node && typeof node === "object") {
        for (const [k, v] of Object.entries(node)) {
          if (k === "type" && Array.isArray(v)) found.push(path);
          if (k !== "examples" && k !== "default") walk(v, `${path}/${k}`, found);
        }
      }
      return found;
    };
    expect(walk(files, "", [])).toEqual([]);
    for (const schema of files) {
      for (const [name, def] of Object.entries((schema.$defs ?? {}) as Record<string, { title?: string }>)) {
        expect(def.title, `${String(schema.$id)} $defs/${name}`).toBeDefined();
        // Editors say `Expected "<title>"`: words for people, never an internal camelCase name.
        expect(def.title, name).not.toMatch(/^[a-z]+([A-Z][a-z]*)+$/);
      }
    }
    const sla = files.find((s) => s.$id === "https://slm.dev/schemas/sla.schema.json") as Json;
    const spec = sla.$defs.agreementSpec.properties;
    expect(spec.creditCap.default).toBe("100%");
    expect(spec.severity.properties.minor.default).toBe("150%");
    expect(sla.$defs.target.properties.window.default).toBe("month");
    const config = files.find((s) => s.$id === "https://slm.dev/schemas/slm-config.schema.json") as Json;
    expect(config.properties.exclude.default).toEqual(["reports/**", "node_modules/**", ".github/**"]);
    expect(config.properties.reports.properties.trend.default).toBe(6);
  });

  it("compile in plain strict ajv and accept every example as js-yaml loads it (unquoted dates as Date objects)", () => {
    const validate = document();
    const docs = exampleFiles.flatMap((f) => loadAll(readFileSync(f, "utf8")) as Record<string, unknown>[]);
    // 56, the csat-survey DataSource (SPEC §15), the SLI menu's OLA dba-backups with its two DataSources (SPEC §22), and the three templates of examples/templates/ (SPEC §21).
    expect(docs).toHaveLength(63);
    // The figure: js-yaml's default schema turns the unquoted dates of 18 documents into Dates, plus the 4 Improvements of examples/improvements/ (raised, due, done), plus dba-backups, plus the corporate template's term start.
    expect(docs.filter(hasDate)).toHaveLength(24);
    // The China example too (make-up working days, part-day holidays, business-day thresholds).
    const all = allExampleFiles.flatMap((f) => loadAll(readFileSync(f, "utf8")) as Record<string, unknown>[]);
    expect(all.length).toBeGreaterThan(docs.length);
    const failing = all.filter((d) => !validate(d)).map((d) => (d.metadata as { name: string }).name);
    expect(failing).toEqual([]);
  });

  it("accept every example as YAML 1.2 loaders read it (eemeli/yaml, js-yaml's CORE_SCHEMA), and the config", async () => {
    const { CORE_SCHEMA } = await import("js-yaml");
    const validate = document();
    for (const f of allExampleFiles) {
      const text = readFileSync(f, "utf8");
      for (const d of parseAllDocuments(text)) expect(validate(d.toJS()), f).toBe(true);
      for (const d of loadAll(text, undefined, { schema: CORE_SCHEMA })) expect(validate(d), f).toBe(true);
    }
    const config = strict().getSchema("https://slm.dev/schemas/slm-config.schema.json")!;
    expect(
      config(parseAllDocuments(readFileSync(join(EXAMPLES, "slm.config.yaml"), "utf8"))[0]!.toJS()),
    ).toBe(true);
  });

  it("reject what slm rejects, as far as a pattern can tell", () => {
    const validate = strict().getSchema("https://slm.dev/schemas/sla.schema.json")!;
    const sla = (
      target: Record<string, unknown>,
      term: Record<string, unknown> = { start: "2024-01-01" },
    ) => ({
      apiVersion: "slm/v1",
      kind: "SLA",
      metadata: { name: "acme-email" },
      spec: { service: "email", provider: "it", customer: "acme", term, targets: [{ name: "t", ...target }] },
    });
    const ok = { metric: "availability", objective: "99.9%" };
    expect(validate(sla(ok))).toBe(true);
    expect(validate(sla({ ...ok, objective: 99.95 }))).toBe(true);
    expect(validate(sla({ metric: "latency", objective: "99%", threshold: "500ms" }))).toBe(true);
    expect(validate(sla({ metric: "latency", objective: "99%", threshold: "PT0.5S" }))).toBe(true);
    for (const [what, target, term] of [
      ["objective above 100%", { ...ok, objective: "100.5%" }],
      ["objective above 100", { ...ok, objective: 101 }],
      ["objective with 8 decimals", { ...ok, objective: "99.12345678%" }],
      ["duration in words", { metric: "latency", objective: "99%", threshold: "500 milliseconds" }],
      ["ISO duration ending in T", { metric: "latency", objective: "99%", threshold: "P1DT" }],
      ["month 13", ok, { start: "2024-13-01" }],
      ["day 32", ok, { start: "2024-01-32" }],
      ["a number for a date", ok, { start: 20240101 }],
      ["an unknown property", { ...ok, calender: "24x7" }],
      ["a name with capitals", { ...ok, name: "Availability" }],
    ] as [string, Record<string, unknown>, Record<string, unknown>?][]) {
      expect(validate(sla(target, term)), what).toBe(false);
    }
  });

  it("accept every example with Python's jsonschema and PyYAML (unquoted dates as datetime.date)", (context) => {
    const probe = spawnSync("python3", ["-c", "import jsonschema, yaml, referencing"], { encoding: "utf8" });
    if (probe.status !== 0) {
      context.skip("python3 with jsonschema and PyYAML is not installed");
      return;
    }
    const script = `
import json, sys, yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
schemas = [json.load(open(f)) for f in sys.argv[2:]]
for s in schemas: Draft202012Validator.check_schema(s)
registry = Registry().with_resources([(s["$id"], Resource.from_contents(s)) for s in schemas])
document = next(s for s in schemas if s["$id"].endswith("/document.schema.json"))
validator = Draft202012Validator(document, registry=registry)
docs = [d for f in sys.argv[1].split("\\n") for d in yaml.safe_load_all(open(f))]
bad = [d["metadata"]["name"] for d in docs if list(validator.iter_errors(d))]
print(json.dumps({"documents": len(docs), "failing": bad}))
`;
    const r = spawnSync(
      "python3",
      ["-c", script, allExampleFiles.join("\n"), ...readdirSync(DIR).map((f) => join(DIR, f))],
      { encoding: "utf8" },
    );
    expect(r.stderr).toBe("");
    const expected = allExampleFiles.flatMap((f) => loadAll(readFileSync(f, "utf8"))).length;
    expect(JSON.parse(r.stdout)).toEqual({ documents: expected, failing: [] });
  });
});
