import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { ReportModel } from "../../src/report/report-model.js";
import { spawnCli, tempDir } from "../helpers/cli.js";
import { EXAMPLES } from "../helpers/paths.js";

const env = { SOURCE_DATE_EPOCH: "1719792000" };

// Every expected figure below is from examples/README.md ("What the data shows, per month"),
// which the example's author computed independently of slm from the generator's scenario.
interface Target {
  name: string;
  value: number | null;
  status: string;
  severity: string | null;
  count: number | null;
  good: number | null;
  serviceTime: number | null;
  downtime: number | null;
  unknownTime: number | null;
  budget: { allowed: number | null; consumed: number | null };
  credit: { percent: number | null; amount: number | null };
  breachedWindows: string[];
  scope?: Record<string, string[]> | null;
}
interface Report {
  sla: string;
  generatedAt: string;
  targets: Target[];
  credits: {
    percent: number | null;
    amount: number | null;
    currency: string | null;
    capped: boolean;
    windows: unknown[];
  };
  summary: { sentence: string };
  dataQuality: { pending: { target: string; count: number }[]; skipped: { file: string; lines: number[] }[] };
}

function reportsFor(period: string): Map<string, Report> {
  const out = tempDir("slm-examples-");
  const result = spawnCli(["-C", EXAMPLES, "report", "--period", period, "--format", "json", "--out", out], {
    cwd: EXAMPLES,
    env,
  });
  expect(result.code).toBe(0);
  expect(result.stderr).toBe(`wrote 4 reports to ${out}/${period}\n`);
  const dir = join(out, period);
  return new Map(
    readdirSync(dir)
      .sort()
      .map((f) => {
        const report = JSON.parse(readFileSync(join(dir, f), "utf8")) as Report;
        return [report.sla, report];
      }),
  );
}

const target = (r: Report | undefined, name: string): Target => {
  const t = r?.targets.find((x) => x.name === name);
  if (!t) throw new Error(`no target ${name}`);
  return t;
};

