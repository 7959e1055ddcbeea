import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DiffResult } from "../../src/diff/diff-result.js";
import { removeDir, runCli } from "../helpers/cli.js";
import { writeFiles } from "../helpers/git-history.js";
import { C4, throughTimeRepository } from "../spec/through-time-fixture.js";

// SPEC §16 `slm diff --replay N` on the repository of through-time-fixture.ts, base C1 against
// the work tree (C4, clean), as of 2025-01-15: the last 6 complete months are July–December 2024.
// Base terms (history up to C1): every month under C1 — 99.5%, 10% below 99.5%, budget 0.5% of
// the month. Head terms: July–September under C3 (99.9%, 10% below 99.9%, budget 0.1%),
// October–December under C4 (+ 25% below 99.0%).
//
//          down   base: status, severity, credit, budget      head: status, severity, credit, budget
//   Jul    60 m   met, –, 0, 60/223.2 = 26.9%                  breached, minor, 100, 60/44.64 = 134.4%
//   Aug     0     met, –, 0, 0                                 met, –, 0, 0                 (no change)
//   Sep   500 m   breached, major, 100, 500/216 = 231.5%       breached, critical, 100, 500/43.2 = 1,157.4%
//   Oct   500 m   breached, major, 100, 500/223.2 = 224.0%     breached, critical, 250, 500/44.64 = 1,120.1%
//   Nov    30 m   met, –, 0, 30/216 = 13.9%                    met, –, 0, 30/43.2 = 69.4%
//   Dec   120 m   met, –, 0, 120/223.2 = 53.8%                 breached, major, 100, 120/44.64 = 268.8%

const NOW = new Date("2025-01-15T00:00:00Z");

let repo: { root: string; ids: string[] };
beforeAll(() => {
  repo = throughTimeRepository();
});
afterAll(() => removeDir(repo.root));

async function diff(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return runCli(["diff", ...args], { cwd: repo.root, now: NOW });
}

