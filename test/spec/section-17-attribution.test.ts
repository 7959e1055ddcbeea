import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReportModel } from "../../src/report/report-model.js";
import { REDUNDANT_ISPS } from "../fixtures/attribution/redundant-isps.js";
import { removeDir, runCli, tempRepo } from "../helpers/cli.js";
import { brief, validateFiles } from "../helpers/validate-harness.js";

// SPEC §17: downtime through the dependency graph, and attribution. The fixture and its data are
// described line by line in test/fixtures/attribution/redundant-isps.ts. May 2024 = 44,640 min.

let root: string;
beforeAll(() => {
  root = tempRepo(REDUNDANT_ISPS, "slm-attribution-");
});
afterAll(() => removeDir(root));

async function report(name: string, kind = "sla", files: Record<string, string> = {}): Promise<ReportModel> {
  const r = await runCli(
    ["report", "--period", "2024-05", "--kind", kind, "--format", "json", "--out", "-", "--sla", name],
    { cwd: root, ...files },
  );
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as ReportModel;
}

const target = (r: ReportModel, name: string) => r.targets.find((t) => t.name === name)!;

describe("SPEC §17 components: true — the §5 composition in time", () => {
  it("one ISP alone takes nothing down, both together 20 min, the data centre 40 min: 60 min of downtime", async () => {
    const r = await report("acme-shop");
    const a = target(r, "availability");
    // O1 (isp-a alone) is covered by isp-b: no downtime. O2 ∩ O3 = 09:30–09:50 = 20 min. O4 = 40 min.
    expect(a.downtime).toBe(60 * 60);
    expect(a.serviceTime).toBe(44640 * 60);
    // (44,640 − 60) / 44,640 = 0.998655…, below 99.9% and not below 99.5%: the 10% tier, minor
    // (budget 0.1% × 44,640 min = 44.64 min; 60 / 44.64 = 134.4% ≤ 150%).
    expect(a.value).toBeCloseTo(44580 / 44640, 12);
    expect(a.status).toBe("breached");
    expect(a.severity).toBe("minor");
    expect(a.budget.allowed).toBeCloseTo(44.64 * 60, 9);
    expect(a.budget.consumed).toBeCloseTo(60 / 44.64, 9);
    // 10% of EUR 10,000.
    expect(a.credit).toEqual({ percent: 0.1, amount: 1000, status: "due" });
  });

  it("without components: true the same shop has no downtime of its own", async () => {
    const files = {
      ...REDUNDANT_ISPS,
      "agreements/acme-shop.yaml": REDUNDANT_ISPS["agreements/acme-shop.yaml"]!.replace(
        "      components: true\n",
        "",
      ),
    };
    const other = tempRepo(files, "slm-attribution-own-");
    try {
      const r = await runCli(
        ["report", "--period", "2024-05", "--format", "json", "--out", "-", "--sla", "acme-shop"],
        { cwd: other },
      );
      const a = (JSON.parse(r.stdout) as ReportModel).targets.find((t) => t.name === "availability")!;
      expect(a.downtime).toBe(0);
      expect(a.value).toBe(1);
      expect(a.attribution).toEqual({ downtime: 0, components: [], shared: [] });
    } finally {
      removeDir(other);
    }
  });
});

describe("SPEC §17 attribution", () => {
  it("seconds per component with the OLA/UC that answers for it; the ISPs' 20 minutes once, as shared", async () => {
    const a = target(await report("acme-shop"), "availability");
    expect(a.attribution).toEqual({
      downtime: 3600,
      components: [
        // O4: 40 min, nobody else down then.
        {
          service: "dc",
          displayName: null,
          downtime: 2400,
          alone: 2400,
          shared: 0,
          accountable: ["UC/colo-dc/availability"],
        },
        // O2 and O3 count only while both were down: 20 min each, all of it shared.
        {
          service: "isp-a",
          displayName: null,
          downtime: 1200,
          alone: 0,
          shared: 1200,
          accountable: ["UC/fastnet/availability"],
        },
        {
          service: "isp-b",
          displayName: null,
          downtime: 1200,
          alone: 0,
          shared: 1200,
          accountable: ["UC/metrolink/availability"],
        },
      ],
      shared: [{ services: ["isp-a", "isp-b"], duration: 1200 }],
    });
    // Alone plus shared once is the downtime: 2,400 + 0 + 0 + 1,200 = 3,600.
    const { components, shared } = a.attribution!;
    expect(components.reduce((s, c) => s + c.alone, 0) + shared.reduce((s, x) => s + x.duration, 0)).toBe(
      a.downtime,
    );
  });

  it("lists outages as far as they took the shop down: O1 (isp-a alone) is not among them", async () => {
    const r = await report("acme-shop");
    expect(r.worst.outages.map((o) => [o.id, o.service, o.duration, o.own])).toEqual([
      ["O4", "dc", 2400, 2400],
      ["O2", "isp-a", 1200, 0],
      ["O3", "isp-b", 1200, 0],
    ]);
  });

  it("each UC is measured on its own component's outages: the suppliers' credits", async () => {
    // colo-dc: 40 min down → 44,600 / 44,640 = 99.9104% < 99.95% → 20% × EUR 2,000 = 400.
    const colo = await report("colo-dc", "uc");
    expect(target(colo, "availability").downtime).toBe(2400);
    expect(colo.credits).toMatchObject({ amount: 400, currency: "EUR", direction: "claimable" });
    // fastnet (isp-a): O1 + O2 = 110 min → 99.7536% < 99.9% → 10% × 500 = 50.
    const fastnet = await report("fastnet", "uc");
    expect(target(fastnet, "availability").downtime).toBe(110 * 60);
    expect(fastnet.credits.amount).toBe(50);
    // metrolink (isp-b): O3 = 60 min → 99.8656% < 99.9% → 50.
    const metrolink = await report("metrolink", "uc");
    expect(target(metrolink, "availability").downtime).toBe(3600);
    expect(metrolink.credits.amount).toBe(50);
    // A UC's attribution is its own service.
    expect(target(metrolink, "availability").attribution!.components).toEqual([
      { service: "isp-b", displayName: null, downtime: 3600, alone: 3600, shared: 0, accountable: [] },
    ]);
  });

  it("every breached ticket lists the supporting OLA clock on it, breached or not", async () => {
    const r = await report("acme-shop");
    // 1 of 4 within 30 min (T2) = 25% < 75%.
    expect(target(r, "p1-response").value).toBe(0.25);
    expect(r.worst.tickets.map((t) => [t.id, t.clock, t.supporting])).toEqual([
      [
        "T3",
        3600,
        [
          {
            ref: "OLA/desk/p1-response",
            metric: "response-time",
            clock: 3600,
            threshold: 900,
            status: "breached",
          },
        ],
      ],
      [
        "T1",
        2700,
        [
          {
            ref: "OLA/desk/p1-response",
            metric: "response-time",
            clock: 2700,
            threshold: 900,
            status: "breached",
          },
        ],
      ],
      // Saturday: the desk's office hours are closed, its clock did not run.
      [
        "T4",
        2400,
        [{ ref: "OLA/desk/p1-response", metric: "response-time", clock: 0, threshold: 900, status: "met" }],
      ],
    ]);
    const causes = r.breaches.find((b) => b.target === "p1-response")!.causes;
    expect(causes).toContain(
      "T3 (P1): 1h > 30m; supporting clock also breached: OLA/desk/p1-response (1h > 15m)",
    );
    expect(causes).toContain("T4 (P1): 40m > 30m; every supporting clock met its threshold");
  });
});

