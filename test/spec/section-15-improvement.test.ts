import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReportModel } from "../../src/report/report-model.js";
import { removeDir, runCli, tempRepo } from "../helpers/cli.js";

// SPEC §15 — the improvement register (kind: Improvement). Every figure is worked out by hand:
// the agreement is 24x7 in UTC, May 2024 has 31 × 1440 = 44,640 minutes of service time.
// One outage on erp, 2024-05-10 10:00–12:00 (120 min): availability 1 − 120/44,640 = 99.731%
// < 99.9% → breached. A second target, restore (recovery-time 4h), is met: the outage took 2h.

const AGREEMENT = `apiVersion: slm/v1
kind: SLA
metadata: { name: acme-erp }
spec:
  service: erp
  provider: it
  customer: acme
  term: { start: 2024-01-01 }
  review: { every: 1y, last: 2024-01-15 }
  targets:
    - { name: availability, metric: availability, objective: 99.9%, source: outages }
    - { name: restore, metric: recovery-time, threshold: 4h, objective: 100%, source: outages }
`;

function improvement(name: string, body: string): string {
  return `apiVersion: slm/v1
kind: Improvement
metadata: { name: ${name} }
spec:
  agreement: acme-erp
  raised: 2024-06-03
${body}`;
}

const FILES = {
  "catalogue.yaml": `apiVersion: slm/v1
kind: Service
metadata: { name: erp }
spec: { owner: it }
---
apiVersion: slm/v1
kind: DataSource
metadata: { name: outages }
spec:
  type: outages
  path: data/outages.csv
  columns: { id: ref, service: service, start: start, end: end, cause: cause }
`,
  "sla.yaml": AGREEMENT,
  // Addresses the May breach: same agreement, target listed, period 2024-05.
  "fix.yaml": improvement(
    "fix",
    `  targets: [availability]
  period: 2024-05
  cause: Storage failover
  status: in-progress
  actions:
    - { text: Test the failover, due: 2024-06-20 }
    - { text: Buy a second controller, due: 2024-06-30 }
    - { text: Write the runbook, due: 2024-06-10, done: 2024-06-09 }
`,
  ),
  // No targets list, no period: addresses every breach of the agreement, any month.
  "standing.yaml": improvement("standing", "  status: open\n"),
  // Other target: does not address the availability breach.
  "other-target.yaml": improvement("other-target", "  targets: [restore]\n  period: 2024-05\n"),
  // Other period: does not address the May breach.
  "other-period.yaml": improvement(
    "other-period",
    `  targets: [availability]
  period: 2024-04
  status: cancelled
  actions:
    - { text: Never done, due: 2024-06-04 }
`,
  ),
  "data/outages.csv":
    "ref,service,start,end,cause\nO1,erp,2024-05-10T10:00:00Z,2024-05-10T12:00:00Z,Storage\n",
};

let root: string;
beforeAll(() => {
  root = tempRepo(FILES, "slm-improve-");
});
afterAll(() => removeDir(root));

async function report(period: string, extra: string[] = []): Promise<ReportModel> {
  const r = await runCli(
    ["report", "--period", period, "--sla", "acme-erp", "--format", "json", "--out", "-", ...extra],
    {
      cwd: root,
    },
  );
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as ReportModel;
}

describe("SPEC §15 reports list the Improvements that address each breach", () => {
  it("an Improvement of the target and period addresses it; one of another target or period does not", async () => {
    const may = await report("2024-05", ["--as-of", "2024-06-21T00:00:00Z"]);
    expect(may.breaches.map((b) => b.target)).toEqual(["availability"]);
    expect(may.improvement.breaches).toEqual([
      {
        target: "availability",
        provisional: false,
        improvements: [
          expect.objectContaining({ name: "fix", status: "in-progress", actions: 3, actionsDone: 1 }),
          expect.objectContaining({ name: "standing", status: "open", period: null }),
        ],
      },
    ]);
  });

  it("open Improvements with overdue actions: due before the as-of day and not done", async () => {
    // As of 2024-06-21: "Test the failover" (due 06-20) is 1 day overdue; "Buy a second controller"
    // (06-30) is not due yet; the runbook is done. other-period's action (06-04) is not listed:
    // that Improvement is cancelled.
    const may = await report("2024-05", ["--as-of", "2024-06-21T00:00:00Z"]);
    expect(may.improvement.asOf).toBe("2024-06-21");
    expect(may.improvement.overdue.map((i) => [i.name, i.overdueActions])).toEqual([
      ["fix", [{ text: "Test the failover", owner: null, due: "2024-06-20", daysOverdue: 1 }]],
    ]);
  });

  it('a breach with no Improvement says "no improvement recorded"', async () => {
    // April: no breach of its own is planted, so use a repository with only other-target.
    const dir = tempRepo(
      {
        "catalogue.yaml": FILES["catalogue.yaml"],
        "sla.yaml": AGREEMENT,
        "other-target.yaml": FILES["other-target.yaml"],
        "data/outages.csv": FILES["data/outages.csv"],
      },
      "slm-improve-none-",
    );
    try {
      const r = await runCli(["report", "--period", "2024-05", "--sla", "acme-erp", "--out", "-"], {
        cwd: dir,
      });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("## Service improvement");
      expect(r.stdout).toContain("| availability | *no improvement recorded* |");
      const json = JSON.parse(
        (
          await runCli(
            ["report", "--period", "2024-05", "--sla", "acme-erp", "--format", "json", "--out", "-"],
            { cwd: dir },
          )
        ).stdout,
      ) as ReportModel;
      expect(json.improvement.breaches).toEqual([
        { target: "availability", provisional: false, improvements: [] },
      ]);
    } finally {
      removeDir(dir);
    }
  });
});

