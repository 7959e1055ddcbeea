import { describe, expect, it } from "vitest";
import { runCli, spawnCli, tempRepo } from "../helpers/cli.js";

const repo = () =>
  tempRepo({
    "slm.config.yaml": "include: ['**/*.yaml']\n",
    "agreements.yaml": `apiVersion: slm/v1
kind: Service
metadata: { name: email }
spec: { owner: it }
---
apiVersion: slm/v1
kind: SLA
metadata: { name: acme-email }
spec:
  service: email
  provider: it
  customer: acme
  term: { start: 2024-01-01, end: 2025-12-31 }
  review: { every: 1y, last: 2024-01-15 }
  targets: [{ name: availability, metric: availability, objective: 99.9% }]
---
apiVersion: slm/v1
kind: UC
metadata: { name: isp-contract }
spec:
  service: email
  provider: isp
  customer: it
  term: { start: 2024-01-01, end: 2025-06-30 }
  review: { every: 6mo, last: 2024-09-01 }
  contract: { reference: ISP-1, noticePeriod: 3mo, autoRenew: true }
  targets: [{ name: availability, metric: availability, objective: 99.95% }]
`,
  });

describe("slm review", () => {
  it("lists overdue reviews, terms ending and notice deadlines in date order, exit 1 when a review is overdue", async () => {
    const cwd = repo();
    // As of 2025-02-10: the SLA's review was due 2025-01-15 (26 days ago); the UC's review
    // is due 2025-03-01; its notice deadline is 2025-03-30 (30 June − 3 months); it ends 2025-06-30.
    const result = await runCli(["review", "--as-of", "2025-02-10", "--within", "6mo", "--format", "json"], {
      cwd,
    });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(json.asOf).toBe("2025-02-10");
    expect(
      json.items.map((i: { name: string; event: string; date: string; days: number }) => [
        i.name,
        i.event,
        i.date,
        i.days,
      ]),
    ).toEqual([
      ["acme-email", "review-overdue", "2025-01-15", -26],
      ["isp-contract", "review-due", "2025-03-01", 19],
      ["isp-contract", "notice-deadline", "2025-03-30", 48],
      ["isp-contract", "term-ending", "2025-06-30", 140],
    ]);
  });

  it("lists no review due after a non-renewing term has ended (issue 9, item 14)", async () => {
    const doc = (name: string, contract: string) => `apiVersion: slm/v1
kind: SLA
metadata: { name: ${name} }
spec:
  service: email
  provider: it
  customer: acme
  term: { start: 2024-01-01, end: 2024-12-31 }
  review: { every: 1y, last: 2024-01-15 }
${contract}  targets: [{ name: availability, metric: availability, objective: 99.9% }]
`;
    const cwd = tempRepo({
      "agreements.yaml": `apiVersion: slm/v1
kind: Service
metadata: { name: email }
spec: { owner: it }
---
${doc("ends", "")}---
${doc("stops", "  contract: { autoRenew: false }\n")}---
${doc("renews", "  contract: { autoRenew: true }\n")}`,
    });
    // Reviews fall due 2025-01-15, after the term end 2024-12-31: only the renewing SLA still has one.
    const result = await runCli(["review", "--as-of", "2024-12-01", "--within", "60d", "--format", "json"], {
      cwd,
    });
    expect(result.code).toBe(0);
    expect(
      JSON.parse(result.stdout).items.map((i: { name: string; event: string; date: string }) => [
        i.name,
        i.event,
        i.date,
      ]),
    ).toEqual([
      ["ends", "term-ending", "2024-12-31"],
      ["renews", "term-ending", "2024-12-31"],
      ["stops", "term-ending", "2024-12-31"],
      ["renews", "review-due", "2025-01-15"],
    ]);
  });

  it("exits 0 with nothing overdue and honours the window", async () => {
    const cwd = repo();
    const result = await runCli(["review", "--as-of", "2024-10-01", "--within", "30d", "--format", "json"], {
      cwd,
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).items).toEqual([]);
  });

  it("prints a readable table from the built CLI and rejects a bad --within with exit 2", () => {
    const cwd = repo();
    const ok = spawnCli(["review", "--as-of", "2025-02-10", "--within", "6mo"], { cwd });
    expect(ok.code).toBe(1);
    expect(ok.stdout).toContain("Agreement lifecycle as of 2025-02-10 (next 6mo)");
    expect(ok.stdout).toMatch(/2025-01-15 .*26d ago .*review-overdue .*SLA acme-email/);
    expect(ok.stdout).toContain("4 items, 1 review overdue");
    const bad = spawnCli(["review", "--within", "soon"], { cwd });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      'slm: --within: "soon" is not a calendar interval (expected e.g. 1y, 6mo, 3mo, 90d, 2w, P1Y, P6M)\n',
    );
  });
});
