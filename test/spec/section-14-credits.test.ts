import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReportModel } from "../../src/report/report-model.js";
import { removeDir, runCli, tempRepo } from "../helpers/cli.js";

// SPEC §14 — credits that fall due (issue 9, items 1–2). Every figure is worked out by hand in
// the comments: all agreements are 24x7 in UTC, so a month's service time is its days × 1440 min.
//
// Data: one outage on crm, 2024-04-10 10:00–12:00 (120 min); one on erp, 2024-05-10 10:00–12:00
// (120 min); ten P1 erp tickets in May, two of them answered after 2 h against a 30m threshold.

const FEE = "  fee: { amount: 200000, currency: CNY, per: month }\n";

function agreement(kind: string, name: string, service: string, body: string): string {
  return `apiVersion: slm/v1
kind: ${kind}
metadata: { name: ${name} }
spec:
  service: ${service}
  provider: it
  customer: ${kind === "SLA" ? "acme" : "it"}
  term: { start: 2024-01-01 }
  review: { every: 1y, last: 2024-01-15 }
${body}`;
}

const AVAILABILITY_10 =
  "    - { name: availability, metric: availability, objective: 99.9%, source: outages, credits: [{ below: 99.9%, credit: 10% }] }\n";
const QUARTERLY_5 =
  "    - { name: availability-q, metric: availability, window: quarter, objective: 99.95%, source: outages, credits: [{ below: 99.95%, credit: 5% }] }\n";

const tickets = ["id,svc,prio,opened,responded"];
for (let i = 1; i <= 10; i++) {
  const opened = `2024-05-${String(i + 1).padStart(2, "0")}T09:00:00Z`;
  const responded = `2024-05-${String(i + 1).padStart(2, "0")}T${i <= 2 ? "11" : "09"}:${i <= 2 ? "00" : "10"}:00Z`;
  tickets.push(`T${i},erp,P1,${opened},${responded}`);
}

