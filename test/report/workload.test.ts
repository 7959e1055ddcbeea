import { afterEach, describe, expect, it } from "vitest";
import type { ReportModel } from "../../src/report/report-model.js";
import { reportFor, runSlm, SERVICE_WEB, slaYaml, tempRepo } from "./helpers.js";

/**
 * Workload characteristics (SPEC §15). The tickets, by hand (24x7, response threshold 1h):
 *   April, acme: A1, A2 responded in 30m/20m → 2 of 2 met; 2 tickets opened (limit 3: within).
 *   May, acme:   M1 P1 10m met; M2 P1 3h, M3 P2 2h, M4 P2 2h breached → 1 of 4; 4 opened > 3: EXCEEDED.
 *                P1 tickets: M1, M2 = 2 > 1 (p1 limit exceeded).
 *   June, acme:  J1 30m, J2 40m met, J3 2h breached → 2 of 3 = 66.7%; 3 opened = 3: within (equal).
 *   June, beta:  B1, B2 (another customer): out of the agreement's scope, so June stays at 3.
 */
const TICKETS = `id,service,priority,opened,responded,customer
A1,web,P2,2024-04-10T10:00:00Z,2024-04-10T10:30:00Z,acme
A2,web,P2,2024-04-11T10:00:00Z,2024-04-11T10:20:00Z,acme
M1,web,P1,2024-05-02T10:00:00Z,2024-05-02T10:10:00Z,acme
M2,web,P1,2024-05-03T10:00:00Z,2024-05-03T13:00:00Z,acme
M3,web,P2,2024-05-04T10:00:00Z,2024-05-04T12:00:00Z,acme
M4,web,P2,2024-05-05T10:00:00Z,2024-05-05T12:00:00Z,acme
J1,web,P2,2024-06-02T10:00:00Z,2024-06-02T10:30:00Z,acme
J2,web,P2,2024-06-03T10:00:00Z,2024-06-03T10:40:00Z,acme
J3,web,P2,2024-06-04T10:00:00Z,2024-06-04T12:00:00Z,acme
B1,web,P2,2024-06-05T10:00:00Z,2024-06-05T12:00:00Z,beta
B2,web,P2,2024-06-06T10:00:00Z,2024-06-06T12:00:00Z,beta
`;

const DESK = `apiVersion: slm/v1
kind: DataSource
metadata: { name: desk }
spec:
  type: tickets
  path: tickets.csv
  columns: { id: id, service: service, priority: priority, opened: opened, responded: responded, customer: customer }
`;

const credits = "credits: [{ below: 90%, credit: 10% }]";
const SLA = slaYaml(
  "web-sla",
  "web",
  `  fee: { amount: 1000, currency: EUR, per: month }
  scope: { customer: acme }
  workload:
    - { name: tickets, measure: tickets, max: 3, per: month }
    - { name: p1-tickets, measure: tickets, priority: P1, max: 1, per: month }
  targets:
    - { name: resp-m, metric: response-time, threshold: 1h, objective: 90%, workload: tickets, ${credits} }
    - { name: resp-q, metric: response-time, threshold: 1h, objective: 90%, window: quarter, workload: tickets, ${credits} }
    - { name: resp-free, metric: response-time, threshold: 1h, objective: 90%, ${credits} }
`,
);

let cleanup = () => {};
afterEach(() => cleanup());

function repo(files: Record<string, string> = {}): string {
  const r = tempRepo({
    "web.yaml": SERVICE_WEB,
    "desk.yaml": DESK,
    "tickets.csv": TICKETS,
    "sla.yaml": SLA,
    ...files,
  });
  cleanup = r.cleanup;
  return r.root;
}

const target = (r: ReportModel, name: string) => r.targets.find((t) => t.name === name)!;

