import { afterEach, describe, expect, it } from "vitest";
import { runSlm, slaYaml, tempRepo } from "../report/helpers.js";

/**
 * An excused target in `slm kpi` (SPEC §7, §15, §21; docs/iso-20000.md "Counting"): it stays a
 * target of its SLA, in scope of every count of targets (`measured`, and `slaTargets` by tier and
 * by template), and is neither met nor breached anywhere. The tickets of May, by hand (24x7,
 * response threshold 1h):
 *   M1 responded in 10m (within), M2 in 3h, M3 in 2h, M4 in 2h → 1 of 4 = 25% within the hour;
 *   4 tickets opened > the workload limit of 3 per month: EXCEEDED.
 * The targets of web-sla (it extends the template gold; web is a top-level service of tier key):
 *   resp-bound   objective 90%, bound to the limit → 25% < 90%, but the limit was exceeded: excused
 *   resp-lenient objective 20%                     → 25% ≥ 20%: met
 *   resp-strict  objective 90%                     → 25% < 90%: breached
 * So: measured 3 = met 1 + breached 1 + excused 1; by tier (key) and by template (gold) alike:
 * 3 SLA targets, 1 met (1 of 3 = 33.3%), 1 breached — the same share as the top-level line.
 */
const TICKETS = `id,service,priority,opened,responded
M1,web,P1,2024-05-02T10:00:00Z,2024-05-02T10:10:00Z
M2,web,P1,2024-05-03T10:00:00Z,2024-05-03T13:00:00Z
M3,web,P2,2024-05-04T10:00:00Z,2024-05-04T12:00:00Z
M4,web,P2,2024-05-05T10:00:00Z,2024-05-05T12:00:00Z
`;

const FILES = {
  "web.yaml": `apiVersion: slm/v1
kind: Service
metadata: { name: web }
spec: { owner: ops, tier: key }
`,
  "desk.yaml": `apiVersion: slm/v1
kind: DataSource
metadata: { name: desk }
spec:
  type: tickets
  path: tickets.csv
  columns: { id: id, service: service, priority: priority, opened: opened, responded: responded }
`,
  "tickets.csv": TICKETS,
  "gold.yaml": `apiVersion: slm/v1
kind: Template
metadata: { name: gold }
spec:
  applies: [SLA]
  review: { every: 1y }
`,
  "sla.yaml": slaYaml(
    "web-sla",
    "web",
    `  extends: [gold]
  workload:
    - { name: tickets, measure: tickets, max: 3, per: month }
  targets:
    - { name: resp-bound, metric: response-time, threshold: 1h, objective: 90%, workload: tickets }
    - { name: resp-lenient, metric: response-time, threshold: 1h, objective: 20% }
    - { name: resp-strict, metric: response-time, threshold: 1h, objective: 90% }
`,
  ),
};

let cleanup = () => {};
afterEach(() => cleanup());

function repo(): string {
  const r = tempRepo(FILES);
  cleanup = r.cleanup;
  return r.root;
}

describe("slm kpi: an excused target", () => {
  it("is a target in scope by tier and by template, neither met nor breached", async () => {
    const r = await runSlm(repo(), ["kpi", "--period", "2024-05", "--format", "json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const k = JSON.parse(r.stdout);
    expect(k.targets).toEqual({ measured: 3, met: 1, breached: 1, noData: 0, excused: 1, provisional: 0 });
    expect(k.tiers).toEqual([{ tier: "key", services: 1, withSla: 1, slaTargets: 3, met: 1, breached: 1 }]);
    expect(k.templates).toEqual([{ template: "gold", slas: 1, slaTargets: 3, met: 1, breached: 1 }]);
  });

  it("the text format: the tier and template shares are the top-level one, 1 of 3 = 33.3%", async () => {
    const r = await runSlm(repo(), ["kpi", "--period", "2024-05", "--format", "markdown"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("| Targets met in the period | 1 of 3 measured | 33.3% |");
    expect(r.stdout).toContain("| Targets excused (workload limit exceeded) | 1 | — |");
    expect(r.stdout).toContain("| key | 1 of 1 | 3 | 1 (33.3%) | 1 |");
    expect(r.stdout).toContain("| gold | 1 | 3 | 1 (33.3%) | 1 |");
  });
});