const FILES = {
  "catalogue.yaml": `apiVersion: slm/v1
kind: Service
metadata: { name: erp }
spec: { owner: it, tier: key }
---
apiVersion: slm/v1
kind: Service
metadata: { name: crm }
spec: { owner: it }
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
  // SPEC's example: 200,000 CNY a month; in May availability earns 10% (20,000) and p1-response 20% (40,000).
  "spec-example.yaml": agreement(
    "SLA",
    "spec-example",
    "erp",
    `${FEE}  targets:
${AVAILABILITY_10}    - { name: p1-response, metric: response-time, priority: P1, threshold: 30m, objective: 90%, source: tickets, credits: [{ below: 90%, credit: 20% }] }
`,
  ),
  // The quarterly case: one quarterly target with a 5% tier on crm.
  "quarterly.yaml": agreement("SLA", "quarterly", "crm", `${FEE}  targets:\n${QUARTERLY_5}`),
  // Month and quarter windows in one agreement.
  "mixed.yaml": agreement("SLA", "mixed", "crm", `${FEE}  targets:\n${AVAILABILITY_10}${QUARTERLY_5}`),
  // Caps per window on the scaled fee: two monthly 10% targets and a quarterly 20% one, capped at 15%.
  "capped.yaml": agreement(
    "SLA",
    "capped",
    "crm",
    `${FEE}  creditCap: 15%
  targets:
${AVAILABILITY_10}    - { name: availability-2, metric: availability, objective: 99.9%, source: outages, credits: [{ below: 99.9%, credit: 10% }] }
    - { name: availability-q, metric: availability, window: quarter, objective: 99.95%, source: outages, credits: [{ below: 99.95%, credit: 20% }] }
`,
  ),
  // Credits without a fee: only shares can be stated.
  "no-fee.yaml": agreement("SLA", "no-fee", "crm", `  targets:\n${AVAILABILITY_10}${QUARTERLY_5}`),
  "supplier.yaml": agreement("UC", "supplier", "crm", `${FEE}  targets:\n${AVAILABILITY_10}`),
  "team.yaml": agreement("OLA", "team", "crm", `${FEE}  targets:\n${AVAILABILITY_10}`),
  "data/outages.csv":
    "ref,service,start,end\n" +
    "O1,crm,2024-04-10T10:00:00Z,2024-04-10T12:00:00Z\n" +
    "O2,erp,2024-05-10T10:00:00Z,2024-05-10T12:00:00Z\n",
  "data/tickets.csv": `${tickets.join("\n")}\n`,
};

let root: string;
beforeAll(() => {
  root = tempRepo(FILES, "slm-credits-");
});
afterAll(() => removeDir(root));

async function report(name: string, period: string, kind = "sla"): Promise<ReportModel> {
  const r = await runCli(
    ["report", "--period", period, "--kind", kind, "--format", "json", "--out", "-", "--sla", name],
    { cwd: root },
  );
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as ReportModel;
}

const target = (r: ReportModel, name: string) => r.targets.find((t) => t.name === name)!;

describe("SPEC §14 credits.percent is the due amount over the fee for the report's period", () => {
  it("SPEC's example: 60,000 CNY due on 200,000 a month is 0.30 in May and 0.10 in Q2", async () => {
    const may = await report("spec-example", "2024-05");
    // availability: 120 of 44,640 min down = 99.7311% < 99.9% → 10% × 200,000 = 20,000.
    // p1-response: 8 of 10 within 30m = 80% < 90% → 20% × 200,000 = 40,000.
    expect(target(may, "availability").credit).toEqual({ percent: 0.1, amount: 20000, status: "due" });
    expect(target(may, "p1-response").credit).toEqual({ percent: 0.2, amount: 40000, status: "due" });
    expect(may.credits).toMatchObject({
      amount: 60000,
      currency: "CNY",
      capped: false,
      direction: "payable",
    });
    expect(may.credits.percent).toBeCloseTo(0.3, 12);
    const q2 = await report("spec-example", "2024-Q2");
    // The same 60,000 (April and June earn nothing) over the quarter's fee 3 × 200,000 = 600,000.
    expect(q2.credits.amount).toBe(60000);
    expect(q2.credits.percent).toBeCloseTo(0.1, 12);
  });

  it("the issue's quarterly case: 30,000 falls due once, in June and in Q2, and is accruing in April and May", async () => {
    // Q2 to date, 120 min down:
    //   April  (30 d = 43,200 min): 99.7222% — below 99.95%, 5% so far
    //   May    (61 d = 87,840 min): 99.8634% — still below
    //   June   (91 d = 131,040 min): 99.9084% — the quarter ends below 99.95%: 5% × 3 × 200,000 = 30,000 due
    const april = await report("quarterly", "2024-04");
    const may = await report("quarterly", "2024-05");
    const june = await report("quarterly", "2024-06");
    const q2 = await report("quarterly", "2024-Q2");
    const july = await report("quarterly", "2024-07");
    for (const [r, days] of [
      [april, 30],
      [may, 61],
    ] as const) {
      const t = target(r, "availability-q");
      expect(t.provisional).toBe(true);
      expect(t.serviceTime).toBe(days * 86400);
      expect(t.value).toBeCloseTo(1 - 120 / (days * 1440), 12);
      expect(t.credit).toEqual({ percent: 0.05, amount: 30000, status: "accruing" });
      expect(r.credits).toMatchObject({ amount: 0, percent: 0, accruing: 30000 });
      expect(r.summary.sentence).toBe("0 of 1 target met; no breaches; 1 still running");
    }
    for (const r of [june, q2]) {
      const t = target(r, "availability-q");
      expect(t.provisional).toBe(false);
      expect(t.serviceTime).toBe(91 * 86400);
      expect(t.value).toBeCloseTo(1 - 120 / 131040, 12);
      expect(t.credit).toEqual({ percent: 0.05, amount: 30000, status: "due" });
      expect(r.credits).toMatchObject({ amount: 30000, accruing: 0, capped: false });
    }
    expect(june.credits.percent).toBeCloseTo(30000 / 200000, 12);
    expect(q2.credits.percent).toBeCloseTo(30000 / 600000, 12);
    // Q3 starts clean; Q2's credit does not come back.
    expect(target(july, "availability-q").credit).toEqual({ percent: 0, amount: 0, status: "none" });
    expect(july.credits.amount).toBe(0);
    // Over the monthly reports the credit is due exactly once.
    expect([april, may, june, july].reduce((sum, r) => sum + (r.credits.amount ?? 0), 0)).toBe(30000);
  });
});

describe("SPEC §14 windows that end inside, at and after the period", () => {
  it("inside: a quarterly report holds three monthly windows, each due; at: Q2 ends with the June report", async () => {
    const q2 = await report("mixed", "2024-Q2");
    const monthly = target(q2, "availability");
    // April: 120 of 43,200 min = 99.7222% < 99.9% → 10% × 200,000 = 20,000 due; May and June 100%.
    expect(
      monthly.windows.map((w) => [w.label, w.provisional, w.status, w.credit.status, w.credit.amount]),
    ).toEqual([
      ["2024-04", false, "breached", "due", 20000],
      ["2024-05", false, "met", "none", 0],
      ["2024-06", false, "met", "none", 0],
    ]);
    expect(monthly.credit).toEqual({ percent: 0.1, amount: 20000, status: "due" });
    // 20,000 (April window) + 30,000 (Q2 window) = 50,000 of 600,000.
    expect(q2.credits.amount).toBe(50000);
    expect(q2.credits.percent).toBeCloseTo(50000 / 600000, 12);
    const june = await report("mixed", "2024-06");
    expect(target(june, "availability-q").windows).toEqual([
      expect.objectContaining({
        label: "2024-Q2",
        start: "2024-04-01T00:00:00.000Z",
        end: "2024-07-01T00:00:00.000Z",
        provisional: false,
      }),
    ]);
    expect(june.credits.amount).toBe(30000);
  });

  it("after: in April the month is due and the quarter accrues; the total holds only what is due", async () => {
    const april = await report("mixed", "2024-04");
    expect(target(april, "availability").credit).toEqual({ percent: 0.1, amount: 20000, status: "due" });
    expect(target(april, "availability-q").windows).toEqual([
      expect.objectContaining({
        label: "2024-Q2",
        start: "2024-04-01T00:00:00.000Z",
        end: "2024-05-01T00:00:00.000Z",
        provisional: true,
        status: "breached",
        credit: { percent: 0.05, amount: 30000, status: "accruing" },
      }),
    ]);
    expect(april.credits).toMatchObject({ amount: 20000, accruing: 30000 });
    expect(april.credits.percent).toBeCloseTo(0.1, 12);
    // The breach so far is listed but not counted as a breach of the agreement yet.
    expect(april.summary).toMatchObject({ targets: 2, met: 0, breached: 1, provisional: 1 });
    expect(april.breaches.map((b) => [b.target, b.provisional])).toEqual([
      ["availability", false],
      ["availability-q", true],
    ]);
    expect(april.dataQuality.notes).toContain(
      "availability-q: the quarter 2024-Q2 is still running; figures so far (from its start to the end of the period), its credit is not due yet",
    );
  });

  it("--fail-on-breach fails on a breach of a window that has ended, not on one still running", async () => {
    const run = (period: string) =>
      runCli(["report", "--period", period, "--sla", "quarterly", "--out", "-", "--fail-on-breach"], {
        cwd: root,
      });
    expect((await run("2024-05")).code).toBe(0);
    expect((await run("2024-06")).code).toBe(1);
  });

  it("a custom range: the window ending inside it is due whole, the one still running is provisional", async () => {
    const range = await report("quarterly", "2024-06-15..2024-07-15");
    const t = target(range, "availability-q");
    expect(t.windows.map((w) => [w.label, w.start, w.end, w.provisional, w.credit.status])).toEqual([
      ["2024-Q2", "2024-04-01T00:00:00.000Z", "2024-07-01T00:00:00.000Z", false, "due"],
      ["2024-Q3", "2024-07-01T00:00:00.000Z", "2024-07-16T00:00:00.000Z", true, "none"],
    ]);
    expect(t.provisional).toBe(true);
    // 30,000 over the range's fee: 16/30 of June + 15/31 of July = 1.017204… months × 200,000.
    expect(range.credits.amount).toBe(30000);
    expect(range.credits.percent).toBeCloseTo(30000 / (200000 * (16 / 30 + 15 / 31)), 6);
    // A range that stops a day short of the quarter's end leaves the credit accruing.
    const short = await report("quarterly", "2024-04-01..2024-06-29");
    expect(target(short, "availability-q").credit.status).toBe("accruing");
    expect(short.credits.amount).toBe(0);
    const whole = await report("quarterly", "2024-04-01..2024-06-30");
    expect(target(whole, "availability-q").credit.status).toBe("due");
    expect(whole.credits.amount).toBe(30000);
  });
});

describe("SPEC §14 in Markdown and HTML", () => {
  async function render(name: string, period: string, format: string, kind = "sla"): Promise<string> {
    const r = await runCli(
      ["report", "--period", period, "--kind", kind, "--format", format, "--out", "-", "--sla", name],
      { cwd: root },
    );
    expect(r.code).toBe(0);
    return r.stdout;
  }

  it("lists each window's credit with its status, totals only what is due and names what is accruing", async () => {
    const md = await render("mixed", "2024-04", "md");
    expect(md).toContain("| availability | 2024-04 | 99.722% | 10% | CNY 20,000.00 | due |");
    expect(md).toContain(
      "| availability-q | 2024-Q2 | 99.722% so far | 5% | CNY 30,000.00 | accruing (window still running) |",
    );
    expect(md).toContain("| **Total due** | | | **10%** | **CNY 20,000.00** | |");
    expect(md).toContain(
      "Accruing, not yet due: CNY 30,000.00 in windows still running at the end of April 2024.",
    );
    expect(md).toContain("### 2. availability-q: Critical so far");
    const html = await render("mixed", "2024-04", "html");
    expect(html).toContain("<td>accruing (window still running)</td>");
    expect(html).toContain("Accruing, not yet due: CNY 30,000.00");
  });

  it("a UC's total is claimable", async () => {
    expect(await render("supplier", "2024-04", "md", "uc")).toContain("| **Total claimable** |");
  });
});

describe("SPEC §14 creditCap per window, on the fee scaled to the window", () => {
  it("caps April at 15% of 200,000 and Q2 at 15% of 600,000", async () => {
    const q2 = await report("capped", "2024-Q2");
    // April window: 10% + 10% = 20% > 15% → 15% × 200,000 = 30,000 (before the cap 40,000).
    // Q2 window: 20% × 600,000 = 120,000 > 15% × 600,000 = 90,000 → 90,000 (not 30,000).
    expect(target(q2, "availability").credit).toEqual({ percent: 0.1, amount: 20000, status: "due" });
    expect(target(q2, "availability-q").credit).toEqual({ percent: 0.2, amount: 120000, status: "due" });
    expect(q2.credits).toMatchObject({ amount: 120000, capped: true });
    expect(q2.credits.percent).toBeCloseTo(120000 / 600000, 12);
    const june = await report("capped", "2024-06");
    expect(june.credits).toMatchObject({ amount: 90000, capped: true });
    const april = await report("capped", "2024-04");
    expect(april.credits).toMatchObject({ amount: 30000, capped: true, accruing: 90000 });
  });

  it("without a fee the share is still stated against the period's fee", async () => {
    const q2 = await report("no-fee", "2024-Q2");
    // April window 10% of one month's fee + Q2 window 5% of three months' fees = 0.1 + 0.15 = 0.25
    // months of fee, over the quarter's three: 0.25 / 3.
    expect(q2.credits).toMatchObject({ amount: null, currency: null, direction: "payable" });
    expect(q2.credits.percent).toBeCloseTo(0.25 / 3, 12);
  });
});

describe("SPEC §14 credits.direction", () => {
  it("a UC's credit is claimable from the supplier, an OLA carries none", async () => {
    const uc = await report("supplier", "2024-04", "uc");
    expect(uc.credits).toMatchObject({ amount: 20000, currency: "CNY", direction: "claimable" });
    expect(target(uc, "availability").credit).toEqual({ percent: 0.1, amount: 20000, status: "due" });
    const ola = await report("team", "2024-04", "ola");
    expect(ola.credits).toMatchObject({ amount: null, percent: null, direction: null });
    expect(target(ola, "availability").credit).toEqual({ percent: null, amount: null, status: "none" });
  });
});

describe("SPEC §14 kpi counts provisional targets apart", () => {
  it("the quarterly target in May is neither met nor breached", async () => {
    const r = await runCli(["kpi", "--period", "2024-05", "--format", "json"], { cwd: root });
    expect(r.code).toBe(0);
    const kpi = JSON.parse(r.stdout);
    // SLAs in May: spec-example (2 targets, both breached), quarterly (1, provisional),
    // mixed (monthly met in May, quarterly provisional), capped (2 monthly met, 1 provisional),
    // no-fee (monthly met, quarterly provisional): 10 targets, 4 provisional, 4 met, 2 breached.
    expect(kpi.targets).toEqual({ measured: 6, met: 4, breached: 2, noData: 0, excused: 0, provisional: 4 });
  });
});
