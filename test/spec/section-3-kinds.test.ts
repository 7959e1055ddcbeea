import { describe, expect, it } from "vitest";
import { buildModel } from "../../src/model/build-model.js";
import { parseYamlFile } from "../../src/repository/yaml-file.js";
import { compileCalendar } from "../../src/time/business-calendar.js";
import { runCli, tempRepo } from "../helpers/cli.js";

// SPEC §3 — Kinds.

const H = 3_600_000;
const HOUR_S = 3600;

const SERVICE_WEB = "apiVersion: slm/v1\nkind: Service\nmetadata: { name: web }\nspec: { owner: ops }\n";

function sla(body: string, name = "acme-web"): string {
  return `apiVersion: slm/v1
kind: SLA
metadata: { name: ${name} }
spec:
  service: web
  provider: ops
  customer: acme
  term: { start: 2024-01-01 }
  review: { every: 1y, last: 2024-01-15 }
${body}`;
}

interface Target {
  name: string;
  value: number | null;
  status: string;
  serviceTime: number | null;
  downtime: number | null;
  count: number | null;
  good: number | null;
  credit: { percent: number | null; amount: number | null };
}
interface Report {
  targets: Target[];
  credits: { percent: number | null; amount: number | null; currency: string | null; capped?: boolean };
  dataQuality: {
    skipped: { source: string; file: string; reason: string; count: number; lines: number[] }[];
  };
}

async function report(cwd: string, period = "2024-05", extra: string[] = []): Promise<Report> {
  const r = await runCli(
    ["report", "--period", period, "--format", "json", "--out", "-", "--sla", "acme-web", ...extra],
    { cwd },
  );
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Report;
}

describe("SPEC §3 Calendar", () => {
  it("a day on which clocks change has 23 or 25 hours, and an 08:00–18:00 window is still 10 hours long", () => {
    const model = buildModel(
      parseYamlFile(
        "cal.yaml",
        `apiVersion: slm/v1
kind: Calendar
metadata: { name: sundays }
spec:
  timezone: Europe/Berlin
  hours: [{ days: [sun], from: "08:00", to: "18:00" }]
`,
      ).documents,
    );
    const cal = compileCalendar(model.calendars.get("sundays")!);
    // Sunday 2024-03-31 (spring forward, a 23-hour day): 08:00 CEST = 06:00 UTC, 18:00 CEST = 16:00 UTC.
    // The whole local day runs 2024-03-30T23:00Z .. 2024-03-31T22:00Z.
    expect(cal.measure(Date.UTC(2024, 2, 30, 23), Date.UTC(2024, 2, 31, 22))).toBe(10 * H);
    expect(cal.openIntervals(Date.UTC(2024, 2, 30, 23), Date.UTC(2024, 2, 31, 22))).toEqual([
      Date.UTC(2024, 2, 31, 6),
      Date.UTC(2024, 2, 31, 16),
    ]);
    // Sunday 2024-10-27 (fall back, a 25-hour day): 08:00 CET = 07:00 UTC, 18:00 CET = 17:00 UTC.
    // The whole local day runs 2024-10-26T22:00Z .. 2024-10-27T23:00Z.
    expect(cal.measure(Date.UTC(2024, 9, 26, 22), Date.UTC(2024, 9, 27, 23))).toBe(10 * H);
    expect(cal.openIntervals(Date.UTC(2024, 9, 26, 22), Date.UTC(2024, 9, 27, 23))).toEqual([
      Date.UTC(2024, 9, 27, 7),
      Date.UTC(2024, 9, 27, 17),
    ]);
  });
});

