import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { KINDS } from "../../src/core/model.js";
import { KIND_EXAMPLES } from "../../src/schema/examples.js";
import { publishedSchemas } from "../../src/schema/schemas.js";
import { strictAjv } from "../helpers/strict-ajv.js";
import { slm } from "../helpers/validate-harness.js";

const DIR = resolve(import.meta.dirname, "../../schemas");

describe("published JSON Schemas (schemas/)", () => {
  it("are generated from src/schema (SLM_UPDATE_SCHEMAS=1 rewrites them)", () => {
    for (const { file, schema } of publishedSchemas()) {
      const text = `${JSON.stringify(schema, null, 2)}\n`;
      if (process.env.SLM_UPDATE_SCHEMAS === "1") writeFileSync(join(DIR, file), text);
      expect(readFileSync(join(DIR, file), "utf8"), file).toBe(text);
    }
    expect(readdirSync(DIR).sort()).toEqual(
      publishedSchemas()
        .map((s) => s.file)
        .sort(),
    );
  });

  it("all load into one strict ajv, and every kind's example is valid against its file and the document schema", () => {
    const ajv = strictAjv(readdirSync(DIR).map((file) => JSON.parse(readFileSync(join(DIR, file), "utf8"))));
    const document = ajv.getSchema("https://slm.dev/schemas/document.schema.json")!;
    for (const kind of KINDS) {
      const validate = ajv.getSchema(`https://slm.dev/schemas/${kind.toLowerCase()}.schema.json`)!;
      expect(validate(KIND_EXAMPLES[kind]), `${kind}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(document(KIND_EXAMPLES[kind]), kind).toBe(true);
    }
    expect(document({ ...KIND_EXAMPLES.SLA, spec: { service: "x" } })).toBe(false);
  });

  it("give every property a description", () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (!node || typeof node !== "object") return;
      const properties = (node as { properties?: Record<string, { description?: string; $ref?: string }> })
        .properties;
      for (const [name, prop] of Object.entries(properties ?? {})) {
        if (!prop.description && !prop.$ref) missing.push(`${path}/${name}`);
      }
      for (const [key, value] of Object.entries(node))
        if (key !== "examples" && key !== "if") walk(value, `${path}/${key}`);
    };
    for (const { file, schema } of publishedSchemas()) walk(schema, file);
    expect(missing).toEqual([]);
  });
});

describe("slm schema", () => {
  it("prints a kind's schema, case-insensitively, exactly as published", () => {
    const r = slm(["schema", "SLA"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(DIR, "sla.schema.json"), "utf8"));
    expect(slm(["schema"]).stdout).toBe(readFileSync(join(DIR, "document.schema.json"), "utf8"));
  });

  it("lists the schemas", () => {
    expect(slm(["schema", "--list"]).stdout).toBe(
      [
        "service     service.schema.json",
        "calendar    calendar.schema.json",
        "party       party.schema.json",
        "sla         sla.schema.json",
        "ola         ola.schema.json",
        "uc          uc.schema.json",
        "datasource  datasource.schema.json",
        "improvement improvement.schema.json",
        "template    template.schema.json",
        "config      slm-config.schema.json",
        "document    document.schema.json",
        "",
      ].join("\n"),
    );
  });

  it("exits 2 on an unknown kind", () => {
    expect(slm(["schema", "slo"])).toEqual({
      stdout: "",
      stderr:
        'slm: unknown kind "slo" (expected one of: service, calendar, party, sla, ola, uc, datasource, improvement, template, config, document)\n',
      status: 2,
    });
  });
});

describe("docs/diagnostics.md", () => {
  it("documents every diagnostic code with its severity", async () => {
    const { DIAGNOSTIC_CODES } = await import("../../src/core/diagnostic-codes.js");
    const doc = readFileSync(resolve(import.meta.dirname, "../../docs/diagnostics.md"), "utf8");
    for (const [code, { severity }] of Object.entries(DIAGNOSTIC_CODES))
      expect(doc).toContain(`| \`${code}\` | ${severity} |`);
  });
});
