import { describe, expect, it } from "vitest";
import { runCli, spawnCli } from "../helpers/cli.js";
import { EXAMPLES } from "../helpers/paths.js";

describe("slm kpi", () => {
  // Expected figures come from examples/README.md: the planted coverage gaps (16 covered,
  // 5 at-risk, 1 uncovered of 22) and the 2024-05 data story (acme-email: availability, p1-response,
  // p1-resolution, p2-resolution, recovery-time critical and p2-response major; acme-crm:
  // p2-resolution critical; globex all met); file-share is the top-level service without an SLA.
  it("computes the process KPIs of the example repository for 2024-05", async () => {
    const result = await runCli(["kpi", "--period", "2024-05", "--format", "json"], { cwd: EXAMPLES });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      period: "2024-05",
      services: { total: 5, withSla: 4, withoutSla: ["file-share"] },
      slaTargets: { total: 22, covered: 16, atRisk: 5, uncovered: 1 },
      // acme-email/satisfaction is excused in May: three P1 tickets against a workload limit of two.
      targets: { measured: 23, met: 15, breached: 7, noData: 0, excused: 1, provisional: 0 },
      // The register (examples/improvements/): every breach but acme-email p2-response has an
      // Improvement — acme-email availability and recovery-time (upgrade), p1-response and
      // p1-resolution (p1-desk), p2-resolution (p2-backlog, no period: any month), acme-crm
      // p2-resolution (done, still addresses it): 6 of 7.
      breaches: { minor: 0, major: 1, critical: 6, withImprovement: 6 },
      // Open: upgrade (in-progress), p1-desk (open), p2-backlog (in-progress); the CRM one is done.
      // Overdue on 2024-06-30 (runCli's today): only the upgrade's rollback plan, due 2024-06-21.
      improvements: { open: 3, overdueActions: 1 },
      actionsAsOf: "2024-06-30",
      // Top level: email, crm (key); customer-portal (special); service-desk, file-share (standard).
      // SLA targets: acme-email 9 (its satisfaction target, excused, counts as a target, neither met
      // nor breached) + acme-crm 5 on key services, 7 of them breached (see above);
      // globex-portal 3 on special; globex-service-desk 6 on standard, all met.
      tiers: [
        { tier: "key", services: 2, withSla: 2, slaTargets: 14, met: 6, breached: 7 },
        { tier: "special", services: 1, withSla: 1, slaTargets: 3, met: 3, breached: 0 },
        { tier: "standard", services: 2, withSla: 1, slaTargets: 6, met: 6, breached: 0 },
      ],
      // By template (SPEC §21, examples/templates/), counted as by tier: gold = acme-email (9
      // targets, the excused satisfaction one among them; 6 of the 7 breaches above: availability,
      // p1/p2 response and resolution, recovery-time) + globex-portal (3, met); silver = acme-crm
      // (5; the P2 CRM breach) + globex-service-desk (6, met); corporate, which both tiers extend,
      // = all four SLAs: 9 + 3 + 5 + 6 = 23.
      templates: [
        { template: "corporate", slas: 4, slaTargets: 23, met: 15, breached: 7 },
        { template: "gold", slas: 2, slaTargets: 12, met: 5, breached: 6 },
        { template: "silver", slas: 2, slaTargets: 11, met: 10, breached: 1 },
      ],
    });
  });

  it("--customer narrows every figure to that customer's SLAs", async () => {
    const result = await runCli(["kpi", "--period", "2024-05", "--customer", "acme", "--format", "json"], {
      cwd: EXAMPLES,
    });
    expect(result.code).toBe(0);
    const kpis = JSON.parse(result.stdout);
    // acme-email (8 targets: 6 covered, p1-response at-risk, recovery-time uncovered) and acme-crm
    // (5: 3 covered, p1-response and p2-resolution at-risk); 7 breaches of 13 (see above).
    expect(kpis.services).toEqual({
      total: 5,
      withSla: 2,
      withoutSla: ["customer-portal", "file-share", "service-desk"],
    });
    expect(kpis.slaTargets).toEqual({ total: 13, covered: 9, atRisk: 3, uncovered: 1 });
    expect(kpis.targets).toEqual({
      measured: 14,
      met: 6,
      breached: 7,
      noData: 0,
      excused: 1,
      provisional: 0,
    });
  });

  it("counts only the SLAs in force during the period (the example terms start in 2024)", async () => {
    const result = await runCli(["kpi", "--period", "2023-05", "--format", "json"], { cwd: EXAMPLES });
    expect(result.code).toBe(0);
    const kpis = JSON.parse(result.stdout);
    expect(kpis.services).toMatchObject({ total: 5, withSla: 0 });
    expect(kpis.slaTargets).toEqual({ total: 0, covered: 0, atRisk: 0, uncovered: 0 });
    expect(kpis.targets).toEqual({ measured: 0, met: 0, breached: 0, noData: 0, excused: 0, provisional: 0 });
  });

  it("prints a readable table and a Markdown table from the built CLI", () => {
    const text = spawnCli(["-C", EXAMPLES, "kpi", "--period", "2024-05"], { cwd: EXAMPLES });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("Service level management KPIs, 2024-05");
    expect(text.stdout).toMatch(/Services with an SLA\s+│ 4 of 5\s+│ 80\.0%/);
    expect(text.stdout).toMatch(/Breaches by severity\s+│ 0 minor, 1 major, 6 critical/);
    const md = spawnCli(["kpi", "--period", "2024-05", "--format", "markdown"], { cwd: EXAMPLES });
    expect(md.stdout).toContain("| SLA targets underpinned by OLA/UC | 16 of 22 | 72.7% |");
    // 6 of 13 met on key services = 46.2%.
    expect(md.stdout).toContain("| key | 2 of 2 | 14 | 6 (42.9%) | 7 |");
    expect(text.stdout).toMatch(/standard\s+│ 1 of 2\s+│ 6\s+│ 6 \(100\.0%\)\s+│ 0/);
    const bad = spawnCli(["kpi", "--period", "May"], { cwd: EXAMPLES });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^slm: .*May.*\n$/);
  });
});