describe("SPEC §17 attribution in Markdown and HTML", () => {
  async function rendered(format: "md" | "html"): Promise<string> {
    const r = await runCli(
      ["report", "--period", "2024-05", "--format", format, "--out", "-", "--sla", "acme-shop"],
      {
        cwd: root,
      },
    );
    expect(r.code).toBe(0);
    return r.stdout;
  }

  it("Markdown: a row per component with its accountable UC, the shared 20 minutes once, the supporting clocks", async () => {
    const md = await rendered("md");
    expect(md).toContain("## Downtime by cause");
    expect(md).toContain("### availability: 1h of downtime");
    expect(md).toContain("| dc | 40m | 40m | 0s | UC/colo-dc/availability |");
    expect(md).toContain("| isp-a | 20m | 0s | 20m | UC/fastnet/availability |");
    expect(md).toContain("- isp-a and isp-b: 20m");
    expect(md).toContain("| T1 | p1-response | 45m | OLA/desk/p1-response | 45m | 15m | **also breached** |");
    expect(md).toContain("| T4 | p1-response | 40m | OLA/desk/p1-response | 0s | 15m | Met |");
  });

  it("HTML: an accessible bar chart (role img, title, a description with every figure) and the table", async () => {
    const html = await rendered("html");
    const section = html.slice(html.indexOf('<section aria-labelledby="attribution-heading">'));
    expect(section).toMatch(
      /<svg class="chart"[^>]* role="img" aria-labelledby="attribution-title-0 attribution-desc-0"/,
    );
    expect(section).toContain(
      "dc: 40m (40m alone, 0s shared); isp-a: 20m (0s alone, 20m shared); isp-b: 20m (0s alone, 20m shared).",
    );
    // Bars on one scale: dc (40m) spans the whole track, each ISP half of it, all of that shared.
    const bars = [
      ...section.matchAll(/<rect class="bar (alone|shared)" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g),
    ]
      .slice(0, 6)
      .map((m) => [m[1], Number(m[3])]);
    const track = 600 - 150 - 86;
    expect(bars).toEqual([
      ["alone", track],
      ["shared", 0],
      ["alone", 0],
      ["shared", track / 2],
      ["alone", 0],
      ["shared", track / 2],
    ]);
    expect(section).toContain("<td>UC/colo-dc/availability</td>");
    expect(html).toContain('<span class="badge breached">also breached</span>');
  });
});

describe("SPEC §17 components: true is validated", () => {
  it("is an error on another metric and on a source that is not an outage log", () => {
    const files = {
      ...REDUNDANT_ISPS,
      "catalogue.yaml": `${REDUNDANT_ISPS["catalogue.yaml"]}---
apiVersion: slm/v1
kind: DataSource
metadata: { name: probes }
spec:
  type: checks
  path: data/probes.csv
  columns: { timestamp: t, service: s, status: st }
`,
      "agreements/acme-shop.yaml": REDUNDANT_ISPS["agreements/acme-shop.yaml"]!.replace(
        "      source: outages\n",
        "      source: probes\n",
      ).replace("objective: 75%, source: tickets }", "objective: 75%, source: tickets, components: true }"),
    };
    const found = validateFiles(files).filter((d) => d.code.startsWith("target/components"));
    expect(brief(found)).toEqual([
      "target/components-source 15:7 components: true composes the components' outages, but DataSource probes is of type checks; measure this target from an outages source (source: NAME)",
      "target/components-not-applicable 18:114 components applies only to availability targets, not response-time",
    ]);
  });
});
