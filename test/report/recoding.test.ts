import { describe, expect, it } from "vitest";
import { runCli, tempRepo } from "../helpers/cli.js";

describe("recoding ticket priorities with `values`", () => {
  const cwd = () =>
    tempRepo({
      "repo.yaml": `apiVersion: slm/v1
kind: Service
metadata: { name: desk }
spec: { owner: it }
---
apiVersion: slm/v1
kind: SLA
metadata: { name: s }
spec:
  service: desk
  provider: it
  customer: c
  term: { start: 2024-01-01 }
  review: { every: 1y, last: 2024-06-01 }
  targets:
    - { name: p1-response, metric: response-time, priority: P1, threshold: 30m, objective: 90% }
---
apiVersion: slm/v1
kind: DataSource
metadata: { name: desk-export }
spec:
  type: tickets
  service: desk
  path: tickets.csv
  columns: { id: id, priority: prio, opened: opened, responded: responded }
  values: { priority: { Critical: P1, High: P2 } }
`,
      "tickets.csv": `id,prio,opened,responded
T1,Critical,2024-05-02T10:00:00Z,2024-05-02T10:10:00Z
T2,critical,2024-05-03T10:00:00Z,2024-05-03T10:40:00Z
T3,Medium,2024-05-04T10:00:00Z,2024-05-04T10:05:00Z
T4,P1,2024-05-05T10:00:00Z,2024-05-05T10:05:00Z
`,
    });

  it("matches a value whatever its case, and names values the map does not know (not those already recoded)", async () => {
    const result = await runCli(
      ["report", "--period", "2024-05", "--sla", "s", "--format", "json", "--out", "-"],
      { cwd: cwd() },
    );
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    // T1 (10 min) met, T2 ("critical" is Critical = P1, 40 min) breached, T4 (already "P1", 5 min) met.
    expect(report.targets[0]).toMatchObject({ count: 3, good: 2, status: "breached" });
    expect(report.dataQuality.notes).toContain(
      'desk-export: priority values not in its `values` map, so no priority target counts those tickets: "Medium"',
    );
  });
});
