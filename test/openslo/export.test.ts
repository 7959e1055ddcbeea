import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { runCli, tempDir, tempRepo } from "../helpers/cli.js";
import { DATASETS, EXAMPLES, ROOT } from "../helpers/paths.js";

// biome-ignore lint/suspicious/noExplicitAny: OpenSLO documents, read field by field
type Yaml = any;

const repo = () =>
  tempRepo({
    "repo.yaml": `apiVersion: slm/v1
kind: Calendar
metadata: { name: business-hours-de }
spec:
  timezone: Europe/Berlin
  hours: [{ days: [mon, tue, wed, thu, fri], from: "08:00", to: "18:00" }]
---
apiVersion: slm/v1
kind: Service
metadata: { name: email }
spec: { owner: it }
---
apiVersion: slm/v1
kind: SLA
metadata: { name: acme-email, displayName: ACME e-mail }
spec:
  service: email
  provider: it
  customer: acme
  term: { start: 2024-01-01 }
  calendar: business-hours-de
  targets:
    - { name: availability, metric: availability, objective: 99.9%, calendar: 24x7 }
    - { name: p1-response, metric: response-time, priority: P1, threshold: 15m, objective: 95% }
    - { name: api-latency, metric: latency, threshold: 500ms, objective: 99%, window: quarter }
`,
  });

/** A repository of one service (`svc`) and one agreement with one availability target, exported. */
async function exportOne(agreement: string, target = "", extra = ""): Promise<Yaml[]> {
  const cwd = tempRepo({
    "repo.yaml": `apiVersion: slm/v1
kind: Service
metadata: { name: svc }
spec: { owner: it }
---
apiVersion: slm/v1
${agreement}
spec:
  service: svc
  provider: it
  customer: it
  term: { start: 2024-01-01 }
  review: { every: 1y }
  targets: [{ name: availability, metric: availability, objective: 99%${target} }]
${extra}`,
  });
  return parseAllDocuments((await runCli(["export", "openslo"], { cwd })).stdout).map((d) => d.toJS());
}