describe("workload limits (SPEC §15)", () => {
  it("counts tickets opened per window in the agreement's scope, of the limit's priority", async () => {
    const r = await reportFor(repo(), "web-sla", ["--period", "2024-Q2"]);
    const tickets = r.workload.find((w) => w.name === "tickets")!;
    expect(tickets).toMatchObject({
      measure: "tickets",
      priority: null,
      max: 3,
      per: "month",
      source: "desk",
    });
    expect(tickets.windows.map((w) => [w.label, w.actual, w.exceeded])).toEqual([
      ["2024-04", 2, false],
      ["2024-05", 4, true],
      // 3 acme tickets: equal to the limit is within it; beta's two are out of scope.
      ["2024-06", 3, false],
    ]);
    const p1 = r.workload.find((w) => w.name === "p1-tickets")!;
    expect(p1.priority).toBe("P1");
    expect(p1.windows.map((w) => w.actual)).toEqual([0, 2, 0]);
  });

  it("excuses a monthly target in the one month of a quarter whose limit was exceeded", async () => {
    const r = await reportFor(repo(), "web-sla", ["--period", "2024-Q2"]);
    const m = target(r, "resp-m");
    expect(m.windows.map((w) => [w.label, w.status])).toEqual([
      ["2024-04", "met"],
      ["2024-05", "excused"],
      ["2024-06", "breached"],
    ]);
    // May's value is still shown: 1 of 4.
    expect(m.windows[1]!.value).toBeCloseTo(0.25, 10);
    expect(m.windows[1]!.credit.percent).toBe(0);
    expect(m.windows[1]!.excused).toMatchObject({
      workload: "tickets",
      workloadWindow: "2024-05",
      actual: 4,
      max: 3,
    });
    expect(m.windows[1]!.excused!.reason).toBe("excused: 4 tickets opened against a workload limit of 3");
    expect(m.status).toBe("breached");
    expect(m.breachedWindows).toEqual(["2024-06"]);
    expect(m.excused.map((e) => e.window)).toEqual(["2024-05"]);
    // The unbound target is breached in May and June: 10% of 1000 each.
    const free = target(r, "resp-free");
    expect(free.windows.map((w) => w.status)).toEqual(["met", "breached", "breached"]);
    // Due: resp-m June 100 + resp-free May 100 + June 100; resp-q (Q2) is excused, nothing.
    expect(r.credits.amount).toBe(300);
  });

  it("excuses a quarter target when a month inside it exceeded a monthly limit", async () => {
    const r = await reportFor(repo(), "web-sla", ["--period", "2024-Q2"]);
    const q = target(r, "resp-q");
    // 5 of 9 tickets in time (55.6% < 90%) would be a breach with 10% of 3 × 1000 due.
    expect(q.value).toBeCloseTo(5 / 9, 10);
    expect(q.status).toBe("excused");
    expect(q.severity).toBeNull();
    expect(q.credit).toMatchObject({ percent: 0, amount: 0, status: "none" });
    expect(q.excused).toMatchObject([{ window: "2024-Q2", workloadWindow: "2024-05", actual: 4, max: 3 }]);
    expect(r.breaches.map((b) => b.target).sort()).toEqual(["resp-free", "resp-m"]);
  });

  it("a May report: excused, not a breach, not counted as met or breached", async () => {
    const root = repo();
    const r = await reportFor(root, "web-sla", ["--period", "2024-05"]);
    expect(target(r, "resp-m").status).toBe("excused");
    expect(r.summary).toMatchObject({ met: 0, breached: 1, excused: 1, provisional: 1 });
    expect(r.breaches.map((b) => b.target)).toEqual(["resp-free"]);
    expect(r.credits.amount).toBe(100);
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
    expect(md.stdout).toContain("Workload: 4 tickets against a limit of 3 — exceeded");
    expect(md.stdout).toContain("excused: 4 tickets opened against a workload limit of 3");
    const kpi = await runSlm(root, ["kpi", "--period", "2024-05", "--format", "json"]);
    const k = JSON.parse(kpi.stdout);
    // resp-m excused, resp-q provisional (Q2 still running), resp-free breached.
    expect(k.targets).toMatchObject({ met: 0, breached: 1, excused: 1, provisional: 1 });
  });

  it("sums the totals of a metrics source for a requests limit", async () => {
    // April: 400 + 500 = 900 ≤ 1000; May: 600 + 500 = 1100 > 1000. The probe row (metric
    // "probe", 5000) is not a request of the limit's metric.
    const metrics = `timestamp,service,metric,good,total
2024-04-03T00:00:00Z,web,success-rate,395,400
2024-04-20T00:00:00Z,web,success-rate,495,500
2024-05-03T00:00:00Z,web,success-rate,500,600
2024-05-20T00:00:00Z,web,success-rate,500,500
2024-05-21T00:00:00Z,web,probe,5000,5000
`;
    const root = repo({
      "sla.yaml": slaYaml(
        "web-sla",
        "web",
        `  workload:
    - { name: calls, measure: requests, metric: success-rate, max: 1000 }
  targets:
    - { name: success, metric: success-rate, objective: 99.5%, workload: calls }
`,
      ),
      "gw.yaml": `apiVersion: slm/v1
kind: DataSource
metadata: { name: gw }
spec:
  type: metrics
  path: metrics.csv
  columns: { timestamp: timestamp, service: service, metric: metric, good: good, total: total }
`,
      "metrics.csv": metrics,
    });
    const r = await reportFor(root, "web-sla", ["--period", "2024-05"]);
    expect(r.workload[0]!.windows.map((w) => [w.label, w.actual, w.exceeded])).toEqual([
      ["2024-05", 1100, true],
    ]);
    // 1000 / 1100 = 90.9% < 99.5%, excused.
    expect(target(r, "success").status).toBe("excused");
    expect(target(r, "success").excused[0]!.reason).toBe(
      "excused: 1,100 requests against a workload limit of 1,000",
    );
    // April: 890 / 900 = 98.9% < 99.5%, within the limit: breached.
    const april = await reportFor(root, "web-sla", ["--period", "2024-04"]);
    expect(april.workload[0]!.windows[0]!.actual).toBe(900);
    expect(target(april, "success").status).toBe("breached");
  });

  it("status: a window whose limit is already exceeded is excused, never at risk (SPEC §20)", async () => {
    const root = repo();
    // By 2024-05-20, M1–M4 were opened: 4 > 3.
    const r = await runSlm(root, ["status", "--as-of", "2024-05-20T00:00:00Z", "--format", "json"]);
    const targets = JSON.parse(r.stdout).targets as {
      target: string;
      atRisk: boolean;
      forecast: { status: string };
    }[];
    const of = (name: string) => targets.find((t) => t.target === name)!;
    expect(of("resp-m")).toMatchObject({ atRisk: false, forecast: { status: "excused" } });
    expect(of("resp-q")).toMatchObject({ atRisk: false, forecast: { status: "excused" } });
    // 1 of 4 in time, unbound: forecast breached, so the run fails on it alone.
    expect(of("resp-free").forecast.status).toBe("breached");
    expect(r.code).toBe(1);
    // On 2024-04-30 April's 2 tickets are within the limit: nothing is excused.
    const april = await runSlm(root, ["status", "--as-of", "2024-04-30T00:00:00Z", "--format", "json"]);
    const statuses = JSON.parse(april.stdout).targets.map(
      (t: { forecast: { status: string } }) => t.forecast.status,
    );
    expect(statuses).toEqual(["met", "met", "met"]);
    expect(april.code).toBe(0);
  });
});
