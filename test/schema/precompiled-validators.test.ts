import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import type { ValidateFunction } from "ajv/dist/2020.js";
import { globSync } from "tinyglobby";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { KINDS, type Kind } from "../../src/core/model.js";
import { compileValidators, valueProblem } from "../../src/schema/ajv-instance.js";
import { PRECOMPILED_FILE, standaloneValidatorsSource } from "../../src/schema/standalone-validators.js";
import { ROOT } from "../helpers/paths.js";

type Generated = Record<Kind | "config", ValidateFunction>;

/** The generated module evaluated as CommonJS, requiring ajv's runtime helpers from the project. */
function load(source: string): Generated {
  const module = { exports: {} as unknown };
  new Function("module", "exports", "require", source)(
    module,
    module.exports,
    createRequire(import.meta.url),
  );
  return (module.exports as (check: typeof valueProblem) => Generated)(valueProblem);
}

/** Every slm document of the examples and the fixtures, by kind. */
function documents(): { where: string; kind: Kind; value: Record<string, unknown> }[] {
  const files = globSync(["examples/**/*.yaml", "test/fixtures/**/*.yaml"], { cwd: ROOT, absolute: true });
  const out: { where: string; kind: Kind; value: Record<string, unknown> }[] = [];
  for (const file of files) {
    parseAllDocuments(readFileSync(file, "utf8")).forEach((doc, i) => {
      const value = doc.toJS() as Record<string, unknown> | null;
      if (value && KINDS.includes(value.kind as Kind))
        out.push({ where: `${relative(ROOT, file)}#${i}`, kind: value.kind as Kind, value });
    });
  }
  return out;
}

/**
 * Broken copies of a document, one change each: every mapping loses each of its keys in turn,
 * gains an unknown one, and every scalar becomes the wrong type and a malformed value — the
 * errors of required, additionalProperties, type, enum, slmValue and the combinators.
 */
function* mutations(value: unknown): Generator<unknown> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++)
      for (const m of mutations(value[i])) yield value.map((v, j) => (j === i ? m : v));
    yield [...value, value[0]];
    return;
  }
  if (value && typeof value === "object") {
    const entries = Object.entries(value);
    for (const [key] of entries) yield Object.fromEntries(entries.filter(([k]) => k !== key));
    yield { ...value, unexpectedKey: 1 };
    for (const [key, v] of entries) for (const m of mutations(v)) yield { ...value, [key]: m };
    return;
  }
  if (typeof value === "string") {
    yield 42;
    yield `${value}%x`;
    yield "";
  } else {
    yield "not-a-number";
    yield -1;
  }
}

describe("validators generated at build time (ajv standalone)", () => {
  const generated = load(standaloneValidatorsSource());
  const compiled = compileValidators();

  it("give the compiled validators' verdict and errors on every example and fixture, and on each of their mutations", () => {
    const docs = documents();
    expect(docs.length).toBeGreaterThan(50);
    let cases = 0;
    let invalid = 0;
    const kindsSeen = new Set<Kind>();
    for (const { where, kind, value } of docs) {
      kindsSeen.add(kind);
      for (const candidate of [value, ...mutations(value)]) {
        const want = compiled.kinds[kind](candidate);
        const got = generated[kind](candidate);
        cases++;
        if (!want) invalid++;
        expect({ where, got, errors: generated[kind].errors ?? null }).toEqual({
          where,
          got: want,
          errors: compiled.kinds[kind].errors ?? null,
        });
      }
    }
    expect([...kindsSeen].sort()).toEqual([...KINDS].sort());
    // The mutations must actually break documents: most of them fail, with errors to compare.
    expect(invalid).toBeGreaterThan(cases / 2);
  });

  it("report a malformed value with the value parser's own sentence, as the compiled ones do", () => {
    const sla = {
      apiVersion: "slm/v1",
      kind: "SLA",
      metadata: { name: "x" },
      spec: {
        service: "web",
        provider: "ops",
        customer: "acme",
        term: { start: "2024-02-30" },
        review: { every: "1y", last: "2024-01-01" },
        targets: [{ name: "a", metric: "availability", objective: "99.9%" }],
      },
    };
    expect(generated.SLA(sla)).toBe(false);
    const problem = generated.SLA.errors?.find((e) => e.keyword === "slmValue");
    expect(problem?.instancePath).toBe("/spec/term/start");
    expect(problem?.message).toBe(valueProblem("date", "2024-02-30"));
    expect(problem?.params).toEqual({ kind: "date" });
  });

  it("are what the build wrote into dist/ (the CLI's end-to-end tests run those)", () => {
    const built = readFileSync(join(ROOT, "dist", "schema", PRECOMPILED_FILE), "utf8");
    expect(built).toBe(standaloneValidatorsSource());
  });

  it("check slm.config.yaml as the compiled config validator does", () => {
    for (const config of [
      {},
      { include: ["a/**"] },
      { reports: { out: "../x" } },
      { include: "x" },
      { nope: 1 },
    ]) {
      expect([generated.config(config), generated.config.errors ?? null]).toEqual([
        compiled.config(config),
        compiled.config.errors ?? null,
      ]);
    }
  });
});