describe("SPEC §3 Required fields", () => {
  it("Calendar: `hours`; SLA/OLA/UC: `service`, `provider`, `customer`; `threshold` for response-time, resolution-time, recovery-time and latency; DataSource: `type`, `columns`", async () => {
    const text = `apiVersion: slm/v1
kind: Calendar
metadata: { name: no-hours }
spec: { timezone: UTC }
---
apiVersion: slm/v1
kind: SLA
metadata: { name: bare }
spec:
  term: { start: 2024-01-01 }
  review: { every: 1y, last: 2024-01-15 }
  targets: [{ name: a, metric: availability, objective: 99% }]
---
${sla(`  targets:
    - { name: response, metric: response-time, priority: P1, objective: 95% }
    - { name: resolution, metric: resolution-time, priority: P1, objective: 95% }
    - { name: recovery, metric: recovery-time, objective: 95% }
    - { name: latency, metric: latency, objective: 95% }
    - { name: availability, metric: availability, objective: 95% }
    - { name: success, metric: success-rate, objective: 95% }
`)}---
apiVersion: slm/v1
kind: DataSource
metadata: { name: nothing }
spec: { path: data.csv }
`;
    const r = await runCli(["validate", "--format", "json"], {
      cwd: tempRepo({ "slm.config.yaml": "", "services.yaml": SERVICE_WEB, "repo.yaml": text }),
    });
    expect(r.code).toBe(1);
    const diagnostics = (
      JSON.parse(r.stdout) as { diagnostics: { code: string; message: string; severity: string }[] }
    ).diagnostics;
    const missingProperties = diagnostics
      .filter((d) => d.code === "schema/required")
      .map((d) => /"([^"]+)"/.exec(d.message)?.[1])
      .sort();
    expect(missingProperties).toEqual(["columns", "customer", "hours", "provider", "service", "type"]);
    // The four metrics that need a threshold, and only those.
    const thresholdMissing = diagnostics
      .filter((d) => d.code === "target/threshold-missing")
      .map((d) => d.message);
    expect(thresholdMissing).toHaveLength(4);
    for (const [i, target] of ["response", "resolution", "recovery", "latency"].entries()) {
      expect(thresholdMissing[i]).toContain(`"${target}"`);
    }
    expect(diagnostics.every((d) => d.severity === "error")).toBe(true);
  });
});

describe("SPEC §3 Agreements", () => {
  it("creditCap: optional cap on credits per window, share of fee (default 100%)", async () => {
    // Two breached targets each earn 60%: 120% of the fee, capped at the default 100%.
    const cwd = tempRepo({
      "slm.config.yaml": "",
      "repo.yaml": `${SERVICE_WEB}---
${sla(`  fee: { amount: 1000, currency: EUR, per: month }
  targets:
    - { name: a, metric: response-time, priority: P1, threshold: 1h, objective: 80%, credits: [{ below: 80%, credit: 60% }] }
    - { name: b, metric: response-time, priority: P1, threshold: 1h, objective: 90%, credits: [{ below: 90%, credit: 60% }] }
`)}---
apiVersion: slm/v1
kind: DataSource
metadata: { name: desk }
spec:
  type: tickets
  path: tickets.csv
  service: web
  columns: { id: id, priority: prio, opened: opened, responded: responded }
`,
      // Two tickets: one answered in 30 min (good), one in 2 h (bad) → 50% < 80% and < 90%.
      "tickets.csv":
        "id,prio,opened,responded\n" +
        "T1,P1,2024-05-02T09:00:00Z,2024-05-02T09:30:00Z\n" +
        "T2,P1,2024-05-02T09:00:00Z,2024-05-02T11:00:00Z\n",
    });
    const r = await report(cwd);
    expect(r.targets.map((t) => [t.name, t.value, t.status, t.credit.percent, t.credit.amount])).toEqual([
      ["a", 0.5, "breached", 0.6, 600], // 60% × EUR 1000
      ["b", 0.5, "breached", 0.6, 600],
    ]);
    // 60% + 60% = 120% > 100% → 100% of EUR 1000.
    expect(r.credits).toMatchObject({ percent: 1, amount: 1000, currency: "EUR", capped: true });
  });
});

