import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReportModel } from "../../src/report/report-model.js";
import { removeDir, runCli, tempRepo } from "../helpers/cli.js";

// SPEC §12 "Dimensions" and §13 "Scopes": two customers on one service desk. ACME's SLA is scoped
// to its own tickets, Beta's is not (and so counts everybody's: the scope/shared-service warning).

const TICKETS_CSV = `id,customer,site,prio,opened,responded
A1,acme,hamburg,P1,2024-05-02T10:00:00Z,2024-05-02T10:10:00Z
A2,acme,berlin,P1,2024-05-03T10:00:00Z,2024-05-03T10:30:00Z
A3,acme,hamburg,P1,2024-05-06T10:00:00Z,2024-05-06T10:05:00Z
B1,beta,munich,P1,2024-05-02T11:00:00Z,2024-05-02T11:20:00Z
B2,beta,munich,P1,2024-05-07T09:00:00Z,2024-05-07T09:14:00Z
X1,,munich,P1,2024-05-08T09:00:00Z,2024-05-08T09:10:00Z
`;
// Response clocks (24x7, threshold 15m): A1 10m met, A2 30m breached, A3 5m met, B1 20m breached,
// B2 14m met, X1 10m met (no customer: it matches no customer scope).
const OUTAGES_CSV = `service,start,end
desk,2024-05-10T00:00:00Z,2024-05-10T01:00:00Z
`;

const sla = (name: string, customer: string, extra: string, targets: string) => `apiVersion: slm/v1
kind: SLA
metadata: { name: ${name} }
spec:
  service: desk
  provider: it
  customer: ${customer}
  term: { start: 2024-01-01 }
  review: { every: 1y, last: 2024-01-15 }
${extra}  targets:
${targets}`;

const RESPONSE =
  "    - { name: p1-response, metric: response-time, priority: P1, threshold: 15m, objective: 90% }\n";
const AVAILABILITY = "    - { name: availability, metric: availability, objective: 99% }\n";

const FILES = {
  "slm.yaml": `apiVersion: slm/v1
kind: Service
metadata: { name: desk }
spec: { owner: it }
---
apiVersion: slm/v1
kind: DataSource
metadata: { name: tickets }
spec:
  type: tickets
  path: tickets.csv
  service: desk
  columns: { id: id, priority: prio, opened: opened, responded: responded, customer: customer, site: site }
---
apiVersion: slm/v1
kind: DataSource
metadata: { name: outages }
spec:
  type: outages
  path: outages.csv
  columns: { service: service, start: start, end: end }
---
${sla(
  "acme-desk",
  "acme",
  "  scope: { customer: acme }\n",
  `${RESPONSE}    - { name: hamburg-response, metric: response-time, priority: P1, threshold: 15m, objective: 90%, where: { site: hamburg } }\n${AVAILABILITY}`,
)}---
${sla("beta-desk", "beta", "", RESPONSE)}`,
  "tickets.csv": TICKETS_CSV,
  "outages.csv": OUTAGES_CSV,
};

describe("SPEC §13: scopes on a shared service desk", () => {
  let root: string;
  const reports = new Map<string, ReportModel>();
  beforeAll(async () => {
    root = tempRepo(FILES);
    for (const name of ["acme-desk", "beta-desk"]) {
      const r = await runCli(
        ["report", "--period", "2024-05", "--format", "json", "--out", "-", "--sla", name],
        {
          cwd: root,
        },
      );
      expect(r.code, r.stderr).toBe(0);
      reports.set(name, JSON.parse(r.stdout) as ReportModel);
    }
  });
  afterAll(() => removeDir(root));

  const target = (sla: string, name: string) => reports.get(sla)!.targets.find((t) => t.name === name)!;

  it("a scoped SLA counts only its customer's tickets", () => {
    // A1 met, A2 breached, A3 met: 2 of 3.
    expect(target("acme-desk", "p1-response")).toMatchObject({
      scope: { customer: ["acme"] },
      count: 3,
      good: 2,
      status: "breached",
    });
    expect(target("acme-desk", "p1-response").value).toBeCloseTo(2 / 3, 12);
  });

  it("a target's where narrows the agreement's scope further (all keys must match)", () => {
    // ACME's Hamburg tickets: A1 and A3, both met.
    expect(target("acme-desk", "hamburg-response")).toMatchObject({
      scope: { customer: ["acme"], site: ["hamburg"] },
      count: 2,
      good: 2,
      value: 1,
      status: "met",
    });
  });

  it("a source that does not map the scope's dimension measures the whole service: scope null", () => {
    // The outage log has no customer column: one hour down in May's 744 hours.
    expect(target("acme-desk", "availability")).toMatchObject({ scope: null, downtime: 3600 });
    expect(target("acme-desk", "availability").value).toBeCloseTo(743 / 744, 12);
  });

  it("an unscoped SLA on the same service counts every customer's tickets", () => {
    // All six: A1, A3, B2, X1 met; A2, B1 breached.
    expect(target("beta-desk", "p1-response")).toMatchObject({ scope: null, count: 6, good: 4 });
  });

  it("validate warns on the SLA without a scope (scope/shared-service)", async () => {
    const r = await runCli(["validate", "--format", "json"], { cwd: root });
    expect(r.code).toBe(0);
    const found = (JSON.parse(r.stdout) as { diagnostics: { code: string; message: string; line: number }[] })
      .diagnostics;
    const shared = found.filter((d) => d.code === "scope/shared-service");
    expect(shared).toHaveLength(1);
    expect(shared[0]!.message).toMatch(/SLA acme-desk \(customer acme\).*beta-desk has no scope/);
    // It points at beta-desk's customer line.
    const yaml = FILES["slm.yaml"].split("\n");
    expect(yaml[shared[0]!.line - 1]).toBe("  customer: beta");
  });

  it("shows the scope in the Markdown and HTML target tables", async () => {
    for (const format of ["md", "html"]) {
      const r = await runCli(
        ["report", "--period", "2024-05", "--format", format, "--out", "-", "--sla", "acme-desk"],
        {
          cwd: root,
        },
      );
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("P1 tickets responded to within 15m, customer acme");
      expect(r.stdout).toContain("P1 tickets responded to within 15m, customer acme, site hamburg");
    }
  });

  it("a where key the source does not map is a validation error (ref/unknown-dimension)", async () => {
    const bad = tempRepo({
      ...FILES,
      "slm.yaml": FILES["slm.yaml"].replace(
        AVAILABILITY,
        "    - { name: availability, metric: availability, objective: 99%, where: { site: hamburg } }\n",
      ),
    });
    try {
      const r = await runCli(["validate", "--format", "json"], { cwd: bad });
      expect(r.code).toBe(1);
      const found = (JSON.parse(r.stdout) as { diagnostics: { code: string; message: string }[] })
        .diagnostics;
      expect(found.filter((d) => d.code === "ref/unknown-dimension").map((d) => d.message)).toEqual([
        'where: "site" is not a dimension of DataSource outages (dimensions: none); map a column as "site" in its columns',
      ]);
    } finally {
      removeDir(bad);
    }
  });
});