describe("slm export openslo", () => {
  it("writes one OpenSLO v1 SLO per target with a calendar-aligned window and the objective as a fraction", async () => {
    const result = await runCli(["export", "openslo"], { cwd: repo() });
    expect(result.code).toBe(0);
    const docs = parseAllDocuments(result.stdout).map((d) => d.toJS());
    expect(docs).toHaveLength(3);
    const [availability, response, latency] = docs;
    expect(availability).toMatchObject({
      apiVersion: "openslo/v1",
      kind: "SLO",
      metadata: { name: "acme-email-availability", labels: { "slm-kind": ["sla"], customer: ["acme"] } },
      spec: {
        service: "email",
        // Time-based availability: one-minute time slices, a minute good only when fully up.
        budgetingMethod: "Timeslices",
        // The agreement's month in the agreement's zone, as the report measures it, though the target is 24x7.
        timeWindow: [
          {
            duration: "1M",
            isRolling: false,
            calendar: { startTime: "2024-01-01 00:00:00", timeZone: "Europe/Berlin" },
          },
        ],
        objectives: [{ target: 0.999, timeSliceTarget: 1, timeSliceWindow: "1m" }],
      },
    });
    expect(availability.spec.indicator.spec.ratioMetric.good.metricSource).toEqual({
      type: "CSV",
      // No DataSource in this repository: no reference, rather than an invented one.
      spec: { service: "email", metric: "availability", field: "good" },
    });
    // 15 minutes as seconds, in the agreement calendar's zone.
    expect(response.spec.objectives).toEqual([
      { displayName: "p1-response ≥ 95%", target: 0.95, op: "lte", value: 900 },
    ]);
    expect(response.spec.timeWindow[0].calendar.timeZone).toBe("Europe/Berlin");
    expect(response.metadata.labels.priority).toEqual(["P1"]);
    expect(latency.spec.objectives[0]).toMatchObject({ op: "lte", value: 500, target: 0.99 });
    expect(latency.spec.timeWindow[0].duration).toBe("1Q");
  });

  it("writes one file per agreement with --out", async () => {
    const cwd = repo();
    const result = await runCli(["export", "openslo", "--out", "openslo"], { cwd });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("wrote 1 file to openslo\n");
    expect(existsSync(join(cwd, "openslo", "datasources.yaml"))).toBe(false);
    const docs = parseAllDocuments(readFileSync(join(cwd, "openslo", "sla-acme-email.yaml"), "utf8"));
    expect(docs.map((d) => d.toJS().metadata.name)).toEqual([
      "acme-email-availability",
      "acme-email-p1-response",
      "acme-email-api-latency",
    ]);
  });

  it("names the DataSource each target is measured from", async () => {
    const examples = EXAMPLES;
    const result = await runCli(["export", "openslo", "--kind", "sla"], { cwd: examples });
    const docs = parseAllDocuments(result.stdout).map((d) => d.toJS());
    const byName = new Map(
      docs.filter((d) => d.kind === "SLO").map((d) => [d.metadata.name, d.spec.indicator.spec]),
    );
    // acme-email/availability names `source: outage-log`; p1-response resolves to the one tickets source.
    expect(byName.get("acme-email-availability").ratioMetric.total.metricSource.spec.dataSource).toBe(
      "outage-log",
    );
    expect(byName.get("acme-email-p1-response").thresholdMetric.metricSource.spec.dataSource).toBe(
      "servicenow",
    );
    expect(byName.get("globex-portal-latency").thresholdMetric.metricSource.spec.dataSource).toBe("uptime");
  });

  it("refers each indicator to an OpenSLO DataSource document holding the export's connection details", async () => {
    const docs = parseAllDocuments((await runCli(["export", "openslo"], { cwd: EXAMPLES })).stdout).map((d) =>
      d.toJS(),
    );
    const sources = docs.filter((d) => d.kind === "DataSource");
    expect(sources.map((d) => d.metadata.name)).toEqual([
      "api-gateway",
      "backups",
      "capacity",
      "csat-survey",
      "outage-log",
      "servicenow",
      "uptime",
    ]);
    // Satisfaction is a ratio SLO of survey responses (SPEC §15): good = those scoring 4 or more.
    const csat = docs.find((d) => d.kind === "SLO" && d.metadata.name === "acme-email-satisfaction");
    expect(csat.spec.budgetingMethod).toBe("Occurrences");
    expect(csat.spec.objectives[0].target).toBe(0.85);
    expect(csat.spec.indicator.spec.ratioMetric.good.metricSource.spec).toMatchObject({
      dataSource: "csat-survey",
      field: "responses with score >= 4",
    });
    expect(csat.metadata.annotations["slm.dev/threshold"]).toBe("4");
    expect(sources.find((d) => d.metadata.name === "servicenow")).toMatchObject({
      metadata: { annotations: { "slm.dev/source-type": "tickets" } },
      spec: {
        type: "CSV",
        connectionDetails: {
          path: "data/servicenow/*.csv",
          timezone: "Europe/Berlin",
          columns: { id: "number", opened: "opened_at", responded: "first_response_at" },
        },
      },
    });
    const refs = new Set(
      docs
        .filter((d) => d.kind === "SLO")
        .flatMap((d) => {
          const spec = d.spec.indicator.spec;
          const metric = spec.thresholdMetric ?? spec.ratioMetric.good;
          return metric.metricSource.metricSourceRef ? [metric.metricSource.metricSourceRef] : [];
        }),
    );
    expect([...refs].sort()).toEqual(sources.map((d) => d.metadata.name));
  });

  it("keeps every displayName within go-sdk's 63 runes: the agreement's short name first, then an ellipsis", async () => {
    const docs = parseAllDocuments((await runCli(["export", "openslo"], { cwd: EXAMPLES })).stdout).map((d) =>
      d.toJS(),
    );
    for (const d of docs)
      expect([...(d.metadata.displayName ?? "")].length, d.metadata.name).toBeLessThanOrEqual(63);
    const byName = new Map(docs.map((d) => [d.metadata.name, d]));
    // "OLA Network Operations Centre — data centre and WAN network — availability" is 74 runes.
    expect(byName.get("network-ops-availability").metadata.displayName).toBe(
      "OLA network-ops — availability",
    );
    // "SLA ACME Corp — Corporate e-mail — availability" is 47 runes: kept whole.
    expect(byName.get("acme-email-availability").metadata.displayName).toBe(
      "SLA ACME Corp — Corporate e-mail — availability",
    );
    const [doc] = await exportOne(`kind: OLA\nmetadata: { name: ${"a".repeat(60)} }`);
    // "OLA " + 60 × a + " — availability" is 79 runes: cut to 62 and an ellipsis.
    expect(doc.metadata.displayName).toBe(`OLA ${"a".repeat(58)}…`);
    expect([...doc.metadata.displayName].length).toBe(63);
  });

  it("writes a 100% objective as the highest target below 1 and keeps the exact objective in an annotation", async () => {
    const docs = parseAllDocuments((await runCli(["export", "openslo"], { cwd: EXAMPLES })).stdout).map((d) =>
      d.toJS(),
    );
    const restore = docs.find((d) => d.metadata.name === "acme-email-recovery-time");
    expect(restore.spec.objectives[0]).toMatchObject({ target: 0.999999, op: "lte", value: 14400 });
    expect(restore.metadata.annotations).toMatchObject({
      "slm.dev/objective": "100%",
      "slm.dev/metric": "recovery-time",
      "slm.dev/threshold": "4h",
    });
    for (const d of docs.filter((x) => x.kind === "SLO")) expect(d.spec.objectives[0].target).toBeLessThan(1);
  });

  it("writes UTC as Etc/UTC and quotes startTime, so YAML 1.1 readers keep it a string", async () => {
    const cwd = repo();
    const text = (await runCli(["export", "openslo"], { cwd })).stdout;
    expect(text).toContain('startTime: "2024-01-01 00:00:00"');
    const [doc] = await exportOne("kind: SLA\nmetadata: { name: utc-sla }");
    expect(doc.spec.timeWindow[0].calendar.timeZone).toBe("Etc/UTC");
  });

  it("carries service hours as JSON in slm.dev/service-hours, the same fields as the Calendar's spec", async () => {
    const docs = parseAllDocuments((await runCli(["export", "openslo"], { cwd: repo() })).stdout).map((d) =>
      d.toJS(),
    );
    const [availability, response] = docs;
    expect(JSON.parse(response.metadata.annotations["slm.dev/service-hours"])).toEqual({
      calendar: "business-hours-de",
      timezone: "Europe/Berlin",
      hours: [{ days: ["mon", "tue", "wed", "thu", "fri"], from: "08:00", to: "18:00" }],
      holidays: [],
    });
    // The availability target runs on the built-in 24x7, in the agreement's zone.
    expect(JSON.parse(availability.metadata.annotations["slm.dev/service-hours"])).toEqual({
      calendar: "24x7",
      timezone: "Europe/Berlin",
      hours: [{ days: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], from: "00:00", to: "24:00" }],
      holidays: [],
    });
  });

  it("budgets by the metric: time-based availability in time slices, request-based availability and counts by occurrences", async () => {
    const docs = parseAllDocuments((await runCli(["export", "openslo"], { cwd: EXAMPLES })).stdout).map((d) =>
      d.toJS(),
    );
    const method = new Map(
      docs.filter((d) => d.kind === "SLO").map((d) => [d.metadata.name, d.spec.budgetingMethod]),
    );
    expect(method.get("acme-email-availability")).toBe("Timeslices"); // outage-log
    expect(method.get("globex-portal-availability")).toBe("Timeslices"); // uptime checks
    expect(method.get("acme-email-p1-response")).toBe("Occurrences");
    expect(method.get("globex-portal-latency")).toBe("Occurrences");
    const gateway = `---
apiVersion: slm/v1
kind: DataSource
metadata: { name: gateway }
spec:
  type: metrics
  path: data.csv
  columns: { timestamp: t, service: s, metric: m, good: g, total: n }
`;
    const slo = (
      await exportOne("kind: OLA\nmetadata: { name: api-ops }", ", source: gateway", gateway)
    ).find((d) => d.kind === "SLO")!;
    expect(slo.spec.budgetingMethod).toBe("Occurrences");
    expect(slo.spec.objectives[0].timeSliceWindow).toBeUndefined();
  });

  it.for([
    ["Northwind", EXAMPLES],
    ["China", join(EXAMPLES, "china")],
  ] as const)(
    "passes the OpenSLO v1 schemas and the go-sdk rules of `oslo validate` on the %s examples",
    async ([, examples], context) => {
      const schemas = join(DATASETS, "validators", "openslo-v1");
      if (!existsSync(schemas)) {
        context.skip(`OpenSLO v1 schemas not found at ${schemas}`);
        return;
      }
      const out = tempDir("slm-openslo-");
      expect((await runCli(["export", "openslo", "--out", out], { cwd: examples })).code).toBe(0);
      const written = parseAllDocuments(
        readdirSync(out)
          .map((f) => readFileSync(join(out, f), "utf8"))
          .join(""),
      );
      const check = spawnSync(
        process.execPath,
        [join(ROOT, ".ci/validators/openslo-check.mjs"), "--summary", "--schema-dir", schemas, out],
        { encoding: "utf8" },
      );
      expect(check.stdout).toContain(
        `0 violation(s) in 0 of ${written.length} document(s), ${readdirSync(out).length} file(s)`,
      );
      expect(check.status).toBe(0);
    },
  );
});

