import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { runCli, tempRepo } from "../helpers/cli.js";
import { EXAMPLES } from "../helpers/paths.js";

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
        budgetingMethod: "Occurrences",
        // The agreement's month in the agreement's zone, as the report measures it, though the target is 24x7.
        timeWindow: [
          {
            duration: "1M",
            isRolling: false,
            calendar: { startTime: "2024-01-01 00:00:00", timeZone: "Europe/Berlin" },
          },
        ],
        objectives: [{ target: 0.999 }],
      },
    });
    expect(availability.spec.indicator.spec.ratioMetric.good.metricSource).toEqual({
      type: "slm",
      // No DataSource in this repository: the field is left out rather than invented.
      spec: { metric: "availability", field: "good" },
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
    const byName = new Map(docs.map((d) => [d.metadata.name, d.spec.indicator.spec]));
    // acme-email/availability names `source: outage-log`; p1-response resolves to the one tickets source.
    expect(byName.get("acme-email-availability").ratioMetric.total.metricSource.spec.dataSource).toBe(
      "outage-log",
    );
    expect(byName.get("acme-email-p1-response").thresholdMetric.metricSource.spec.dataSource).toBe(
      "servicenow",
    );
    expect(byName.get("globex-portal-latency").thresholdMetric.metricSource.spec.dataSource).toBe("uptime");
  });
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
  });
});
