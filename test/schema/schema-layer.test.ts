import { describe, expect, it } from "vitest";
import { BASE, brief, sla, validateFiles } from "../helpers/validate-harness.js";

const TARGETS = `  targets:
    - { name: availability, metric: availability, objective: 99.9% }
`;

describe("document envelope", () => {
  it("accepts a valid repository without findings", () => {
    expect(validateFiles({ ...BASE, "sla.yaml": sla(TARGETS) })).toEqual([]);
  });

  it("reports an unknown kind and apiVersion at their values", () => {
    const text = "apiVersion: openslo/v1\nkind: SLO\nmetadata: { name: x }\nspec: {}\n";
    expect(brief(validateFiles({ "a.yaml": text }))).toEqual([
      'schema/unknown-api-version 1:13 unknown apiVersion "openslo/v1" (expected slm/v1; is this an slm document?)',
      'schema/unknown-kind 2:7 unknown kind "SLO" (expected one of: Service, Calendar, Party, SLA, OLA, UC, DataSource, Improvement, Template)',
    ]);
  });

  it("suggests the kind an slm document probably meant", () => {
    const text = "apiVersion: slm/v1\nkind: Servce\nmetadata: { name: x }\nspec: {}\n";
    expect(brief(validateFiles({ "a.yaml": text }))).toEqual([
      'schema/unknown-kind 2:7 unknown kind "Servce" (expected one of: Service, Calendar, Party, SLA, OLA, UC, DataSource, Improvement, Template) (did you mean "Service"?)',
    ]);
  });

  it("reports a missing kind at the document start", () => {
    expect(brief(validateFiles({ "a.yaml": "apiVersion: slm/v1\nmetadata: { name: x }\n" }))).toEqual([
      "schema/unknown-kind 1:1 missing kind (expected one of: Service, Calendar, Party, SLA, OLA, UC, DataSource, Improvement, Template)",
    ]);
  });

  it("says once that other YAML (no apiVersion, no kind) is not an slm document, and how to exclude it", () => {
    expect(brief(validateFiles({ "docker-compose.yaml": "services:\n  web:\n    image: nginx\n" }))).toEqual([
      "schema/unknown-api-version 1:1 not an slm document (no apiVersion or kind): if it is some other YAML, add it to `exclude` in slm.config.yaml",
    ]);
  });

  it("refuses lists and scalars as documents", () => {
    expect(brief(validateFiles({ "a.yaml": "- a\n- b\n", "b.yaml": "hello\n" }))).toEqual([
      "document/not-a-mapping 1:1 document is a list; an slm document is a mapping with apiVersion, kind, metadata and spec",
      'document/not-a-mapping 1:1 document is the string "hello"; an slm document is a mapping with apiVersion, kind, metadata and spec',
    ]);
  });

  it("warns about an empty document and a file without documents", () => {
    const text = `${sla(TARGETS)}---\n`;
    expect(brief(validateFiles({ ...BASE, "sla.yaml": text, "empty.yaml": "# nothing yet\n" }))).toEqual([
      "file/empty 1:1 file holds no YAML document",
      "document/empty 12:1 empty document (nothing between the --- markers)",
    ]);
  });
});

describe("JSON Schema diagnostics", () => {
  it("points a missing property at its parent and an unknown one at its key, with a suggestion", () => {
    const text = "apiVersion: slm/v1\nkind: Service\nmetadata: { name: email }\nspec:\n  ownr: it-services\n";
    expect(brief(validateFiles({ "a.yaml": text }))).toEqual([
      'schema/required 5:3 missing required property "owner"',
      'schema/unknown-property 5:3 unknown property "ownr" (did you mean "owner"?)',
    ]);
  });

  it("uses the value parsers' messages: Feb 30, 24:30, unknown time zones", () => {
    const text = `apiVersion: slm/v1
kind: Calendar
metadata: { name: hours }
spec:
  timezone: Europe/Berln
  hours:
    - { days: [mon], from: "24:30", to: "18:00" }
  holidays: [2024-02-30]
`;
    expect(brief(validateFiles({ "a.yaml": text }))).toEqual([
      'schema/invalid-value 5:13 unknown time zone "Europe/Berln" (expected an IANA name like Europe/Berlin or UTC)',
      'schema/invalid-value 7:28 "24:30" is not a time of day (hours 00–23, minutes 00–59; 24:00 ends a day)',
      'schema/invalid-value 8:14 "2024-02-30" does not exist (February 2024 has 29 days)',
    ]);
  });

  it("reports one diagnostic per location, the most specific one", () => {
    const text = sla(`  targets:
    - { name: a, metric: availability, objective: [99] }
    - { name: b, metric: uptime, objective: 150%, window: monthly }
`);
    expect(brief(validateFiles({ ...BASE, "sla.yaml": text }))).toEqual([
      'schema/invalid-value 11:51 a percentage is a number 0–100 or a string like "99.9%"',
      'schema/enum 12:26 "uptime" is not one of: availability, response-time, resolution-time, recovery-time, latency, success-rate, satisfaction, freshness, threshold',
      "schema/invalid-value 12:45 150% is above 100%",
      'schema/enum 12:59 "monthly" is not one of: month, quarter, year (did you mean "month"?)',
    ]);
  });

  it("names both forms of a dependency in a type error and checks anyOf groups", () => {
    const text = `apiVersion: slm/v1
kind: Service
metadata: { name: email }
spec:
  owner: it
  dependsOn: [42, { anyOf: [a] }, { allOf: [a, b] }]
`;
    expect(brief(validateFiles({ "a.yaml": text }))).toEqual([
      "schema/type 6:15 must be a string or a mapping, not the integer 42",
      "schema/constraint 6:28 must have at least 2 items",
      'schema/required 6:35 missing required property "anyOf"',
      'schema/unknown-property 6:37 unknown property "allOf" (expected one of: anyOf)',
    ]);
  });

  it("unescapes JSON pointers of keys holding / and ~", () => {
    const text = `apiVersion: slm/v1
kind: Service
metadata:
  name: email
  labels: { "a/b~c": 3 }
spec: { owner: it }
`;
    const [d] = validateFiles({ "a.yaml": text });
    expect(d).toMatchObject({
      code: "schema/type",
      pointer: "/metadata/labels/a~1b~0c",
      line: 5,
      column: 22,
    });
  });

  it("requires at least one target and a term start", () => {
    const text = `apiVersion: slm/v1
kind: OLA
metadata: { name: ops }
spec: { service: email, provider: it-services, customer: it-services, term: {}, targets: [] }
`;
    expect(brief(validateFiles({ ...BASE, "ola.yaml": text }))).toEqual([
      'schema/required 4:77 missing required property "start"',
      "schema/constraint 4:90 must have at least 1 item",
    ]);
  });

  it("validates slm.config.yaml against its own schema", async () => {
    const { validateConfigDocuments } = await import("../../src/schema/validate-documents.js");
    const { parseYamlFile } = await import("../../src/repository/yaml-file.js");
    const parsed = parseYamlFile("slm.config.yaml", "include: '**/*.yaml'\nreports: { format: pdf }\n");
    expect(brief(validateConfigDocuments(parsed.documents))).toEqual([
      'schema/type 1:10 must be a list, not the string "**/*.yaml"',
      'schema/enum 2:20 "pdf" is not one of: md, html, json',
    ]);
  });
});
