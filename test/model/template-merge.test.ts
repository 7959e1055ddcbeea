import { describe, expect, it } from "vitest";
import { effectiveDocuments } from "../../src/model/effective-agreements.js";
import { parseYamlFile } from "../../src/repository/yaml-file.js";
import { BASE, brief, validateFiles } from "../helpers/validate-harness.js";

/** The effective spec of the agreement `name` in the given files, and the resolution's findings. */
function effective(files: Record<string, string>, name = "acme-email") {
  const documents = Object.entries(files).flatMap(([file, text]) => parseYamlFile(file, text).documents);
  const result = effectiveDocuments(documents);
  const doc = result.documents.find(
    (d) => (d.value as { metadata?: { name?: string } }).metadata?.name === name && d.origins,
  );
  return {
    // Empty when the agreement has no effective document: every expectation on it then fails.
    spec: (doc?.value as { spec: Record<string, unknown> } | undefined)?.spec ?? {},
    doc,
    codes: result.diagnostics.map((d) => `${d.code} ${d.file}:${d.line} ${d.message}`),
  };
}

const template = (name: string, spec: string) =>
  `apiVersion: slm/v1\nkind: Template\nmetadata: { name: ${name} }\nspec:\n${spec}`;
const agreement = (spec: string, kind = "SLA", name = "acme-email") =>
  `apiVersion: slm/v1\nkind: ${kind}\nmetadata: { name: ${name} }\nspec:\n${spec}`;

const GOLD = template(
  "gold",
  `  applies: [SLA]
  calendar: business-hours-de
  review: { every: 1y }
  creditCap: 50%
  targets:
    - { name: availability, metric: availability, objective: 99.9%, credits: [{ below: 99.9%, credit: 10% }] }
    - { name: p1-response, metric: response-time, priority: P1, threshold: 15m, objective: 95% }
`,
);

