import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { spawnCli } from "../helpers/cli.js";
import { EXAMPLES, ROOT } from "../helpers/paths.js";

interface JsonTarget {
  sla: string;
  target: string;
  verdict: string;
  composed?: number;
  reasons: Array<{ kind: string; message: string; effect: string; component?: string }>;
}

// The planted gaps of examples/README.md ("Planted coverage gaps"): exactly these, nothing else.
const PLANTED: Record<string, { verdict: string; kind: string; message: string }> = {
  "acme-email/recovery-time": {
    verdict: "uncovered",
    kind: "missing",
    message: "isp-b: no OLA or UC target for recovery-time, and none links to acme-email/recovery-time",
  },
  "globex-portal/availability": {
    verdict: "at-risk",
    kind: "availability",
    message:
      "99.95% (portal-app, OLA web-ops) × 99.97% (database, OLA db-ops) × 99.99% (network, OLA network-ops) × 99.95% (cdn, UC edgewave-cdn) = 99.86% < 99.9%",
  },
  "acme-email/p1-response": {
    verdict: "at-risk",
    kind: "threshold",
    message: "isp-b: UC metrolink-internet/p1-response threshold 30m is looser than 15m",
  },
  "globex-service-desk/p2-resolution": {
    verdict: "at-risk",
    kind: "objective",
    message: "field-support: UC fieldforce-onsite/p2-resolution objective 85% is below 90%",
  },
  "acme-crm/p2-resolution": {
    verdict: "at-risk",
    kind: "hours",
    message:
      "crm-app: SLA hours (calendar extended-hours-de, Europe/Berlin) not covered by OLA apps-ops/p2-resolution (calendar business-hours-de): sat 08:00-14:00",
  },
  "acme-crm/p1-response": {
    verdict: "at-risk",
    kind: "term",
    message:
      "crm-app: SLA term 2024-01-01..2025-12-31 not covered by UC skyline-support (2024-01-01..2025-06-30): 2025-07-01..2025-12-31",
  },
};
const NOTICE =
  "isp-a: UC fibrenet-internet notice deadline 2025-10-31 (term end 2026-01-31 − 3mo) falls before the SLA term ends (2025-12-31)";

describe.runIf(existsSync("examples/README.md"))("slm -C examples coverage", () => {
  const run = spawnCli(["-C", EXAMPLES, "coverage", "--format", "json"], { cwd: ROOT });

  it("finds exactly the planted gaps, the orphan and the notice warning", () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as {
      targets: JsonTarget[];
      orphans: string[];
      summary: Record<string, number>;
    };
    // acme-email/satisfaction is no component's to underpin (SPEC §15): not-applicable, counted apart.
    expect(json.summary).toEqual({ covered: 16, "at-risk": 5, uncovered: 1, "not-applicable": 1, total: 23 });
    // dba-backups (SPEC §22: RPO and disk headroom) underpins no SLA target yet.
    expect(json.orphans).toEqual([
      "OLA/db-ops/backup-restore",
      "OLA/dba-backups/disk-headroom",
      "OLA/dba-backups/rpo",
    ]);

    for (const t of json.targets) {
      const ref = `${t.sla}/${t.target}`;
      if (ref === "acme-email/satisfaction") {
        expect({ verdict: t.verdict, reasons: t.reasons }).toEqual({
          verdict: "not-applicable",
          reasons: [],
        });
        continue;
      }
      const gaps = t.reasons
        .filter((r) => r.effect !== "warning")
        .map((r) => ({ kind: r.kind, message: r.message }));
      const planted = PLANTED[ref];
      expect({ ref, verdict: t.verdict, gaps }).toEqual({
        ref,
        verdict: planted?.verdict ?? "covered",
        gaps: planted ? [{ kind: planted.kind, message: planted.message }] : [],
      });
      const warnings = t.reasons.filter((r) => r.effect === "warning").map((r) => r.message);
      expect({ ref, warnings }).toEqual({ ref, warnings: t.sla === "acme-email" ? [NOTICE] : [] });
    }
  });

  it("composes globex-portal availability exactly (README: 99.86006798700075%)", () => {
    const json = JSON.parse(run.stdout) as { targets: JsonTarget[] };
    const portal = json.targets.find((t) => t.sla === "globex-portal" && t.target === "availability")!;
    // The nearest double to the exact product (the literal itself has more digits than a double).
    expect(portal.composed).toBe(Number("0.9986006798700075"));
  });
});