describe("slm diff --replay (SPEC §16)", () => {
  it("re-measures the last 6 months under base and head terms and lists what changes per SLA target", async () => {
    const r = await diff([repo.ids[0]!, "--replay", "6", "--format", "json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const replay = (JSON.parse(r.stdout) as DiffResult).replay!;
    expect(replay.windows).toEqual([
      { window: "month", labels: ["2024-07", "2024-08", "2024-09", "2024-10", "2024-11", "2024-12"] },
    ]);
    expect(replay.asOf).toBe("2025-01-15T00:00:00.000Z");
    expect(replay.compared).toBe(6);
    const rows = replay.changes.map((c) => ({
      window: c.window,
      changed: c.changed,
      status: [c.base?.status, c.head?.status],
      severity: [c.base?.severity, c.head?.severity],
      credit: [c.base?.credit.amount, c.head?.credit.amount],
    }));
    expect(rows).toEqual([
      {
        window: "2024-07",
        changed: ["status", "severity", "credit", "budget"],
        status: ["met", "breached"],
        severity: [null, "minor"],
        credit: [0, 100],
      },
      {
        window: "2024-09",
        changed: ["severity", "budget"],
        status: ["breached", "breached"],
        severity: ["major", "critical"],
        credit: [100, 100],
      },
      {
        window: "2024-10",
        changed: ["severity", "credit", "budget"],
        status: ["breached", "breached"],
        severity: ["major", "critical"],
        credit: [100, 250],
      },
      {
        window: "2024-11",
        changed: ["budget"],
        status: ["met", "met"],
        severity: [null, null],
        credit: [0, 0],
      },
      {
        window: "2024-12",
        changed: ["status", "severity", "credit", "budget"],
        status: ["met", "breached"],
        severity: [null, "major"],
        credit: [0, 100],
      },
    ]);
    const budget = (w: string) => replay.changes.find((c) => c.window === w)!;
    // Minutes down ÷ the budget in minutes (1 − objective) × the month's minutes, from the table above.
    const expected: [string, number, number][] = [
      ["2024-07", 60 / 223.2, 60 / 44.64],
      ["2024-09", 500 / 216, 500 / 43.2],
      ["2024-10", 500 / 223.2, 500 / 44.64],
      ["2024-11", 30 / 216, 30 / 43.2],
      ["2024-12", 120 / 223.2, 120 / 44.64],
    ];
    for (const [w, base, head] of expected) {
      expect(budget(w).base!.budgetConsumed).toBeCloseTo(base, 9);
      expect(budget(w).head!.budgetConsumed).toBeCloseTo(head, 9);
    }
    // Credits are 10% or 25% of the EUR 1,000 monthly fee, as fractions of the window's fee.
    expect(budget("2024-10").base!.credit).toEqual({ percent: 0.1, amount: 100, currency: "EUR" });
    expect(budget("2024-10").head!.credit).toEqual({ percent: 0.25, amount: 250, currency: "EUR" });
    expect(budget("2024-07").base!.terms.commit).toBe(repo.ids[0]);
    expect(budget("2024-07").head!.terms.commit).toBe(repo.ids[2]);
    expect(budget("2024-12").head!.terms.commit).toBe(repo.ids[3]);
  });

  it("writes the pull request comment in Markdown", async () => {
    const r = await diff([repo.ids[0]!, "--replay", "6", "--format", "markdown"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("### Replay under the head terms");
    expect(r.stdout).toContain(
      "Re-measured the last 6 months (2024-07 to 2024-12), complete by 2025-01-15, from the same data under the base and the head terms: 5 of 6 SLA target windows change.",
    );
    // Changed windows: base 0 + 100 + 100 + 0 + 0 = 200; head 100 + 100 + 250 + 0 + 100 = 550.
    expect(r.stdout).toContain("**Credits of the changed windows: EUR 200.00 → EUR 550.00.**");
    expect(r.stdout).toContain("#### SLA acme-web · availability");
    expect(r.stdout).toContain(
      "| 2024-07 | met → **breached** | – → **minor** | EUR 0.00 → **EUR 100.00** | 27% → **134%** |",
    );
    expect(r.stdout).toContain("| 2024-11 | met | – | EUR 0.00 | 14% → **69%** |");
  });

  it("warns when a commitment changes while effective does not", async () => {
    writeFiles(repo.root, {
      "acme-web.yaml": C4.replace("{ below: 99.0%, credit: 25% }", "{ below: 99.0%, credit: 50% }"),
    });
    try {
      const r = await diff(["HEAD", "--replay", "3", "--format", "json"]);
      const result = JSON.parse(r.stdout) as DiffResult;
      expect(result.warnings).toEqual([
        {
          kind: "SLA",
          name: "acme-web",
          effective: "2024-10-01",
          changes: ["availability: credits"],
          message:
            "availability: credits changes while effective stays 2024-10-01: the new terms reach back to 2024-10-01 and re-judge periods already reported; set spec.effective to the day they take effect",
        },
      ]);
      // October's 98.880% < 99.0% earns the new 50% instead of 25%: EUR 250 → 500; the uncommitted
      // text judges it (it ties with C4 and is newer).
      expect(
        result.replay!.changes.map((c) => [c.window, c.base!.credit.amount, c.head!.credit.amount]),
      ).toEqual([["2024-10", 250, 500]]);
      expect(result.replay!.changes[0]!.head!.terms.commit).toBeNull();
      const text = await diff(["HEAD"]);
      expect(text.stdout).toContain(
        "warning: SLA acme-web: availability: credits changes while effective stays 2024-10-01",
      );
    } finally {
      writeFiles(repo.root, { "acme-web.yaml": C4 });
    }
  });

  it("does not warn when the change comes with its own effective date, and lists that date", async () => {
    const r = await diff([repo.ids[2]!, "--format", "json"]);
    const result = JSON.parse(r.stdout) as DiffResult;
    expect(result.warnings).toEqual([]);
    expect(result.changes).toContainEqual({
      kind: "SLA",
      name: "acme-web",
      target: null,
      field: "effective",
      from: "2024-07-01",
      to: "2024-10-01",
      direction: "changed",
    });
  });

  it("refuses a replay count that is not a whole number, and --as-of without --replay", async () => {
    const bad = await diff(["HEAD", "--replay", "0"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("slm: --replay 0: expected a number of periods from 1 to 999\n");
    const asOf = await diff(["HEAD", "--as-of", "2025-01-01"]);
    expect(asOf.code).toBe(2);
    expect(asOf.stderr).toBe("slm: --as-of applies to --replay\n");
  });
});