describe("SPEC §3 DataSource", () => {
  const outagesRepo = (csv: string) =>
    tempRepo({
      "slm.config.yaml": "",
      "repo.yaml": `${SERVICE_WEB}---
${sla(`  targets:
    - { name: availability, metric: availability, objective: 99%, exclusions: [planned] }
`)}---
apiVersion: slm/v1
kind: DataSource
metadata: { name: outages }
spec:
  type: outages
  path: outages.csv
  service: web
  columns: { start: start, end: end, planned: planned }
`,
      "outages.csv": csv,
    });

  it("`outages`: planned? (true/false, yes/no, 1/0)", async () => {
    const r = await report(
      outagesRepo(
        "start,end,planned\n" +
          "2024-05-02T00:00:00Z,2024-05-02T01:00:00Z,true\n" +
          "2024-05-03T00:00:00Z,2024-05-03T01:00:00Z,yes\n" +
          "2024-05-04T00:00:00Z,2024-05-04T01:00:00Z,1\n" +
          "2024-05-05T00:00:00Z,2024-05-05T01:00:00Z,false\n" +
          "2024-05-06T00:00:00Z,2024-05-06T01:00:00Z,no\n" +
          "2024-05-07T00:00:00Z,2024-05-07T01:00:00Z,0\n",
      ),
    );
    const [availability] = r.targets;
    // May 2024 (UTC) = 31 × 24 = 744 h; three planned hours leave service time: 741 h.
    // The three unplanned hours are downtime: 3 h.
    expect(availability!.serviceTime).toBe(741 * HOUR_S);
    expect(availability!.downtime).toBe(3 * HOUR_S);
    expect(r.dataQuality.skipped).toEqual([]);
  });

  it("A row that cannot be read (missing required field, unparseable timestamp, end before start) is skipped and counted", async () => {
    const r = await report(
      outagesRepo(
        "start,end,planned\n" + // line 1
          "2024-05-02T00:00:00Z,2024-05-02T01:00:00Z,no\n" + // line 2: fine, 1 h down
          ",2024-05-03T01:00:00Z,no\n" + // line 3: no start
          "yesterday,2024-05-04T01:00:00Z,no\n" + // line 4: start unreadable
          "2024-05-05T02:00:00Z,2024-05-05T01:00:00Z,no\n" + // line 5: end before start
          "2024-05-06T02:00:00Z,2024-05-06T01:00:00Z,no\n", // line 6: end before start
      ),
    );
    expect(r.targets[0]!.downtime).toBe(1 * HOUR_S);
    const skipped = r.dataQuality.skipped.map((s) => ({ count: s.count, lines: s.lines, file: s.file }));
    expect(skipped).toHaveLength(3);
    expect(skipped).toEqual(
      expect.arrayContaining([
        { count: 1, lines: [3], file: "outages.csv" },
        { count: 1, lines: [4], file: "outages.csv" },
        { count: 2, lines: [5, 6], file: "outages.csv" },
      ]),
    );
    const reasonOf = (line: number) => r.dataQuality.skipped.find((s) => s.lines.includes(line))!.reason;
    expect(reasonOf(3)).toMatch(/start/);
    expect(reasonOf(4)).toMatch(/start/);
    expect(reasonOf(5)).toMatch(/end before start/);
  });
});

describe("SPEC §3 metric table", () => {
  it("success-rate: `metrics` (good, total) — Σ good / Σ total", async () => {
    const cwd = tempRepo({
      "slm.config.yaml": "",
      "repo.yaml": `${SERVICE_WEB}---
${sla(`  targets:
    - { name: success, metric: success-rate, objective: 99% }
`)}---
apiVersion: slm/v1
kind: DataSource
metadata: { name: requests }
spec:
  type: metrics
  path: metrics.csv
  columns: { timestamp: bucket, service: svc, metric: metric, good: ok, total: all }
`,
      "metrics.csv":
        "bucket,svc,metric,ok,all\n" +
        "2024-05-01T00:00:00Z,web,success-rate,990,1000\n" +
        "2024-05-01T01:00:00Z,web,success-rate,480,500\n" +
        "2024-05-01T02:00:00Z,other,success-rate,0,1000\n" + // another service
        "2024-04-30T23:00:00Z,web,success-rate,0,1000\n", // bucket starts in April
    });
    const r = await report(cwd);
    // Σ good / Σ total = (990 + 480) / (1000 + 500) = 1470 / 1500 = 0.98 < 0.99 → breached.
    expect(r.targets[0]).toMatchObject({ value: 0.98, status: "breached", good: 1470, count: 1500 });
  });
});