describe("the merge rule (SPEC §21)", () => {
  it("merges mappings key by key: review {every} from the template, {last} from the agreement", () => {
    const { spec } = effective({
      "t.yaml": GOLD,
      "a.yaml": agreement("  extends: [gold]\n  review: { last: 2024-01-15 }\n"),
    });
    expect(spec.review).toEqual({ every: "1y", last: "2024-01-15" });
    expect(spec.calendar).toBe("business-hours-de");
  });

  it("overrides an inherited target's fields by name, keeping the others", () => {
    const { spec, codes } = effective({
      "t.yaml": GOLD,
      "a.yaml": agreement("  extends: [gold]\n  targets:\n    - { name: p1-response, threshold: 10m }\n"),
    });
    expect(codes).toEqual([]);
    expect(spec.targets).toEqual([
      {
        name: "availability",
        metric: "availability",
        objective: "99.9%",
        credits: [{ below: "99.9%", credit: "10%" }],
      },
      { name: "p1-response", metric: "response-time", priority: "P1", threshold: "10m", objective: "95%" },
    ]);
  });

  it("drops an inherited target with remove: true and appends a new complete one", () => {
    const { spec, codes } = effective({
      "t.yaml": GOLD,
      "a.yaml": agreement(`  extends: [gold]
  targets:
    - { name: availability, remove: true }
    - { name: api-latency, metric: latency, threshold: 500ms, objective: 99% }
`),
    });
    expect(codes).toEqual([]);
    expect((spec.targets as { name: string }[]).map((t) => t.name)).toEqual(["p1-response", "api-latency"]);
    // `remove` is the merge's instruction, never a field of the effective target.
    expect(JSON.stringify(spec.targets)).not.toContain("remove");
  });

  it("replaces other lists whole (credits of an overridden target)", () => {
    const { spec } = effective({
      "t.yaml": GOLD,
      "a.yaml": agreement(`  extends: [gold]
  targets:
    - name: availability
      credits: [{ below: 99.5%, credit: 20% }, { below: 99%, credit: 40% }]
`),
    });
    const availability = (spec.targets as Record<string, unknown>[])[0]!;
    expect(availability.credits).toEqual([
      { below: "99.5%", credit: "20%" },
      { below: "99%", credit: "40%" },
    ]);
    expect(availability.objective).toBe("99.9%");
  });

  it("merges extends in order, then the agreement's own fields (later wins)", () => {
    const { spec } = effective({
      "t.yaml": `${template("corporate", "  provider: it-services\n  creditCap: 100%\n  calendar: 24x7\n")}---\n${GOLD}`,
      "a.yaml": agreement("  extends: [corporate, gold]\n  calendar: extended-hours\n"),
    });
    expect(spec.provider).toBe("it-services");
    expect(spec.creditCap).toBe("50%"); // gold after corporate
    expect(spec.calendar).toBe("extended-hours"); // the agreement last
  });

  it("follows template chains: a template extending a template, overriding its target", () => {
    const { spec, doc } = effective({
      "t.yaml": `${GOLD}---\n${template(
        "gold-plus",
        "  extends: [gold]\n  targets:\n    - { name: availability, objective: 99.95% }\n",
      )}`,
      "a.yaml": agreement("  extends: [gold-plus]\n"),
    });
    expect((spec.targets as Record<string, unknown>[])[0]!.objective).toBe("99.95%");
    expect(doc?.templates?.map((t) => t.name)).toEqual(["gold", "gold-plus"]);
  });

  it("reports a cycle of templates at the extends entry that closes it", () => {
    const { codes } = effective({
      "t.yaml": `${template("a", "  extends: [b]\n")}---\n${template("b", "  extends: [a]\n")}`,
      "s.yaml": agreement("  extends: [a]\n"),
    });
    // One finding per cycle, at the entry where following the chain from the first template returns.
    expect(codes).toEqual(["template/cycle t.yaml:11 template cycle: a → b → a"]);
  });

  it("reports a template extending itself", () => {
    const { codes } = effective({ "t.yaml": template("a", "  extends: [a]\n") });
    expect(codes).toEqual(["template/cycle t.yaml:5 template cycle: a → a"]);
  });

  it("refuses a kind the template does not apply to", () => {
    const { codes } = effective({
      "t.yaml": GOLD,
      "o.yaml": agreement("  extends: [gold]\n", "OLA", "acme-email"),
    });
    expect(codes).toEqual([
      'template/not-applicable o.yaml:5 template "gold" applies to SLA only; an OLA cannot extend it',
    ]);
  });

  it("applies to SLA, OLA and UC by default", () => {
    const { codes } = effective({
      "t.yaml": template("corporate", "  provider: it-services\n"),
      "o.yaml": agreement("  extends: [corporate]\n", "UC", "acme-email"),
    });
    expect(codes).toEqual([]);
  });

  it("tells an override of nothing from a new target: a new target has a metric", () => {
    const { codes, spec } = effective({
      "t.yaml": GOLD,
      "a.yaml": agreement(`  extends: [gold]
  targets:
    - { name: p1-respons, threshold: 10m }
    - { name: uptime, remove: true }
`),
    });
    expect(codes).toEqual([
      'template/unknown-target a.yaml:7 target "p1-respons" names no inherited target (inherited: availability, p1-response); a new target needs its metric and objective',
      'template/unknown-target a.yaml:8 target "uptime" is removed, but no inherited target has this name (inherited: availability, p1-response)',
    ]);
    expect((spec.targets as unknown[]).length).toBe(2);
  });
});