describe("slm report on the example repository", () => {
  let may: Map<string, Report>;
  beforeAll(() => {
    may = reportsFor("2024-05");
  });

  it("writes one JSON report per SLA with the fixed generation time", () => {
    expect([...may.keys()]).toEqual(["acme-crm", "acme-email", "globex-portal", "globex-service-desk"]);
    for (const r of may.values()) expect(r.generatedAt).toBe("2024-07-01T00:00:00.000Z");
  });

  it("acme-email 2024-05: the overrun outage breaches availability, credits are capped at 50% of the fee", () => {
    const r = may.get("acme-email");
    const availability = target(r, "availability");
    // 288 min unplanned of 44,400 min (May in Berlin has 744 h, minus 4 h of planned maintenance).
    expect(availability.serviceTime).toBe(44_400 * 60);
    expect(availability.downtime).toBe(288 * 60);
    expect(availability.value).toBeCloseTo(1 - 288 / 44_400, 12);
    expect(availability).toMatchObject({
      status: "breached",
      severity: "critical",
      credit: { percent: 0.25 },
    });
    expect(target(r, "p1-response")).toMatchObject({
      count: 3,
      good: 1,
      status: "breached",
      severity: "critical",
      credit: { percent: 0.15 },
    });
    expect(target(r, "p1-resolution")).toMatchObject({
      count: 3,
      good: 1,
      status: "breached",
      credit: { percent: 0.2 },
    });
    expect(target(r, "p2-response")).toMatchObject({
      count: 9,
      good: 7,
      status: "breached",
      severity: "major",
    });
    expect(target(r, "p2-resolution")).toMatchObject({
      count: 9,
      good: 6,
      status: "breached",
      severity: "critical",
    });
    expect(target(r, "recovery-time")).toMatchObject({ count: 2, good: 1, status: "breached" });
    // 25% + 15% + 20% = 60%, capped at the 50% creditCap of a EUR 12,000 monthly fee.
    expect(r?.credits).toEqual({
      percent: 0.5,
      amount: 6000,
      currency: "EUR",
      capped: true,
      accruing: 0,
      direction: "payable",
      // May in Berlin (UTC+2): one due window, capped.
      windows: [
        {
          label: "2024-05",
          start: "2024-04-30T22:00:00.000Z",
          end: "2024-05-31T22:00:00.000Z",
          lastDay: "2024-05-31",
          amount: 6000,
        },
      ],
    });
    expect(r?.summary.sentence).toBe(
      "2 of 9 targets met; 6 breaches (5 critical, 1 major); 1 excused; credit EUR 6,000.00",
    );
  });

  it("acme-email 2024-05: three P1 tickets exceed the workload limit of two, so satisfaction (70%) is excused", () => {
    const r = may.get("acme-email") as unknown as ReportModel;
    // P1 tickets of E-Mail ACME opened in May, counted from the CSV (dedupe last): 3 > 2; other months ≤ 1.
    expect(r.workload).toMatchObject([
      { name: "p1-tickets", measure: "tickets", priority: "P1", max: 2, per: "month", source: "servicenow" },
    ]);
    expect(r.workload[0]!.windows.map((w) => [w.label, w.actual, w.exceeded])).toEqual([
      ["2024-05", 3, true],
    ]);
    // Survey responses in May after dedupe (last row per response id), counted by hand from the
    // CSV: 21 of 30 scored 4 or more = 70% < 85% — excused, not a breach, no credit.
    const csat = r.targets.find((t) => t.name === "satisfaction")!;
    expect(csat).toMatchObject({ status: "excused", good: 21, count: 30, severity: null });
    expect(csat.value).toBeCloseTo(0.7, 12);
    expect(csat.excused[0]!.reason).toBe("excused: 3 tickets opened against a workload limit of 2");
    expect(r.breaches.map((b) => b.target)).not.toContain("satisfaction");
  });

  it("globex-service-desk counts only Globex's tickets of the shared service desk (spec.scope)", () => {
    const desk = may.get("globex-service-desk")!;
    // Independently: the May export's service-desk rows of priority P3 opened in May (the SLA's
    // zone, London: Berlin wall time minus one hour all May), by CI and company. Cells are split
    // with a regular expression for quoted or plain fields.
    const cells = (line: string) => [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) => m[1]!);
    const inMay = (berlin: string) => berlin >= "2024-05-01 01:00" && berlin < "2024-06-01 01:00";
    const rows = readFileSync(join(EXAMPLES, "data/servicenow/2024-05.csv"), "utf8")
      .split("\n")
      .slice(1)
      .map(cells)
      .filter((f) => f[3] === "3 - Moderate" && inMay(f[6] ?? ""));
    const byCompany = (ci: string, company: string) =>
      new Set(rows.filter((f) => f[2] === ci && f[10] === company).map((f) => f[0])).size;
    const globex = byCompany("Globex Workplace", "Globex Ltd");
    expect(byCompany("ACME Workplace", "ACME Corp")).toBeGreaterThan(0);
    expect(globex).toBe(140);
    expect(target(desk, "p3-response")).toMatchObject({ count: globex, scope: { customer: ["globex"] } });
  });

  it("acme-crm 2024-05: overlapping outage rows are merged, never counted twice", () => {
    const r = may.get("acme-crm");
    const availability = target(r, "availability");
    expect(availability.downtime).toBe(63 * 60);
    expect(availability.serviceTime).toBe(13_440 * 60);
    expect(availability.value).toBe(0.9953125);
    expect(availability.status).toBe("met");
    // 10:02–10:47 and 10:30–11:05: 28 min and 18 min of their own, 17 min shared, listed once.
    const worst = (r as unknown as { worst: { outages: { id: string; own: number }[]; overlaps: unknown[] } })
      .worst;
    expect(worst.outages.map((o) => [o.id, o.own])).toEqual([
      ["OUT-24-0033", 28 * 60],
      ["OUT-24-0034", 18 * 60],
    ]);
    expect(worst.overlaps).toEqual([{ outages: ["OUT-24-0033", "OUT-24-0034"], duration: 17 * 60 }]);
    expect(target(r, "p2-resolution")).toMatchObject({
      count: 7,
      good: 4,
      status: "breached",
      severity: "critical",
    });
  });

  it("globex 2024-03 and 2024-06: a minor latency breach, unknown time from a monitor gap, a major availability breach with a GBP credit", () => {
    const march = reportsFor("2024-03").get("globex-portal");
    const latency = target(march, "latency");
    expect(latency).toMatchObject({ count: 8902, good: 8902 - 106, status: "breached", severity: "minor" });
    expect(latency.budget.consumed).toBeCloseTo(106 / (0.01 * 8902), 10);
    expect(target(march, "availability").unknownTime).toBe(8100);

    const june = reportsFor("2024-06");
    const portal = june.get("globex-portal");
    expect(target(portal, "availability")).toMatchObject({
      status: "breached",
      severity: "major",
      credit: { percent: 0.05 },
    });
    expect(target(portal, "availability").unknownTime).toBe(297);
    expect(portal?.credits).toMatchObject({ amount: 450, currency: "GBP" });
    expect(june.get("globex-service-desk")?.dataQuality.pending).toEqual(
      expect.arrayContaining([
        { target: "p3-response", count: 1 },
        { target: "p3-resolution", count: 8 },
      ]),
    );
  });

  it("judges a quarter of monthly windows month by month: June's breach is the quarter's breach", () => {
    const portal = reportsFor("2024-Q2").get("globex-portal");
    const availability = target(portal, "availability");
    // April and May were met; over the whole quarter availability is above 99.9%, but June alone
    // (99.838%) is a major breach of the monthly commitment and earns the 5% credit.
    expect(availability.value).toBeGreaterThan(0.999);
    expect(availability).toMatchObject({
      status: "breached",
      severity: "major",
      breachedWindows: ["2024-06"],
    });
    expect(portal?.credits).toMatchObject({ amount: 450, currency: "GBP" });
    expect(portal?.summary.sentence).toBe("2 of 3 targets met; 1 breach (1 major); credit GBP 450.00");
    const breach = (portal as unknown as { breaches: { target: string; causes: string[] }[] }).breaches[0];
    expect(breach?.target).toBe("availability");
    expect(breach?.causes[0]).toBe("2024-06: 99.838% < 99.9% (major)");
    // The trend judges earlier quarters the same way: Q1's March latency breach makes Q1 breached.
    const trend = (
      portal as unknown as {
        trend: { period: { label: string }; targets: { name: string; status: string }[] }[];
      }
    ).trend;
    const q1 = trend.find((p) => p.period.label === "2024-Q1");
    expect(q1?.targets.find((t) => t.name === "latency")?.status).toBe("breached");
  });

  it("slm credits 2024-06 (npm start): Globex's GBP 450 against EdgeWave's GBP 750 for Q2, claim by 2024-08-29", () => {
    const r = spawnCli(["-C", EXAMPLES, "credits", "--period", "2024-06", "--format", "json"], {
      cwd: EXAMPLES,
      env,
    });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    // Payable: globex-portal's June 5% of GBP 9,000 = 450 (the test above). Claimable: EdgeWave's
    // Q2 10% of 3 × GBP 2,500 = 750 (the test below), Q2's last day 2024-06-30 + 60d = 2024-08-29.
    // The CDN is beneath customer-portal only: net 450 − 750 = −300.
    expect(json.payable).toEqual([
      {
        sla: "globex-portal",
        customer: "globex",
        service: "customer-portal",
        window: "2024-06",
        amount: 450,
        currency: "GBP",
      },
    ]);
    expect(json.claimable).toEqual([
      {
        uc: "edgewave-cdn",
        supplier: "edgewave",
        service: "cdn",
        window: "2024-Q2",
        amount: 750,
        currency: "GBP",
        deadline: "2024-08-29",
      },
    ]);
    expect(json.net).toEqual([
      {
        service: "customer-portal",
        currency: "GBP",
        payable: 450,
        claimable: 750,
        net: -300,
        suppliers: [{ supplier: "edgewave", uc: "edgewave-cdn", claimable: 750 }],
      },
    ]);
  });

  it("edgewave-cdn: a quarterly UC credit runs provisional in April and May and falls due in June, claimable", () => {
    const uc = (period: string) => {
      const r = spawnCli(
        [
          "-C",
          EXAMPLES,
          "report",
          "--period",
          period,
          "--kind",
          "uc",
          "--sla",
          "edgewave-cdn",
          "--format",
          "json",
          "--out",
          "-",
        ],
        { cwd: EXAMPLES, env },
      );
      expect(r.code).toBe(0);
      return JSON.parse(r.stdout) as Report & {
        targets: (Target & { provisional: boolean; credit: { status: string } })[];
        credits: { direction: string | null };
      };
    };
    // The CDN's only outage in Q2: 2024-06-12 13:00–14:10 UTC, 70 min of a 91-day quarter
    // (131,040 min): 1 − 70/131,040 = 99.9466% < 99.95% → 10% of 3 × GBP 2,500 = GBP 750.
    for (const period of ["2024-04", "2024-05"]) {
      const t = uc(period).targets[0]!;
      expect({ period, provisional: t.provisional, status: t.status, credit: t.credit.status }).toEqual({
        period,
        provisional: true,
        status: "met",
        credit: "none",
      });
    }
    const june = uc("2024-06");
    expect(june.targets[0]).toMatchObject({
      name: "availability",
      provisional: false,
      status: "breached",
      severity: "minor",
      credit: { percent: 0.1, amount: 750, status: "due" },
    });
    expect(june.targets[0]!.value).toBeCloseTo(1 - 70 / 131040, 12);
    // Due in June: GBP 750 of June's fee GBP 2,500 = 30%; in the Q2 report the same 750 is 10%.
    expect(june.credits).toMatchObject({
      amount: 750,
      percent: 0.3,
      currency: "GBP",
      direction: "claimable",
    });
    expect(uc("2024-Q2").credits).toMatchObject({ amount: 750, percent: 0.1 });
  });

  it("warns when the period runs months past the newest record of an outage log or ticket export", () => {
    const year = reportsFor("2024").get("acme-email") as unknown as { dataQuality: { notes: string[] } };
    expect(year.dataQuality.notes).toContain(
      "outage-log: the newest record is from 2024-06-30, more than a month before the period ends; time after it is counted as if nothing happened",
    );
    const notes = (may.get("acme-email") as unknown as { dataQuality: { notes: string[] } }).dataQuality
      .notes;
    expect(notes.some((n) => n.includes("newest record"))).toBe(false);
  });

  it("lists the malformed rows of the exports with their line numbers", () => {
    const skipped = may.get("acme-email")?.dataQuality.skipped ?? [];
    const servicenow = skipped
      .filter((s) => s.file === "data/servicenow/2024-05.csv")
      .flatMap((s) => s.lines)
      .sort((a, b) => a - b);
    expect(servicenow).toEqual([95, 260, 378]);
  });
});