describe("SPEC §15 review adds action-overdue events (exit 1 like an overdue review)", () => {
  it("an action due before the as-of day and not done is overdue: exit 1", async () => {
    const r = await runCli(["review", "--as-of", "2024-06-21", "--format", "json"], { cwd: root });
    expect(r.code).toBe(1);
    const items = JSON.parse(r.stdout).items.filter((i: { event: string }) => i.event === "action-overdue");
    // Only fix's "Test the failover": due 2024-06-20, one day before 2024-06-21.
    expect(items).toEqual([
      expect.objectContaining({
        kind: "Improvement",
        name: "fix",
        event: "action-overdue",
        date: "2024-06-20",
        days: -1,
      }),
    ]);
  });

  it("an action due on the as-of day is not overdue yet: exit 0", async () => {
    const r = await runCli(["review", "--as-of", "2024-06-20", "--format", "json"], { cwd: root });
    expect(JSON.parse(r.stdout).items).toEqual([]);
    expect(r.code).toBe(0);
  });
});

describe("SPEC §15 kpi: breaches.withImprovement and improvements { open, overdueActions }", () => {
  it("counts the period's breached targets addressed by an Improvement, the open ones and their overdue actions", async () => {
    const r = await runCli(["kpi", "--period", "2024-05", "--format", "json"], {
      cwd: root,
      now: new Date("2024-07-01T08:00:00Z"),
    });
    expect(r.code).toBe(0);
    const kpis = JSON.parse(r.stdout);
    // One breach (availability): budget 0.1% × 44,640 = 44.64 min, 120 min used = 269% ≤ 300%
    // → major; addressed by fix and standing → withImprovement 1.
    expect(kpis.breaches).toEqual({ minor: 0, major: 1, critical: 0, withImprovement: 1 });
    // Open: fix (in-progress), standing (open), other-target (open by default); other-period is
    // cancelled. Overdue on 2024-07-01: fix's two undone actions (06-20, 06-30); the cancelled
    // Improvement's action does not count.
    expect(kpis.improvements).toEqual({ open: 3, overdueActions: 2 });
    expect(kpis.actionsAsOf).toBe("2024-07-01");
  });

  it("June has no breach: withImprovement 0, the register's figures stay", async () => {
    const r = await runCli(["kpi", "--period", "2024-06", "--format", "json"], {
      cwd: root,
      now: new Date("2024-06-25T08:00:00Z"),
    });
    const kpis = JSON.parse(r.stdout);
    expect(kpis.breaches.withImprovement).toBe(0);
    // On 2024-06-25 only "Test the failover" (06-20) is overdue.
    expect(kpis.improvements).toEqual({ open: 3, overdueActions: 1 });
  });
});

describe("SPEC §15 validate checks the references and dates", () => {
  const base = { "catalogue.yaml": FILES["catalogue.yaml"], "sla.yaml": AGREEMENT };
  async function codes(files: Record<string, string>): Promise<string[]> {
    const dir = tempRepo({ ...base, ...files }, "slm-improve-validate-");
    try {
      const r = await runCli(["validate", "--format", "json"], { cwd: dir });
      return JSON.parse(r.stdout).diagnostics.map(
        (d: { code: string; message: string }) => `${d.code}: ${d.message}`,
      );
    } finally {
      removeDir(dir);
    }
  }

  it("an action due or done before the Improvement was raised is an error", async () => {
    expect(
      await codes({
        "i.yaml": improvement(
          "early",
          "  actions:\n    - { text: a, due: 2024-06-02 }\n    - { text: b, due: 2024-06-03, done: 2024-05-31 }\n",
        ),
      }),
    ).toEqual([
      "improvement/date-before-raised: action 1 is due 2024-06-02, before the Improvement was raised (2024-06-03)",
      "improvement/date-before-raised: action 2 is done 2024-05-31, before the Improvement was raised (2024-06-03)",
    ]);
  });

  it("unknown agreement, unknown target, and an ambiguous name without KIND/", async () => {
    const ola = AGREEMENT.replace("kind: SLA", "kind: OLA").replace("customer: acme", "customer: it");
    expect(
      await codes({
        "i.yaml": improvement("bad-target", "  targets: [availabilty]\n").replace(
          "agreement: acme-erp",
          "agreement: SLA/acme-erp",
        ),
        "j.yaml": improvement("bad-agreement", "").replace("agreement: acme-erp", "agreement: acme-epr"),
      }),
    ).toEqual([
      'ref/unknown-improvement-target: SLA "acme-erp" has no target "availabilty" (it has: availability, restore)',
      'ref/unknown-agreement: agreement "acme-epr" is not a known SLA, OLA or UC',
    ]);
    expect(await codes({ "ola.yaml": ola, "i.yaml": improvement("ambiguous", "") })).toEqual([
      'ref/ambiguous-agreement: agreement "acme-erp" names an SLA and an OLA: write SLA/acme-erp or OLA/acme-erp',
    ]);
    expect(
      await codes({
        "ola.yaml": ola,
        "i.yaml": improvement("prefixed", "").replace("agreement: acme-erp", "agreement: OLA/acme-erp"),
      }),
    ).toEqual([]);
  });

  it("a period that is not one is a schema error", async () => {
    expect(await codes({ "i.yaml": improvement("p", "  period: 2024-13\n") })).toEqual([
      "schema/invalid-value: 2024-13: there is no month 13",
    ]);
  });
});
