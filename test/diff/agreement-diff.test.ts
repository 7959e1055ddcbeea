import { describe, expect, it } from "vitest";
import { diffAgreements } from "../../src/diff/agreement-diff.js";
import { buildModel } from "../../src/model/build-model.js";
import { parseYamlFile } from "../../src/repository/yaml-file.js";

const sla = (targets: string, extra = "") =>
  buildModel(
    parseYamlFile(
      "sla.yaml",
      `apiVersion: slm/v1
kind: SLA
metadata: { name: acme-email }
spec:
  service: email
  provider: it
  customer: acme
  term: { start: 2024-01-01 }
${extra}  targets:
${targets}`,
    ).documents,
  );

describe("agreement diff", () => {
  it("calls a higher objective and a shorter threshold tightened, the reverse loosened", () => {
    const base = sla(`    - { name: availability, metric: availability, objective: 99.9% }
    - { name: p1, metric: response-time, priority: P1, threshold: 15m, objective: 95% }
`);
    const head = sla(`    - { name: availability, metric: availability, objective: 99.95% }
    - { name: p1, metric: response-time, priority: P1, threshold: 30m, objective: 95% }
`);
    expect(diffAgreements(base, head)).toEqual([
      {
        kind: "SLA",
        name: "acme-email",
        target: "availability",
        field: "objective",
        from: "99.9%",
        to: "99.95%",
        direction: "tightened",
      },
      {
        kind: "SLA",
        name: "acme-email",
        target: "p1",
        field: "threshold",
        from: "15m",
        to: "30m",
        direction: "loosened",
      },
    ]);
  });

  it("reports targets and agreements added and removed, and plain field changes", () => {
    const base = sla(`    - { name: availability, metric: availability, objective: 99.9% }
`);
    const head = sla(
      `    - { name: latency, metric: latency, threshold: 500ms, objective: 99%, credits: [{ below: 99%, credit: 5% }] }
`,
      "  calendar: business\n",
    );
    const changes = diffAgreements(base, head);
    expect(changes).toEqual([
      {
        kind: "SLA",
        name: "acme-email",
        target: null,
        field: "calendar",
        from: "24x7",
        to: "business",
        direction: "changed",
      },
      {
        kind: "SLA",
        name: "acme-email",
        target: "availability",
        field: "target",
        from: "availability 99.9%",
        to: null,
        direction: "removed",
      },
      {
        kind: "SLA",
        name: "acme-email",
        target: "latency",
        field: "target",
        from: null,
        to: "latency ≤ 500ms 99%",
        direction: "added",
      },
    ]);
    const empty = buildModel([]);
    expect(diffAgreements(empty, head)).toEqual([
      {
        kind: "SLA",
        name: "acme-email",
        target: null,
        field: "agreement",
        from: null,
        to: "SLA for email (it → acme), 1 target",
        direction: "added",
      },
    ]);
  });
});
