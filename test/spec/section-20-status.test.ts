import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeDir, runCli, spawnCli, tempRepo } from "../helpers/cli.js";

// SPEC §20 — the month in progress (`slm status`, issue 19). Every figure is worked out by hand in
// the comments below, never by calling the code under test.
//
// As-of 2024-06-11T00:00Z: ten days of June (a 30-day month) have passed.
// alpha (SLA, 24x7 UTC, fee EUR 3,000/month, cap 50%):
//   availability 99.9%, one unplanned outage 2024-06-05 10:00–10:30 (1,800 s); an outage after the
//   as-of (06-20) must not count.
//     elapsed  = 10 d = 864,000 s; value = 1 − 1,800/864,000 = 0.99791666…
//     budget of the whole window = 0.1% × 30 d (2,592,000 s) = 2,592 s
//     consumed = 1,800 / 2,592 = 0.69444…; share elapsed = 864,000/2,592,000 = 1/3
//     burnRate = 0.69444… × 3 = 2.08333… > 1 → forecast breached (not "at risk": already breached)
//     credit: 99.79% < 99.9% → 10% of EUR 3,000 = EUR 300 (under the 50% cap)
//   restore: recovery-time ≤ 1h, 100%: the 30-minute outage meets → value 1, consumed 0, burnRate 0, met.
// beta (SLA, 24x7 UTC): p1-response ≤ 15m, 90%: ten P1 tickets answered before the as-of, one late
//   → value 9/10 = 0.9, budget = 10% × 10 items = 1 item, consumed = 1/1 = 1 (not > 1: met), counted
//   metric: share elapsed = items so far ÷ items so far = 1, burnRate = 1 (not > 1: met);
//   consumed ≥ 0.75 → at risk. Ticket T11 opened 23:55 on 06-10 and answered 00:30 on 06-11 is
//   5 minutes old at the as-of, within its 15 minutes: pending, not counted. T12, opened after
//   the as-of, is not counted either.
//   p2-response: no P2 tickets → no data (null value, consumed and burnRate), never met.
// gamma (SLA, mon–fri 09:00–17:00 UTC, quarterly window, 99%), as-of 2024-06-11 is in Q2:
//   Q2 2024 weekdays: April 22, May 23, June 20 = 65 days × 8 h = 520 h = 1,872,000 s.
//   So far: April 22 + May 23 + June 3–7 (5) + June 10 (1) = 51 days × 8 h = 408 h = 1,468,800 s.
//   One outage 2024-05-15 16:40–17:40: 20 minutes inside service hours (1,200 s).
//     value = 1 − 1,200/1,468,800 = 0.99918300…
//     budget = 1% × 1,872,000 = 18,720 s; consumed = 1,200/18,720 = 0.0641025…
//     burnRate = 0.0641025… ÷ (1,468,800/1,872,000) = 1,200/(1% × 1,468,800) = 0.0816993… → met

const AS_OF = "2024-06-11T00:00:00Z";

function sla(name: string, service: string, body: string): string {
  return `apiVersion: slm/v1
kind: SLA
metadata: { name: ${name} }
spec:
  service: ${service}
  provider: it
  customer: ${name === "gamma" ? "globex" : "acme"}
  term: { start: 2024-01-01 }
  review: { every: 1y, last: 2024-01-15 }
${body}`;
}

const tickets = ["id,svc,prio,opened,responded"];
for (let i = 1; i <= 10; i++) {
  const day = String(i).padStart(2, "0");
  tickets.push(`T${i},desk,P1,2024-06-${day}T09:00:00Z,2024-06-${day}T09:${i === 1 ? "20" : "05"}:00Z`);
}
tickets.push("T11,desk,P1,2024-06-10T23:55:00Z,2024-06-11T00:30:00Z");
tickets.push("T12,desk,P1,2024-06-12T09:00:00Z,2024-06-12T10:00:00Z");

