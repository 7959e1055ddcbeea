import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReportModel } from "../../src/report/report-model.js";
import { runSlm, slaYaml, tempRepo } from "./helpers.js";

// Issue 9, items 10, 11, 12 and 15: what the Markdown and HTML reports show of pending tickets,
// overlapping outages, partly measured trend points and the service tier.

const H = 3600;

const checks = ["ts,svc,state"];
// An hourly monitor that starts on 2024-03-31 at 16:00 UTC: March is measured on 8 of 744 hours.
for (let t = Date.parse("2024-03-31T16:00:00Z"); t <= Date.parse("2024-04-30T23:00:00Z"); t += H * 1000)
  checks.push(`${new Date(t).toISOString()},portal,up`);

const FILES = {
  "catalogue.yaml": `apiVersion: slm/v1
kind: Service
metadata: { name: web }
spec: { owner: ops, tier: gold }
---
apiVersion: slm/v1
kind: Service
metadata: { name: portal }
spec: { owner: ops }
---
apiVersion: slm/v1
kind: DataSource
metadata: { name: outages }
spec:
  type: outages
  path: data/outages.csv
  columns: { id: ref, service: svc, start: start, end: end, cause: cause }
---
apiVersion: slm/v1
kind: DataSource
metadata: { name: tickets }
spec:
  type: tickets
  path: data/tickets.csv
  columns: { id: id, service: svc, priority: prio, opened: opened, responded: responded }
---
apiVersion: slm/v1
kind: DataSource
metadata: { name: monitor }
spec:
  type: checks
  path: data/checks.csv
  columns: { timestamp: ts, service: svc, status: state }
`,
  "web.yaml": slaYaml(
    "acme-web",
    "web",
    `  targets:
    - { name: availability, metric: availability, objective: 99.9%, source: outages }
    - { name: p1-response, metric: response-time, priority: P1, threshold: 1h, objective: 50%, source: tickets }
`,
  ),
  "portal.yaml": slaYaml(
    "acme-portal",
    "portal",
    `  targets:
    - { name: availability, metric: availability, objective: 99%, source: monitor }
`,
  ),
  // OUT-02 1h47m; OUT-03's 15 minutes lie inside it (the issue's case); O4 and O5 overlap by 1 h.
  "data/outages.csv":
    "ref,svc,start,end,cause\n" +
    "OUT-02,web,2024-05-07T10:00:00Z,2024-05-07T11:47:00Z,core switch\n" +
    "OUT-03,web,2024-05-07T10:30:00Z,2024-05-07T10:45:00Z,dns\n" +
    "O4,web,2024-05-20T10:00:00Z,2024-05-20T12:00:00Z,disk full\n" +
    "O5,web,2024-05-20T11:00:00Z,2024-05-20T13:00:00Z,router\n",
  "data/tickets.csv":
    "id,svc,prio,opened,responded\n" +
    "T1,web,P1,2024-05-02T09:00:00Z,2024-05-02T09:30:00Z\n" +
    "T2,web,P1,2024-05-31T23:40:00Z,\n",
  "data/checks.csv": `${checks.join("\n")}\n`,
};

let repo: { root: string; cleanup: () => void };
beforeAll(() => {
  repo = tempRepo(FILES);
});
afterAll(() => repo.cleanup());

