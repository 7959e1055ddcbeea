import { afterEach, describe, expect, it } from "vitest";
import type { ReportModel } from "../../src/report/report-model.js";
import { reportFor, runSlm, SERVICE_WEB, slaYaml, tempRepo } from "./helpers.js";

/**
 * Customer satisfaction (SPEC §15). The May responses of acme, by hand (threshold 4):
 *   r1 5, r2 4 (equal to the threshold: satisfied), r3 3, r4 4, r5 2 → r5 is corrected later
 *   (r5 again with 5, dedupe: last) → scores 5, 4, 3, 4, 5: 4 of 5 satisfied = 80%.
 *   beta's r6 (score 1) is another customer's: out of scope.
 * Objective 80%: met exactly at the objective. April: r0 3 → 0 of 1.
 */
const SURVEYS = `response,submitted,svc,rating,case,customer
r0,2024-04-20T09:00:00Z,web,3,T0,acme
r1,2024-05-02T09:00:00Z,web,5,T1,acme
r2,2024-05-03T09:00:00Z,web,4,T2,acme
r3,2024-05-04T09:00:00Z,web,3,T3,acme
r4,2024-05-05T09:00:00Z,web,4,,acme
r5,2024-05-06T09:00:00Z,web,2,T5,acme
r6,2024-05-07T09:00:00Z,web,1,T6,beta
r5,2024-05-08T09:00:00Z,web,5,T5,acme
`;

const SOURCE = `apiVersion: slm/v1
kind: DataSource
metadata: { name: csat }
spec:
  type: surveys
  path: surveys.csv
  dedupe: last
  columns: { id: response, timestamp: submitted, service: svc, score: rating, ticket: case, customer: customer }
`;

const SLA = slaYaml(
  "web-sla",
  "web",
  `  scope: { customer: acme }
  targets:
    - { name: csat, metric: satisfaction, threshold: 4, objective: 80% }
    - { name: csat-strict, metric: satisfaction, threshold: 4.5, objective: 50% }
`,
);

let cleanup = () => {};
afterEach(() => cleanup());

function repo(files: Record<string, string> = {}): string {
  const r = tempRepo({
    "web.yaml": SERVICE_WEB,
    "csat.yaml": SOURCE,
    "surveys.csv": SURVEYS,
    "sla.yaml": SLA,
    ...files,
  });
  cleanup = r.cleanup;
  return r.root;
}

const target = (r: ReportModel, name: string) => r.targets.find((t) => t.name === name)!;

describe("satisfaction from a surveys source (SPEC §15)", () => {
  it("a score equal to the threshold is satisfied; responses deduped by id, in scope", async () => {
    const r = await reportFor(repo(), "web-sla", ["--period", "2024-05"]);
    const csat = target(r, "csat");
    expect(csat).toMatchObject({
      metric: "satisfaction",
      count: 5,
      good: 4,
      status: "met",
      thresholdText: "4",
    });
    expect(csat.value).toBeCloseTo(0.8, 12);
    // Budget as for counted metrics: (1 − 0.8) × 5 = 1 response allowed, 1 used.
    expect(csat.budget.allowed).toBeCloseTo(1, 12);
    expect(csat.budget.consumed).toBeCloseTo(1, 12);
    // ≥ 4.5: r1 and the corrected r5 → 2 of 5 = 40% < 50%: breached, 3 bad of 2.5 allowed = 120% → minor.
    const strict = target(r, "csat-strict");
    expect(strict).toMatchObject({ good: 2, count: 5, status: "breached", severity: "minor" });
  });

  it("reports it in its own words, and in the trend", async () => {
    const root = repo();
    const md = await runSlm(root, [
      "report",
      "--period",
      "2024-05",
      "--sla",
      "web-sla",
      "--out",
      "-",
      "--format",
      "md",
    ]);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain("| csat | responses scored 4 or more, customer acme | 80% | 80% | Met |");
    expect(md.stdout).toContain("csat-strict: 50% of responses scored 4\\.5 or more not achieved");
    const r = await reportFor(root, "web-sla", ["--period", "2024-05"]);
    // April: r0 scored 3 → 0 of 1.
    expect(r.trend.map((p) => [p.period.label, p.targets[0]!.value])).toEqual([["2024-04", 0]]);
  });

  it("coverage says not-applicable, counted in the summary and never failing", async () => {
    const root = repo();
    const c = await runSlm(root, ["coverage", "--format", "json", "--fail-on", "at-risk"]);
    expect(c.code).toBe(0);
    const result = JSON.parse(c.stdout);
    expect(result.targets.map((t: { verdict: string }) => t.verdict)).toEqual([
      "not-applicable",
      "not-applicable",
    ]);
    expect(result.summary).toMatchObject({ covered: 0, "at-risk": 0, uncovered: 0, "not-applicable": 2 });
    const kpi = JSON.parse((await runSlm(root, ["kpi", "--period", "2024-05", "--format", "json"])).stdout);
    expect(kpi.slaTargets).toEqual({ total: 0, covered: 0, atRisk: 0, uncovered: 0 });
    expect(kpi.targets).toMatchObject({ met: 1, breached: 1 });
  });

  it("validate: a duration is not a score, and a score is not a duration", async () => {
    const root = repo({
      "sla.yaml": slaYaml(
        "web-sla",
        "web",
        `  targets:
    - { name: csat, metric: satisfaction, threshold: 4h, objective: 80% }
    - { name: resp, metric: latency, threshold: 4, objective: 80% }
`,
      ),
    });
    const v = await runSlm(root, ["validate", "--format", "json"]);
    expect(v.code).toBe(1);
    const codes = JSON.parse(v.stdout).diagnostics.map(
      (d: { code: string; pointer: string }) => `${d.code} ${d.pointer}`,
    );
    expect(codes).toContain("target/threshold-kind /spec/targets/0/threshold");
    expect(codes).toContain("target/threshold-kind /spec/targets/1/threshold");
  });
});