describe("slm export openslo with §11 agreements", () => {
  it("lays the window out in spec.timezone and exports a business-day threshold in business days", async () => {
    const root = tempRepo({
      "repo.yaml": `apiVersion: slm/v1
kind: Service
metadata: { name: erp }
spec: { owner: it }
---
apiVersion: slm/v1
kind: SLA
metadata: { name: cn-erp }
spec:
  service: erp
  provider: it
  customer: jinling
  term: { start: 2024-01-01 }
  timezone: Asia/Shanghai
  targets:
    - { name: p2-resolution, metric: resolution-time, priority: P2, threshold: 2bd, objective: 90% }
`,
    });
    const result = await runCli(["export", "openslo"], { cwd: root });
    expect(result.code).toBe(0);
    const [slo] = parseAllDocuments(result.stdout).map((d) => d.toJS());
    expect(slo.spec.timeWindow[0].calendar.timeZone).toBe("Asia/Shanghai");
    expect(slo.spec.objectives).toEqual([
      { displayName: "p2-resolution ≥ 90%", target: 0.9, op: "lte", value: 2 },
    ]);
    expect(slo.spec.indicator.spec.thresholdMetric.metricSource.spec.field).toBe(
      "resolution-time in business days",
    );
    expect(slo.metadata.annotations["slm.dev/threshold"]).toBe("2bd");
  });
});
