import { describe, expect, it } from "vitest";
import { runCli, tempRepo } from "../helpers/cli.js";
import { SLI_MENU_REPO as REPO } from "../helpers/sli-menu-repo.js";

const MIN = 60_000;
const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString().replace(".000Z", "Z");

/** Backups every 15 minutes from 2024-04-30 23:45 to 2024-05-31 23:45; the runs at 03:00 and 03:15 on May 10 fail. */
function backups(): { csv: string; ok: number[] } {
  const rows = ["finished,job,result"];
  const ok: number[] = [];
  for (let t = at("2024-04-30T23:45:00Z"); t <= at("2024-05-31T23:45:00Z"); t += 15 * MIN) {
    const failed = t === at("2024-05-10T03:00:00Z") || t === at("2024-05-10T03:15:00Z");
    rows.push(`${iso(t)},billing-db,${failed ? "FAILED" : "Completed"}`);
    if (!failed) ok.push(t);
  }
  return { csv: `${rows.join("\n")}\n`, ok };
}

/** Free disk every 6 hours in May: 19.5 GB twice, exactly 20 GB once, 40 GB otherwise. */
function capacity(): string {
  const rows = ["time,host,free_gb"];
  let i = 0;
  for (let t = at("2024-05-01T00:00:00Z"); t < at("2024-06-01T00:00:00Z"); t += 360 * MIN, i++)
    rows.push(`${iso(t)},billing-db,${i === 5 || i === 70 ? "19.5" : i === 33 ? "20" : "40"}`);
  return `${rows.join("\n")}\n`;
}

describe("freshness and threshold targets in a report (SPEC §22)", () => {
  const { csv, ok } = backups();
  const root = tempRepo({ "repo.yaml": REPO, "backups.csv": csv, "capacity.csv": capacity() });
  const report = async (format: string, locale = "en") => {
    const r = await runCli(
      [
        "report",
        "--period",
        "2024-05",
        "--sla",
        "dba-billing-db",
        "--kind",
        "ola",
        "--format",
        format,
        "--out",
        "-",
        "--locale",
        locale,
      ],
      { cwd: root },
    );
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    return r.stdout;
  };

  it("measures fresh time over service time, with a time budget", async () => {
    const json = JSON.parse(await report("json"));
    const rpo = json.targets.find((t: { name: string }) => t.name === "rpo");
    // Naive oracle: minute by minute through May (at each minute's middle: every edge is on a whole
    // minute), fresh when some successful backup at or before then is at most 15 minutes old.
    let fresh = 0;
    let minutes = 0;
    let latest = 0; // index into ok (sorted) of the latest success at or before m
    for (let m = at("2024-05-01T00:00:30Z"); m < at("2024-06-01T00:00:00Z"); m += MIN) {
      minutes++;
      while (latest + 1 < ok.length && ok[latest + 1]! <= m) latest++;
      if (ok[latest]! <= m && m - ok[latest]! <= 15 * MIN) fresh++;
    }
    // By hand: 31 × 1440 = 44640 minutes; stale from 03:00 (02:45 + 15 min) to 03:30 on May 10 = 30.
    expect([minutes, fresh]).toEqual([44_640, 44_610]);
    expect(rpo.serviceTime).toBe(minutes * 60);
    expect(rpo.downtime).toBe((minutes - fresh) * 60);
    expect(rpo.value).toBeCloseTo(fresh / minutes, 12);
    expect(rpo.status).toBe("met");
    // Budget: 0.1% of 44640 min = 44.64 min = 2678.4 s; 30 min used = 30 / 44.64.
    expect(rpo.budget.allowed).toBeCloseTo(2678.4, 6);
    expect(rpo.budget.consumed).toBeCloseTo(30 / 44.64, 9);
    expect(rpo.subject).toBe("backups");
  });

  it("counts samples that meet the limit, with a counted budget", async () => {
    const json = JSON.parse(await report("json"));
    const headroom = json.targets.find((t: { name: string }) => t.name === "headroom");
    // 31 days × 4 samples = 124; two at 19.5 GB fail ≥ 20 GB, the one at exactly 20 GB meets it.
    expect([headroom.good, headroom.count]).toEqual([122, 124]);
    expect(headroom.value).toBeCloseTo(122 / 124, 12);
    expect(headroom.status).toBe("breached");
    expect(headroom.budget.allowed).toBeCloseTo(1.24, 9);
    expect(headroom.limit).toEqual({
      field: "headroom",
      op: ">=",
      value: 20e9,
      amount: 20,
      unit: "GB",
      text: "20GB",
    });
  });

  it("words both in each locale", async () => {
    // rpo-strict (99.99%: 4.464 min of budget, 30 used) is breached: its criterion is worded.
    const en = await report("md");
    expect(en).toContain("| rpo | backups at most 15m old | 99.9% |");
    expect(en).toContain("Commitment: backups at most 15m old 99.99% of the time.");
    expect(en).toContain("| headroom | samples with headroom ≥ 20 GB | 99% |");
    expect(en).toContain("Commitment: headroom ≥ 20 GB in 99% of samples.");
    const de = await report("md", "de");
    // German puts (narrow) no-break spaces before units and %.
    expect(de).toMatch(/backups höchstens 15\sMin\. alt in 99,99\s%\sder Zeit/);
    expect(de).toMatch(/headroom ≥ 20 GB in 99\s%\sder Messungen/);
    const zh = await report("md", "zh-CN");
    expect(zh).toContain("backups 数据滞后不超过 15 分 的时间比例不低于 99.99%");
    expect(zh).toContain("headroom ≥ 20 GB 的样本比例不低于 99%");
    const html = await report("html");
    expect(html).toContain("backups at most 15m old 99.99% of the time");
    expect(html).toContain("headroom ≥ 20 GB in 99% of samples");
  });

  it("status: freshness burns a time budget, threshold a counted one (SPEC §20)", async () => {
    const r = await runCli(
      [
        "status",
        "--kind",
        "ola",
        "--as-of",
        "2024-05-16T00:00:00Z",
        "--format",
        "json",
        "--fail-on",
        "never",
      ],
      { cwd: root },
    );
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout).targets as { target: string; elapsed: number; consumed: number }[];
    const rpo = rows.find((t) => t.target === "rpo")!;
    const headroom = rows.find((t) => t.target === "headroom")!;
    // Time-based: 15 days of May measured (seconds); the budget is the whole month's, 0.1% of
    // 44640 min = 44.64 min, of which the 30 stale minutes of May 10 are used.
    expect(rpo.elapsed).toBe(15 * 86_400);
    expect(rpo.consumed).toBeCloseTo(30 / 44.64, 9);
    // Counted: samples at 00:00, 06:00, 12:00, 18:00 of May 1–15 = 60 so far, one (index 5) below
    // 20 GB; the budget is 1% of the samples so far, 0.6.
    expect(headroom.elapsed).toBe(60);
    expect(headroom.consumed).toBeCloseTo(1 / 0.6, 9);
  });
});
