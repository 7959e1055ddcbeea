import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import type { AuditPack } from "../../src/audit/audit-model.js";
import { workloadOf } from "../../src/audit/build-audit.js";
import { formatIndexHtml } from "../../src/formatters/audit/index-html.js";
import { formatIndexMarkdown } from "../../src/formatters/audit/index-markdown.js";
import type { ReportModel } from "../../src/report/report-model.js";
import { ROOT } from "../helpers/paths.js";

// Workload against limits (SPEC §15) arrives in the report model with agreements that declare
// `spec.workload`; the pack renders the field whenever a report carries it. The fixture is a report
// JSON with that field: P1 tickets limited to 20 a month, 23 opened in May (exceeded), 12 in June.
const FIXTURE = join(ROOT, "test/fixtures/audit/report-with-workload.json");
const ctx = { colors: new Chalk({ level: 0 }), version: "9.9.9", failSeverity: "error" as const };

function packOf(report: ReportModel): AuditPack {
  const workload = workloadOf(report);
  return {
    period: "2024-Q2",
    asOf: "2024-07-01",
    generatedAt: "2024-07-01T00:00:00.000Z",
    git: { commit: null, dirty: null },
    agreements: [
      {
        kind: "SLA",
        name: report.sla,
        displayName: null,
        service: report.service,
        customer: report.customer,
        provider: report.provider,
        termStart: "2024-01-01",
        termEnd: null,
        review: null,
        summary: report.summary,
        reports: [{ format: "json", path: "reports/2024-Q2/acme-desk.json" }],
        ...(workload ? { workload } : {}),
      },
    ],
    coverage: {
      targets: [],
      summary: { covered: 0, "at-risk": 0, uncovered: 0 },
    } as unknown as AuditPack["coverage"],
    kpis: {
      services: { total: 1, withSla: 1, withoutSla: [] },
      slaTargets: { total: 1, covered: 0, atRisk: 0, uncovered: 1 },
      targets: { measured: 1, met: 1, breached: 0, noData: 0, provisional: 0 },
      breaches: { minor: 0, major: 0, critical: 0, withImprovement: 0 },
      improvements: { open: 0, overdueActions: 0 },
      actionsAsOf: "2024-07-01",
    } as unknown as AuditPack["kpis"],
    improvements: [],
    inputs: [],
  };
}

describe("the audit index shows workload against the agreed limits", () => {
  const report = JSON.parse(readFileSync(FIXTURE, "utf8")) as ReportModel;

  it("reads the report model's workload field", () => {
    expect(workloadOf(report)?.map((w) => [w.name, w.windows.map((x) => [x.actual, x.exceeded])])).toEqual([
      [
        "p1-tickets",
        [
          [23, true],
          [12, false],
        ],
      ],
    ]);
    const { workload: _, ...without } = report as ReportModel & { workload?: unknown };
    expect(workloadOf(without as ReportModel)).toBeUndefined();
  });

  it("one row per window in Markdown and HTML; without the field, a sentence instead", () => {
    const md = formatIndexMarkdown(packOf(report), ctx);
    expect(md).toContain("| SLA acme-desk | p1-tickets | tickets (P1) | 2024-05 | 23 | 20 per month | yes |");
    expect(md).toContain("| SLA acme-desk | p1-tickets | tickets (P1) | 2024-06 | 12 | 20 per month | no |");
    const html = formatIndexHtml(packOf(report), ctx);
    expect(html).toContain("<td>23</td><td>20 per month</td><td>yes</td>");
    const { workload: _, ...without } = report as ReportModel & { workload?: unknown };
    expect(formatIndexMarkdown(packOf(without as ReportModel), ctx)).toContain(
      "No agreement in force declares workload limits.",
    );
  });
});
