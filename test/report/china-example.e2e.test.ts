import { isUtf8 } from "node:buffer";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ReportModel } from "../../src/report/report-model.js";
import { runCli } from "../helpers/cli.js";
import { EXAMPLES } from "../helpers/paths.js";

// examples/china/README.md "What the data shows": every figure computed by hand there (and in the
// comments here), independently of the program.

const CHINA = join(EXAMPLES, "china");
const H = 3600;

async function q2(): Promise<ReportModel> {
  const r = await runCli(
    ["report", "--period", "2024-Q2", "--format", "json", "--out", "-", "--sla", "jinling-erp"],
    {
      cwd: CHINA,
      env: { SOURCE_DATE_EPOCH: "1719792000" },
    },
  );
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as ReportModel;
}

describe("examples/china (SPEC §11 on a Chinese provider's data)", () => {
  it("validates clean and is fully covered", async () => {
    const v = await runCli(["validate", "--as-of", "2024-06-30"], { cwd: CHINA });
    expect([v.code, v.stdout.trim()]).toEqual([0, "✔ no problems in 7 files"]);
    const c = await runCli(["coverage", "--format", "json"], { cwd: CHINA });
    expect(c.code).toBe(0);
    expect(JSON.parse(c.stdout).summary).toMatchObject({ covered: 4, "at-risk": 0, uncovered: 0 });
  });

  it("reads the service desk's GB18030 ServiceNow export through the servicenow-incidents preset", async () => {
    const bytes = readFileSync(join(CHINA, "data/tickets/2024-Q2.csv"));
    // Not UTF-8 (GB18030 bytes for the Chinese text); the header is ServiceNow's field names.
    expect(isUtf8(bytes)).toBe(false);
    expect(new TextDecoder("gb18030").decode(bytes).split("\r\n")[1]).toContain('"1 - 严重"');
    const ds = readFileSync(join(CHINA, "datasources/service-desk.yaml"), "utf8");
    expect(ds).toMatch(/preset: servicenow-incidents/);
    expect(ds).toMatch(/encoding: gb18030/);
  });

  it("reports 2024-Q2 in Beijing time with the quarterly availability credit", async () => {
    const r = await q2();
    expect(r.timezone).toBe("Asia/Shanghai");
    expect(r.period).toEqual({
      label: "2024-Q2",
      start: "2024-03-31T16:00:00.000Z",
      end: "2024-06-30T16:00:00.000Z",
    });
    const a = r.targets.find((t) => t.name === "availability")!;
    // 91 days × 24 h of 24x7 in Beijing time; 45 + 90 + 60 min down.
    expect([a.serviceTime, a.downtime]).toEqual([91 * 24 * H, 195 * 60]);
    expect(a.value).toBeCloseTo(1 - 195 / 131_040, 12);
    // 5% of 3 × 200,000 CNY, due in the report whose period holds the quarter's end (SPEC §14).
    expect(a.credit).toEqual({ percent: 0.05, amount: 30_000, status: "due" });
  });

  it("the quarterly credit is accruing in the April and May reports and falls due once, in June (SPEC §14)", async () => {
    const month = async (period: string) => {
      const r = await runCli(
        ["report", "--period", period, "--format", "json", "--out", "-", "--sla", "jinling-erp"],
        { cwd: CHINA, env: { SOURCE_DATE_EPOCH: "1719792000" } },
      );
      expect(r.code).toBe(0);
      return JSON.parse(r.stdout) as ReportModel;
    };
    const availability = (r: ReportModel) => r.targets.find((t) => t.name === "availability")!;
    // Q2 to date: April 45 of 43,200 min, April–May 135 of 87,840 min, both below 99.9% so far.
    const april = await month("2024-04");
    const may = await month("2024-05");
    const june = await month("2024-06");
    expect(availability(april).value).toBeCloseTo(1 - 45 / 43_200, 12);
    expect(availability(may).value).toBeCloseTo(1 - 135 / 87_840, 12);
    for (const r of [april, may]) {
      expect(availability(r)).toMatchObject({
        provisional: true,
        credit: { percent: 0.05, amount: 30_000, status: "accruing" },
      });
      expect(r.credits).toMatchObject({ amount: 0, accruing: 30_000 });
    }
    expect(availability(june)).toMatchObject({
      provisional: false,
      credit: { status: "due", amount: 30_000 },
    });
    // 30,000 of June's 200,000 CNY fee; over April–June it is due exactly once.
    expect(june.credits).toMatchObject({ amount: 30_000, percent: 0.15 });
    expect((april.credits.amount ?? 0) + (may.credits.amount ?? 0) + (june.credits.amount ?? 0)).toBe(30_000);
  });

  it("counts ticket clocks in China's office hours, make-up days on, holidays off", async () => {
    const r = await q2();
    const row = (name: string) => r.targets.find((t) => t.name === name)!;
    expect([row("p1-response").count, row("p1-response").good]).toEqual([7, 5]);
    expect([row("p1-resolution").count, row("p1-resolution").good]).toEqual([7, 5]);
    expect([row("p2-resolution").count, row("p2-resolution").good]).toEqual([5, 3]);
    expect([row("p2-resolution").threshold, row("p2-resolution").thresholdText]).toEqual([null, "2bd"]);
    const clocks = r.worst.tickets.map((t) => [t.id, t.target, t.clock / H, t.threshold / H]);
    expect(clocks).toEqual([
      ["INC-2411", "p2-resolution", 25.5, 18], // 29 Apr 7 h + 30 Apr 9 h + 6 May 9 h + 7 May 0.5 h
      ["INC-2413", "p2-resolution", 18.5, 18], // 6 Jun 8 h + 7 Jun 9 h + 11 Jun 1.5 h
      ["INC-2403", "p1-resolution", 9, 4], // make-up Sunday 28 Apr 10–18 + Mon 09–10
      ["INC-2408", "p1-resolution", 6, 4],
      ["INC-2405", "p1-response", 1, 0.5], // make-up Saturday 11 May 09:30–10:30
      ["INC-2408", "p1-response", 0.75, 0.5],
    ]);
  });
});