const FILES = {
  "catalogue.yaml": `apiVersion: slm/v1
kind: Service
metadata: { name: mail }
spec: { owner: it }
---
apiVersion: slm/v1
kind: Service
metadata: { name: desk }
spec: { owner: it }
---
apiVersion: slm/v1
kind: Service
metadata: { name: erp }
spec: { owner: it }
---
apiVersion: slm/v1
kind: Calendar
metadata: { name: office }
spec:
  timezone: UTC
  hours: [{ days: [mon, tue, wed, thu, fri], from: "09:00", to: "17:00" }]
---
apiVersion: slm/v1
kind: DataSource
metadata: { name: outages }
spec:
  type: outages
  path: data/outages.csv
  columns: { id: ref, service: service, start: start, end: end }
---
apiVersion: slm/v1
kind: DataSource
metadata: { name: tickets }
spec:
  type: tickets
  path: data/tickets.csv
  columns: { id: id, service: svc, priority: prio, opened: opened, responded: responded }
`,
  "alpha.yaml": sla(
    "alpha",
    "mail",
    `  fee: { amount: 3000, currency: EUR, per: month }
  creditCap: 50%
  targets:
    - { name: availability, metric: availability, objective: 99.9%, credits: [{ below: 99.9%, credit: 10% }] }
    - { name: restore, metric: recovery-time, threshold: 1h, objective: 100% }
`,
  ),
  "beta.yaml": sla(
    "beta",
    "desk",
    `  targets:
    - { name: p1-response, metric: response-time, priority: P1, threshold: 15m, objective: 90% }
    - { name: p2-response, metric: response-time, priority: P2, threshold: 1h, objective: 90% }
`,
  ),
  "gamma.yaml": sla(
    "gamma",
    "erp",
    `  calendar: office
  targets:
    - { name: availability, metric: availability, objective: 99%, window: quarter }
`,
  ),
  "data/outages.csv":
    "ref,service,start,end\n" +
    "O1,mail,2024-06-05T10:00:00Z,2024-06-05T10:30:00Z\n" +
    "O2,mail,2024-06-20T10:00:00Z,2024-06-20T18:00:00Z\n" +
    "O3,erp,2024-05-15T16:40:00Z,2024-05-15T17:40:00Z\n",
  "data/tickets.csv": `${tickets.join("\n")}\n`,
};

interface StatusJson {
  asOf: string;
  targets: {
    agreement: string;
    kind: string;
    target: string;
    metric: string;
    window: { start: string; end: string };
    elapsed: number;
    value: number | null;
    consumed: number | null;
    burnRate: number | null;
    atRisk: boolean;
    forecast: { status: string };
  }[];
}

let root: string;
let status: StatusJson;
beforeAll(async () => {
  root = tempRepo(FILES, "slm-status-");
  const r = await runCli(["status", "--as-of", AS_OF, "--format", "json", "--fail-on", "never"], {
    cwd: root,
  });
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  status = JSON.parse(r.stdout) as StatusJson;
});
afterAll(() => removeDir(root));

const find = (agreement: string, target: string) =>
  status.targets.find((t) => t.agreement === agreement && t.target === target)!;

