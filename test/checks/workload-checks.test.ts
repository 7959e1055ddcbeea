import { describe, expect, it } from "vitest";
import { BASE, brief, sla, validateFiles } from "../helpers/validate-harness.js";

const DESK = `apiVersion: slm/v1
kind: DataSource
metadata: { name: desk }
spec:
  type: tickets
  columns: { id: id, service: service, priority: priority, opened: opened, responded: responded }
`;

const codes = (files: Record<string, string>) =>
  validateFiles({ ...BASE, ...files }).map((d) => `${d.code} ${d.pointer}`);

describe("workload limits (SPEC §15) in validate", () => {
  it("accepts a tickets limit and a target bound to it", () => {
    const text = sla(`  workload:
    - { name: p1-tickets, measure: tickets, priority: P1, max: 20, per: month }
  targets:
    - { name: p1-response, metric: response-time, priority: P1, threshold: 15m, objective: 95%, workload: p1-tickets }
`);
    expect(brief(validateFiles({ ...BASE, "sla.yaml": text, "desk.yaml": DESK }))).toEqual([]);
  });

  it("a target's unknown workload name, with the closest name suggested", () => {
    const text = sla(`  workload:
    - { name: p1-tickets, measure: tickets, max: 20 }
  targets:
    - { name: a, metric: response-time, threshold: 15m, objective: 95%, workload: p1-tickts }
`);
    const found = validateFiles({ ...BASE, "sla.yaml": text, "desk.yaml": DESK });
    expect(found.map((d) => [d.code, d.pointer, d.suggestion])).toEqual([
      ["ref/unknown-workload", "/spec/targets/0/workload", "p1-tickets"],
    ]);
    expect(found[0]!.message).toContain('workload "p1-tickts" is not a workload limit of SLA "acme-email"');
  });

  it("a bad measure is a schema error", () => {
    const text = sla(`  workload:
    - { name: x, measure: calls, max: 20 }
  targets:
    - { name: a, metric: response-time, threshold: 15m, objective: 95% }
`);
    expect(codes({ "sla.yaml": text, "desk.yaml": DESK })).toEqual(["schema/enum /spec/workload/0/measure"]);
  });

  it("requests without a metrics source; a named source of the wrong type; an unknown source", () => {
    const text = sla(`  workload:
    - { name: calls, measure: requests, max: 1000 }
    - { name: named, measure: requests, max: 1000, source: desk }
    - { name: ghost, measure: tickets, max: 10, source: nowhere }
  targets:
    - { name: a, metric: response-time, threshold: 15m, objective: 95% }
`);
    const found = validateFiles({ ...BASE, "sla.yaml": text, "desk.yaml": DESK });
    expect(found.map((d) => `${d.code} ${d.pointer}`)).toEqual([
      "workload/no-source /spec/workload/0",
      "workload/no-source /spec/workload/1/source",
      "ref/unknown-data-source /spec/workload/2/source",
    ]);
    expect(found[0]!.message).toBe(
      'workload "calls" (requests): no DataSource of type metrics serves service email to count requests',
    );
  });

  it("duplicate names and settings that do not fit the measure", () => {
    const gw = `apiVersion: slm/v1
kind: DataSource
metadata: { name: gw }
spec:
  type: metrics
  columns: { timestamp: t, service: s, metric: m, good: g, total: n }
`;
    const text = sla(`  workload:
    - { name: w, measure: requests, priority: P1, max: 1000 }
    - { name: w, measure: tickets, metric: calls, max: 10 }
  targets:
    - { name: a, metric: response-time, threshold: 15m, objective: 95% }
`);
    expect(codes({ "sla.yaml": text, "desk.yaml": DESK, "gw.yaml": gw }).sort()).toEqual(
      [
        "workload/invalid-setting /spec/workload/0/priority",
        "workload/duplicate-name /spec/workload/1/name",
        "workload/invalid-setting /spec/workload/1/metric",
      ].sort(),
    );
  });
});
