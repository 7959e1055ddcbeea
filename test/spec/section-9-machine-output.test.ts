import { describe, expect, it } from "vitest";
import { runCli, tempRepo } from "../helpers/cli.js";

// SPEC §9 — Machine-readable output.

const SERVICE_WEB = "apiVersion: slm/v1\nkind: Service\nmetadata: { name: web }\nspec: { owner: ops }\n";
const agreement = (kind: string, name: string, body: string) => `apiVersion: slm/v1
kind: ${kind}
metadata: { name: ${name} }
spec:
  service: web
  provider: ops
  customer: ${kind === "SLA" ? "acme" : "it"}
  term: { start: 2024-01-01 }
  review: { every: 1y, last: 2024-01-15 }
${body}`;
const SOURCES = `apiVersion: slm/v1
kind: DataSource
metadata: { name: desk }
spec:
  type: tickets
  path: tickets.csv
  service: web
  columns: { id: id, priority: prio, opened: opened, responded: responded }
---
apiVersion: slm/v1
kind: DataSource
metadata: { name: outages }
spec:
  type: outages
  path: outages.csv
  service: web
  columns: { start: start, end: end }
---
apiVersion: slm/v1
kind: DataSource
metadata: { name: requests }
spec:
  type: metrics
  path: metrics.csv
  service: web
  columns: { timestamp: bucket, metric: metric, good: ok, total: all }
`;
const DATA = {
  // Two P1 tickets: 30 min (good) and 2 h (bad) against 1 h.
  "tickets.csv":
    "id,prio,opened,responded\nT1,P1,2024-05-02T09:00:00Z,2024-05-02T09:30:00Z\nT2,P1,2024-05-03T09:00:00Z,2024-05-03T11:00:00Z\n",
  // One hour down in May.
  "outages.csv": "start,end\n2024-05-10T10:00:00Z,2024-05-10T11:00:00Z\n",
  // Metrics only for April: nothing to measure in May.
  "metrics.csv": "bucket,metric,ok,all\n2024-04-10T00:00:00Z,success-rate,1,1\n",
};