describe("validation of effective agreements (SPEC §21, §4)", () => {
  it("keeps two new targets of the same name apart, for target/duplicate-name", () => {
    const diagnostics = validateFiles(
      files(
        agreement(
          `  extends: [gold]\n${SLA_HEAD}  targets:\n    - { name: x, metric: availability, objective: 99% }\n    - { name: x, metric: availability, objective: 98% }\n`,
        ),
      ),
    );
    expect(diagnostics.map((d) => `${d.code} ${d.file}:${d.line}`)).toEqual([
      "target/duplicate-name sla.yaml:13",
    ]);
  });

  const files = (sla: string, templates = GOLD) => ({
    ...BASE,
    "calendars.yaml":
      'apiVersion: slm/v1\nkind: Calendar\nmetadata: { name: business-hours-de }\nspec:\n  timezone: Europe/Berlin\n  hours: [{ days: [mon, tue, wed, thu, fri], from: "08:00", to: "18:00" }]\n',
    "templates.yaml": templates,
    "sla.yaml": sla,
  });
  const SLA_HEAD = `  service: email
  provider: it-services
  customer: acme
  term: { start: 2024-01-01 }
  review: { last: 2024-01-15 }
`;

  it("accepts an SLA that omits the required fields its template provides", () => {
    expect(brief(validateFiles(files(agreement(`  extends: [gold]\n${SLA_HEAD}`))))).toEqual([]);
  });

  it("reports an unknown template with did-you-mean, and no noise about fields it would give", () => {
    const diagnostics = validateFiles(files(agreement(`  extends: [goldd]\n${SLA_HEAD}`)));
    expect(brief(diagnostics)).toEqual([
      'template/unknown 5:13 extends "goldd", which is not a known Template (did you mean "gold"?)',
    ]);
    expect(diagnostics[0]!.file).toBe("sla.yaml");
  });

  it("reports a bad inherited value at the template's line, related to the agreement's extends entry", () => {
    const bad = GOLD.replace("objective: 99.9%", "objective: 120%");
    const diagnostics = validateFiles(files(agreement(`  extends: [gold]\n${SLA_HEAD}`), bad));
    // templates.yaml line 10 is the availability target; "    - { name: availability, metric: availability, objective: " is 61 characters.
    expect(diagnostics.map((d) => `${d.code} ${d.file}:${d.line}:${d.column}`)).toEqual([
      "schema/invalid-value templates.yaml:10:62",
    ]);
    expect(diagnostics[0]!.related).toEqual([
      {
        file: "sla.yaml",
        line: 5,
        column: 13,
        pointer: "/spec/extends/0",
        message: "inherited by SLA/acme-email",
      },
    ]);
  });

  it("reports a semantic finding on an inherited value at the template's line (unknown calendar)", () => {
    const bad = GOLD.replace("calendar: business-hours-de", "calendar: business-hours-fr");
    const diagnostics = validateFiles(files(agreement(`  extends: [gold]\n${SLA_HEAD}`), bad));
    expect(diagnostics.map((d) => `${d.code} ${d.file}:${d.line}`)).toEqual([
      "ref/unknown-calendar templates.yaml:6",
    ]);
    expect(diagnostics[0]!.related?.map((r) => `${r.file}:${r.line} ${r.message}`)).toEqual([
      "sla.yaml:5 inherited by SLA/acme-email",
    ]);
  });

  it("reports a required field still missing after the merge at the agreement", () => {
    const diagnostics = validateFiles(
      files(
        agreement(`  extends: [gold]\n  service: email\n  customer: acme\n  term: { start: 2024-01-01 }\n`),
      ),
    );
    expect(brief(diagnostics)).toEqual(['schema/required 5:3 missing required property "provider"']);
    expect(diagnostics[0]!.file).toBe("sla.yaml");
  });

  it("reports one finding in a template used by several agreements, related to each", () => {
    const bad = GOLD.replace("objective: 99.9%", "objective: 120%");
    const two = `${agreement(`  extends: [gold]\n${SLA_HEAD}`)}---\n${agreement(`  extends: [gold]\n${SLA_HEAD}`, "SLA", "acme-crm")}`;
    const diagnostics = validateFiles(files(two, bad));
    expect(diagnostics.length).toBe(1);
    expect(diagnostics[0]!.related?.map((r) => r.message)).toEqual([
      "inherited by SLA/acme-email",
      "inherited by SLA/acme-crm",
    ]);
  });

  it("validates a template on its own against the partial schema", () => {
    const diagnostics = validateFiles(
      files(
        agreement(`  extends: [gold]\n${SLA_HEAD}`),
        GOLD.replace("creditCap: 50%", "creditCap: 50%\n  colour: gold"),
      ),
    );
    expect(brief(diagnostics).map((l) => l.split(" ")[0])).toEqual(["schema/unknown-property"]);
    expect(diagnostics[0]!.file).toBe("templates.yaml");
  });
});