async function render(sla: string, period: string, format: string, extra: string[] = []): Promise<string> {
  const r = await runSlm(repo.root, [
    "report",
    "--period",
    period,
    "--format",
    format,
    "--out",
    "-",
    "--sla",
    sla,
    ...extra,
  ]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return r.stdout;
}

const AS_OF = ["--as-of", "2024-06-01T00:00:00Z"];

describe("pending tickets (item 10)", () => {
  it("are listed with their clock in Markdown and HTML", async () => {
    // T2 opened 23:40, still open at the as-of instant 00:00: 20 min of a 1 h clock, pending.
    const model = JSON.parse(await render("acme-web", "2024-05", "json", AS_OF)) as ReportModel;
    expect(model.worst.pending.map((t) => [t.id, t.clock])).toEqual([["T2", 20 * 60]]);
    const md = await render("acme-web", "2024-05", "md", AS_OF);
    expect(md).toContain("| T2 | p1-response | 2024-05-31 23:40 | 20m | 1h |");
    const html = await render("acme-web", "2024-05", "html", AS_OF);
    expect(html).toContain('<th scope="row" class="nowrap">T2</th><td>p1-response</td>');
  });
});

describe("overlapping outages (item 11)", () => {
  it("show each outage's own contribution and the shared part once, summing to the downtime", async () => {
    const model = JSON.parse(await render("acme-web", "2024-05", "json", AS_OF)) as ReportModel;
    const availability = model.targets[0]!;
    // Downtime: 10:00–11:47 (OUT-03 inside) = 107 min, plus 10:00–13:00 on the 20th = 180 min.
    expect(availability.downtime).toBe((107 + 180) * 60);
    expect(model.worst.outages.map((o) => [o.id, o.duration, o.own, o.shared])).toEqual([
      ["O4", 2 * H, 1 * H, 1 * H],
      ["O5", 2 * H, 1 * H, 1 * H],
      ["OUT-02", 107 * 60, 92 * 60, 15 * 60],
      ["OUT-03", 15 * 60, 0, 15 * 60],
    ]);
    expect(model.worst.overlaps).toEqual([
      { outages: ["O4", "O5"], duration: 1 * H },
      { outages: ["OUT-02", "OUT-03"], duration: 15 * 60 },
    ]);
    const own = model.worst.outages.reduce((sum, o) => sum + o.own, 0);
    const shared = model.worst.overlaps.reduce((sum, o) => sum + o.duration, 0);
    expect(own + shared).toBe(availability.downtime);
    expect(model.breaches[0]!.causes).toEqual([
      "disk full from 2024-05-20 10:00 UTC: 1h (O4)",
      "router from 2024-05-20 11:00 UTC: 1h (O5)",
      "core switch from 2024-05-07 10:00 UTC: 1h 32m (OUT-02)",
      "dns from 2024-05-07 10:30 UTC: no downtime of its own (all of it while other outages were down) (OUT-03)",
      "O4 and O5 down at the same time: 1h, counted once",
      "OUT-02 and OUT-03 down at the same time: 15m, counted once",
    ]);
    const md = await render("acme-web", "2024-05", "md", AS_OF);
    expect(md).toContain(
      "| 2024-05-07 10:00 | 2024-05-07 11:47 | 1h 47m | 1h 32m | web | OUT-02 | core switch | unplanned |",
    );
    expect(md).toContain("- OUT-02 and OUT-03: 15m");
    const html = await render("acme-web", "2024-05", "html", AS_OF);
    expect(html).toContain("<li>O4 and O5: 1h</li>");
  });
});

describe("partial trend points (item 12)", () => {
  it("a period measured on 8 of 744 hours is marked partial in the model, Markdown and HTML", async () => {
    const model = JSON.parse(await render("acme-portal", "2024-04", "json")) as ReportModel;
    const march = model.trend.find((p) => p.period.label === "2024-03")!;
    expect(march.targets[0]).toMatchObject({ value: 1, status: "met", partial: true, provisional: false });
    expect(march.targets[0]!.measured).toBeCloseTo(8 / 744, 12);
    const md = await render("acme-portal", "2024-04", "md");
    expect(md).toContain("| availability (≥ 99%) | 100% † | 100% |");
    expect(md).toContain("- availability, March 2024: 1.075% of the service time");
    const html = await render("acme-portal", "2024-04", "html");
    expect(html).toContain('<td class="num cell-met">100% †</td>');
    expect(html).toContain("<li>availability, March 2024: 1.075% of the service time</li>");
  });
});

describe("service tier (item 15)", () => {
  it("is shown in the report header", async () => {
    const model = JSON.parse(await render("acme-web", "2024-05", "json", AS_OF)) as ReportModel;
    expect(model.serviceTier).toBe("gold");
    expect(await render("acme-web", "2024-05", "md", AS_OF)).toContain("| Service tier | gold |");
    expect(await render("acme-web", "2024-05", "html", AS_OF)).toContain(
      "<dt>Service tier</dt><dd>gold</dd>",
    );
    const untiered = JSON.parse(await render("acme-portal", "2024-04", "json")) as ReportModel;
    expect(untiered.serviceTier).toBeNull();
    expect(await render("acme-portal", "2024-04", "md")).not.toContain("Service tier");
  });
});