describe("SPEC §9 slm report --format json", () => {
  it("one object per SLA …; `status` is `met | breached | no-data`; `value` is null for no data; `severity` is null unless breached; `budget.allowed` is seconds for availability, items for counted metrics; `budget.consumed` is a fraction (1.5 = 150%)", async () => {
    const cwd = tempRepo({
      "slm.config.yaml": "",
      "repo.yaml": [
        SERVICE_WEB,
        agreement(
          "SLA",
          "acme-web",
          `  fee: { amount: 1000, currency: EUR, per: month }
  targets:
    - { name: availability, metric: availability, objective: 99.9%, source: outages }
    - { name: p1-response, metric: response-time, priority: P1, threshold: 1h, objective: 80%, credits: [{ below: 80%, credit: 10% }] }
    - { name: success, metric: success-rate, objective: 99%, source: requests }
`,
        ),
        SOURCES,
      ].join("---\n"),
      ...DATA,
    });
    const r = await runCli(
      ["report", "--period", "2024-05", "--format", "json", "--out", "-", "--sla", "acme-web"],
      { cwd },
    );
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    for (const key of [
      "sla",
      "customer",
      "service",
      "period",
      "targets",
      "credits",
      "trend",
      "dataQuality",
      "inputs",
    ])
      expect(report, key).toHaveProperty(key);
    expect(report).toMatchObject({ sla: "acme-web", customer: "acme", service: "web" });
    expect(Object.keys(report.period).sort()).toEqual(["end", "label", "start"]);
    for (const t of report.targets)
      for (const key of [
        "name",
        "metric",
        "objective",
        "value",
        "status",
        "severity",
        "serviceTime",
        "downtime",
        "unknownTime",
        "count",
        "good",
        "pending",
        "budget",
        "credit",
      ])
        expect(t, `${t.name}.${key}`).toHaveProperty(key);
    for (const i of report.inputs) expect(Object.keys(i).sort()).toEqual(["file", "sha256"]);
    expect(report.inputs.map((i: { file: string }) => i.file)).toContain("tickets.csv");

    const [availability, response, success] = report.targets;
    // Availability: May (UTC) = 744 h = 2,678,400 s; 1 h down. Objective 99.9% → 0.999.
    // Allowed downtime = (1 − 0.999) × 2,678,400 s = 2,678.4 s; consumed = 3,600 / 2,678.4 ≈ 1.344.
    expect(availability).toMatchObject({
      metric: "availability",
      objective: 0.999,
      status: "breached",
      serviceTime: 2_678_400,
      downtime: 3600,
    });
    expect(availability.value).toBeCloseTo(743 / 744, 12);
    expect(availability.budget.allowed).toBeCloseTo(2678.4, 6);
    expect(availability.budget.consumed).toBeCloseTo(3600 / 2678.4, 9);
    // 134% ≤ 150% → minor.
    expect(availability.severity).toBe("minor");

    // Tickets: 1 of 2 good = 0.5 < 0.8; budget = (1 − 0.8) × 2 = 0.4 items; consumed = 1 / 0.4 = 2.5 (250%) → major.
    expect(response).toMatchObject({
      objective: 0.8,
      value: 0.5,
      status: "breached",
      severity: "major",
      count: 2,
      good: 1,
    });
    expect(response.budget.allowed).toBeCloseTo(0.4, 12);
    expect(response.budget.consumed).toBeCloseTo(2.5, 12);
    // Fields that do not apply to a ticket metric are null.
    expect(response).toMatchObject({ serviceTime: null, downtime: null });
    expect(response.credit).toEqual({ percent: 0.1, amount: 100, status: "due" });

    // No data in May: value null, never met, severity null.
    expect(success).toMatchObject({ status: "no-data", value: null, severity: null });
    // 10% of EUR 1,000.
    expect(report.credits).toMatchObject({ percent: 0.1, amount: 100, currency: "EUR" });
  });

  it("an array when several are written to stdout", async () => {
    // An SLA and an OLA may share a name (names are unique per kind): --kind all --sla x selects both.
    const target =
      "  targets:\n    - { name: p1-response, metric: response-time, priority: P1, threshold: 1h, objective: 80% }\n";
    const cwd = tempRepo({
      "slm.config.yaml": "",
      "repo.yaml": [
        SERVICE_WEB,
        agreement("SLA", "web", target),
        agreement("OLA", "web", target),
        SOURCES,
      ].join("---\n"),
      ...DATA,
    });
    const r = await runCli(
      ["report", "--period", "2024-05", "--format", "json", "--out", "-", "--sla", "web", "--kind", "all"],
      { cwd },
    );
    expect(r.code).toBe(0);
    const reports = JSON.parse(r.stdout);
    expect(Array.isArray(reports)).toBe(true);
    expect(reports.map((x: { sla: string; kind: string }) => `${x.kind}/${x.sla}`).sort()).toEqual([
      "OLA/web",
      "SLA/web",
    ]);
  });
});

describe("SPEC §9 slm review --format json", () => {
  it('`{ "asOf", "items": [ { "kind", "name", "event", "date", "days" } ] }`; `days` is negative when past', async () => {
    const cwd = tempRepo({
      "slm.config.yaml": "",
      "repo.yaml": `${SERVICE_WEB}---\n${agreement("OLA", "web-ops", "  targets: [{ name: availability, metric: availability, objective: 99.9% }]\n")}`,
    });
    // Review due 2024-01-15 + 1y = 2025-01-15; as of 2025-01-25 that was 10 days ago.
    const r = await runCli(["review", "--as-of", "2025-01-25", "--format", "json"], { cwd });
    expect(r.code).toBe(1);
    // The SPEC fields, exactly; documented extras (e.g. `detail`) may follow.
    const json = JSON.parse(r.stdout);
    expect(json.asOf).toBe("2025-01-25");
    expect(json.items).toHaveLength(1);
    expect(json.items[0]).toMatchObject({
      kind: "OLA",
      name: "web-ops",
      event: "review-overdue",
      date: "2025-01-15",
      days: -10,
    });
  });
});

describe("SPEC §9 slm validate --format json", () => {
  it("file paths relative to the repository root, POSIX separators, line/column 1-based", async () => {
    const cwd = tempRepo({
      "slm.config.yaml": "",
      // Line 2, column 7: the value of `kind`.
      "agreements/acme/x.yaml": "apiVersion: slm/v1\nkind: Widget\nmetadata: { name: x }\nspec: {}\n",
    });
    const r = await runCli(["validate", "--format", "json"], { cwd });
    expect(r.code).toBe(1);
    const [d] = JSON.parse(r.stdout).diagnostics;
    expect(d).toMatchObject({ file: "agreements/acme/x.yaml", line: 2, column: 7, pointer: "/kind" });
  });
});