describe("SPEC §20 slm status: burn rate and forecast at a fixed as-of", () => {
  it("has exactly the JSON shape of §20", () => {
    expect(status.asOf).toBe("2024-06-11T00:00:00.000Z");
    for (const t of status.targets) {
      expect(Object.keys(t).sort()).toEqual(
        [
          "agreement",
          "kind",
          "target",
          "metric",
          "window",
          "elapsed",
          "value",
          "consumed",
          "burnRate",
          "atRisk",
          "forecast",
        ].sort(),
      );
      expect(Object.keys(t.window).sort()).toEqual(["end", "start"]);
      expect(Object.keys(t.forecast)).toEqual(["status"]);
    }
  });

  it("alpha/availability: 1,800 s down in 10 of 30 days at 99.9% burns at 2.083, forecast breached", () => {
    const t = find("alpha", "availability");
    expect(t).toMatchObject({
      kind: "SLA",
      metric: "availability",
      atRisk: false,
      forecast: { status: "breached" },
    });
    expect(t.window).toEqual({ start: "2024-06-01T00:00:00.000Z", end: "2024-07-01T00:00:00.000Z" });
    expect(t.elapsed).toBe(864_000);
    expect(t.value).toBeCloseTo(1 - 1800 / 864_000, 12);
    expect(t.consumed).toBeCloseTo(1800 / 2592, 12);
    expect(t.burnRate).toBeCloseTo(2.083_333_333_333, 9);
  });

  it("alpha/restore: a 100% objective with nothing bad is met with nothing consumed", () => {
    expect(find("alpha", "restore")).toMatchObject({
      elapsed: 1,
      value: 1,
      consumed: 0,
      burnRate: 0,
      atRisk: false,
      forecast: { status: "met" },
    });
  });

  it("beta/p1-response: a budget used exactly (consumed 1, burn rate 1) is met but at risk; open and later tickets wait", () => {
    expect(find("beta", "p1-response")).toMatchObject({
      elapsed: 10,
      value: 0.9,
      atRisk: true,
      forecast: { status: "met" },
    });
    expect(find("beta", "p1-response").consumed).toBeCloseTo(1, 12);
    expect(find("beta", "p1-response").burnRate).toBeCloseTo(1, 12);
  });

  it("beta/p2-response: nothing measured yet is no data, never met", () => {
    expect(find("beta", "p2-response")).toMatchObject({
      elapsed: 0,
      value: null,
      consumed: null,
      burnRate: null,
      atRisk: false,
      forecast: { status: "no-data" },
    });
  });

  it("gamma/availability: a quarterly window in office hours counts service time, not wall time", () => {
    const t = find("gamma", "availability");
    expect(t.window).toEqual({ start: "2024-04-01T00:00:00.000Z", end: "2024-07-01T00:00:00.000Z" });
    expect(t.elapsed).toBe(1_468_800);
    expect(t.value).toBeCloseTo(1 - 1200 / 1_468_800, 12);
    expect(t.consumed).toBeCloseTo(1200 / 18_720, 12);
    expect(t.burnRate).toBeCloseTo(1200 / 14_688, 12);
    expect(t).toMatchObject({ atRisk: false, forecast: { status: "met" } });
  });

  it("lists the targets forecast breached first, then at risk, then met, then without data", () => {
    expect(status.targets.map((t) => `${t.agreement}/${t.target}`)).toEqual([
      "alpha/availability",
      "beta/p1-response",
      // met, fastest burn first: gamma 0.0817, then alpha/restore 0
      "gamma/availability",
      "alpha/restore",
      "beta/p2-response",
    ]);
  });
});

