import { describe, expect, it } from "vitest";
import { diffAgreements } from "../../src/diff/agreement-diff.js";
import { buildModel } from "../../src/model/build-model.js";
import { parseYamlFile } from "../../src/repository/yaml-file.js";

const sla = (threshold: string) =>
  buildModel(
    parseYamlFile(
      "sla.yaml",
      `apiVersion: slm/v1
kind: SLA
metadata: { name: acme }
spec:
  service: erp
  provider: it
  customer: acme
  term: { start: 2024-01-01 }
  targets:
    - { name: p2, metric: resolution-time, priority: P2, threshold: ${threshold}, objective: 90% }
`,
    ).documents,
  );

describe("agreement diff of business-day thresholds (SPEC §11)", () => {
  it("compares days with days, and calls a switch between hours and days changed", () => {
    const fields = (from: string, to: string) =>
      diffAgreements(sla(from), sla(to)).map((c) => [c.field, c.from, c.to, c.direction]);
    expect(fields("2bd", "3bd")).toEqual([["threshold", "2bd", "3bd", "loosened"]]);
    expect(fields("3bd", "1bd")).toEqual([["threshold", "3bd", "1bd", "tightened"]]);
    expect(fields("2bd", "16h")).toEqual([["threshold", "2bd", "16h", "changed"]]);
    expect(fields("2bd", "2bd")).toEqual([]);
  });
});
