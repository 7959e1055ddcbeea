import { describe, expect, it } from "vitest";
import { runCli, tempRepo } from "../helpers/cli.js";

const repo = (outages: string) =>
  tempRepo({
    "slm.config.yaml": "include: ['**/*.yaml']\n",
    "repo.yaml": `apiVersion: slm/v1
kind: Service
metadata: { name: web }
spec: { owner: ops }
---
apiVersion: slm/v1
kind: SLA
metadata: { name: s1 }
spec:
  service: web
  provider: ops
  customer: c
  term: { start: 2024-01-01 }
  review: { every: 1y, last: 2024-06-01 }
  targets:
    - { name: availability, metric: availability, objective: 99% }
    - { name: restore, metric: recovery-time, threshold: 4h, objective: 100% }
---
apiVersion: slm/v1
kind: DataSource
metadata: { name: log }
spec:
  type: outages
  path: outages.csv
  columns: { service: service, start: start, end: end }
`,
    "outages.csv": outages,
  });

const report = async (cwd: string, extra: string[] = []) => {
  const result = await runCli(
    ["report", "--period", "2024-10", "--sla", "s1", "--format", "json", "--out", "-", ...extra],
    {
      cwd,
      env: { SOURCE_DATE_EPOCH: String(Date.UTC(2024, 10, 5) / 1000) },
    },
  );
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as {
    targets: {
      name: string;
      downtime: number;
      count: number;
      status: string;
      pending: number | null;
      good: number | null;
    }[];
    dataQuality: { notes: string[] };
  };
};

describe("an outage without an end (still down)", () => {
  const csv = "service,start,end\nweb,2024-10-01T10:00:00Z,2024-10-01T11:00:00Z\nweb,2024-10-30T10:00:00Z,\n";

  it("counts as down until the report is made when no --as-of is given, and says so", async () => {
    const r = await report(repo(csv));
    const availability = r.targets.find((t) => t.name === "availability")!;
    // 1 h closed + 30 Oct 10:00 UTC to the end of October (14 h + 24 h) = 39 h.
    expect(availability.downtime).toBe(39 * 3600);
    expect(availability.count).toBe(2);
    expect(availability.status).toBe("breached");
    // The open outage has been down longer than 4 h: a recovery breach, not pending.
    const restore = r.targets.find((t) => t.name === "restore")!;
    expect(restore).toMatchObject({ count: 2, good: 1, status: "breached" });
    expect(r.dataQuality.notes).toContain(
      "availability: 1 outage without an end counted as still down (until the as-of time, else the generation time)",
    );
  });

  it("runs until --as-of when one is given; a recovery clock still under its threshold is pending", async () => {
    const r = await report(repo(csv), ["--as-of", "2024-10-30T12:00:00Z"]);
    expect(r.targets.find((t) => t.name === "availability")!.downtime).toBe(3 * 3600);
    expect(r.targets.find((t) => t.name === "restore")).toMatchObject({
      count: 1,
      good: 1,
      pending: 1,
      status: "met",
    });
  });
});