describe("SPEC §20 exit codes and selection", () => {
  const run = (...args: string[]) => runCli(["status", "--as-of", AS_OF, ...args], { cwd: root });

  it("--fail-on at-risk (the default) exits 1 on a target at risk alone", async () => {
    expect((await run("--sla", "beta")).code).toBe(1);
    expect((await run("--sla", "beta", "--fail-on", "at-risk")).code).toBe(1);
  });

  it("--fail-on breach ignores a target at risk and exits 1 on a forecast breach", async () => {
    expect((await run("--sla", "beta", "--fail-on", "breach")).code).toBe(0);
    expect((await run("--sla", "alpha", "--fail-on", "breach")).code).toBe(1);
    expect((await run("--sla", "gamma")).code).toBe(0);
  });

  it("--fail-on never exits 0 whatever the forecast", async () => {
    expect((await run("--fail-on", "never")).code).toBe(0);
  });

  it("--customer selects as in report; an unknown one is a usage error", async () => {
    const r = await run("--customer", "globex", "--format", "json");
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as StatusJson).targets.map((t) => t.agreement)).toEqual(["gamma"]);
    const bad = await run("--customer", "nobody");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('no SLA has customer "nobody"');
  });

  it("a bad --as-of is a usage error", async () => {
    const r = await runCli(["status", "--as-of", "June"], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--as-of June");
  });

  it("an agreement whose term has not started is not in force", async () => {
    const r = await runCli(["status", "--as-of", "2023-12-31T23:00:00Z", "--format", "json"], { cwd: root });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as StatusJson).targets).toEqual([]);
  });

  it("the table and Markdown show the forecast line with the credit, targets at risk first", async () => {
    const table = await run("--fail-on", "never");
    // 99.7916…% truncated to three decimals; 10% of EUR 3,000.
    expect(table.stdout).toContain("ends the month at 99.791%, breached, credit EUR 300.00");
    expect(table.stdout).toContain("ends the quarter at 99.918%, met");
    expect(table.stdout).toContain("5 targets: 1 forecast breached, 1 at risk, 2 on track, 1 without data");
    const md = spawnCli(["status", "--as-of", AS_OF, "--format", "markdown", "--fail-on", "never"], {
      cwd: root,
    });
    expect(md.code).toBe(0);
    const rows = md.stdout.split("\n").filter((l) => l.startsWith("| SLA/"));
    expect(rows[0]).toContain("SLA/alpha/availability");
    expect(rows[0]).toContain("| 2.08 |");
    expect(rows[1]).toContain("SLA/beta/p1-response");
    expect(rows[1]).toContain("at risk");
  });
});

// Planned outages excluded from service time leave the whole window's service time too.
// delta (SLA, 24x7 UTC, 99.9%, exclusions: [planned]), as-of 2024-06-11T00:00Z:
//   planned maintenance 06-03 00:00 – 06-04 00:00 (86,400 s), unplanned outage 06-05 10:00–10:20 (1,200 s).
//   elapsed = 10 d − 1 d = 777,600 s; value = 1 − 1,200/777,600
//   whole window's service time = 30 d − 1 d planned so far = 2,505,600 s; budget = 0.1% of it = 2,505.6 s
//   consumed = 1,200/2,505.6 = 0.47892…  (2,592 s, the budget of the full month, would give 0.46296…)
//   burnRate = consumed ÷ (777,600/2,505,600) = 1,200/777.6 = 1.54320… > 1 → breached
describe("SPEC §20 with planned outages excluded", () => {
  let dir: string;
  beforeAll(() => {
    dir = tempRepo(
      {
        "catalogue.yaml": `apiVersion: slm/v1
kind: Service
metadata: { name: mail }
spec: { owner: it }
---
apiVersion: slm/v1
kind: DataSource
metadata: { name: outages }
spec:
  type: outages
  path: data/outages.csv
  columns: { id: ref, service: service, start: start, end: end, planned: planned }
`,
        "delta.yaml": sla(
          "delta",
          "mail",
          `  targets:
    - { name: availability, metric: availability, objective: 99.9%, exclusions: [planned] }
`,
        ),
        "data/outages.csv":
          "ref,service,start,end,planned\n" +
          "M1,mail,2024-06-03T00:00:00Z,2024-06-04T00:00:00Z,true\n" +
          "O1,mail,2024-06-05T10:00:00Z,2024-06-05T10:20:00Z,false\n",
      },
      "slm-status-planned-",
    );
  });
  afterAll(() => removeDir(dir));

  it("takes the planned time so far off the whole window's budget as well as off the time elapsed", async () => {
    const r = await runCli(["status", "--as-of", AS_OF, "--format", "json", "--fail-on", "never"], {
      cwd: dir,
    });
    expect(r.stderr).toBe("");
    const t = (JSON.parse(r.stdout) as StatusJson).targets[0]!;
    expect(t.elapsed).toBe(777_600);
    expect(t.value).toBeCloseTo(1 - 1200 / 777_600, 12);
    expect(t.consumed).toBeCloseTo(1200 / 2505.6, 12);
    expect(t.burnRate).toBeCloseTo(1200 / 777.6, 9);
    expect(t.forecast.status).toBe("breached");
  });
});