describe("SPEC §13: a scope on checks, outages and metrics sources", () => {
  const CHECKS = `timestamp,service,site,status,latency
2024-05-01T00:00:00Z,web,hamburg,up,100
2024-05-01T00:00:00Z,web,berlin,up,900
2024-05-11T00:00:00Z,web,berlin,down,
2024-05-11T06:00:00Z,web,berlin,up,800
2024-05-21T00:00:00Z,web,hamburg,down,
2024-05-21T01:00:00Z,web,hamburg,up,200
2024-05-31T00:00:00Z,web,hamburg,up,300
2024-05-31T00:00:00Z,web,berlin,up,700
`;
  const OUTAGES = `service,site,start,end
web,hamburg,2024-05-05T00:00:00Z,2024-05-05T02:00:00Z
web,berlin,2024-05-06T00:00:00Z,2024-05-06T05:00:00Z
`;
  const METRICS = `bucket,service,customer,metric,good,total
2024-05-02T00:00:00Z,web,acme,success-rate,90,100
2024-05-02T00:00:00Z,web,beta,success-rate,50,100
2024-05-03T00:00:00Z,web,acme,success-rate,99,100
`;
  const target = (t: string) => `    - ${t}\n`;
  const repo = () =>
    tempRepo({
      "slm.yaml": `apiVersion: slm/v1
kind: Service
metadata: { name: web }
spec: { owner: it }
---
apiVersion: slm/v1
kind: DataSource
metadata: { name: probes }
spec:
  type: checks
  path: checks.csv
  columns: { timestamp: timestamp, service: service, status: status, latency: latency, site: site }
---
apiVersion: slm/v1
kind: DataSource
metadata: { name: log }
spec:
  type: outages
  path: outages.csv
  columns: { service: service, start: start, end: end, site: site }
---
apiVersion: slm/v1
kind: DataSource
metadata: { name: requests }
spec:
  type: metrics
  path: metrics.csv
  columns: { timestamp: bucket, service: service, metric: metric, good: good, total: total, customer: customer }
---
${sla(
  "acme-web",
  "acme",
  "  scope: { customer: acme }\n",
  [
    target(
      "{ name: hamburg-probes, metric: availability, objective: 99%, source: probes, where: { site: hamburg } }",
    ),
    target(
      "{ name: berlin-latency, metric: latency, threshold: 850ms, objective: 50%, where: { site: berlin } }",
    ),
    target(
      "{ name: berlin-outages, metric: availability, objective: 99%, source: log, where: { site: berlin } }",
    ),
    target("{ name: success, metric: success-rate, objective: 90% }"),
  ].join(""),
).replace("service: desk", "service: web")}`,
      "checks.csv": CHECKS,
      "outages.csv": OUTAGES,
      "metrics.csv": METRICS,
    });

  it("narrows each source type to the rows of the scope", async () => {
    const root = repo();
    try {
      const r = await runCli(
        ["report", "--period", "2024-05", "--format", "json", "--out", "-", "--sla", "acme-web"],
        {
          cwd: root,
        },
      );
      expect(r.code, r.stderr).toBe(0);
      const t = (name: string) => (JSON.parse(r.stdout) as ReportModel).targets.find((x) => x.name === name)!;
      // Hamburg's probes: known from 05-01 00:00 to the source's last sample 05-31 00:00 (30 days),
      // down 05-21 00:00–01:00; Berlin's 6 hours down do not count.
      expect(t("hamburg-probes")).toMatchObject({
        downtime: 3600,
        serviceTime: 30 * 86_400,
        scope: { site: ["hamburg"] },
      });
      // Berlin's samples with a latency: 900, 800, 700 ms; two are within 850 ms.
      expect(t("berlin-latency")).toMatchObject({ count: 3, good: 2, scope: { site: ["berlin"] } });
      // Berlin's outage only: 5 h of May's 744 h.
      expect(t("berlin-outages")).toMatchObject({ downtime: 5 * 3600, scope: { site: ["berlin"] } });
      // ACME's buckets only (the agreement's scope applies: the source maps customer): 189 of 200.
      expect(t("success")).toMatchObject({ good: 189, count: 200, scope: { customer: ["acme"] } });
    } finally {
      removeDir(root);
    }
  });
});
