import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import { computeCoverage } from "../../../src/coverage/compute-coverage.js";
import { failsAt, summaryLine } from "../../../src/coverage/verdict.js";
import { COVERAGE_FORMATTERS } from "../../../src/formatters/coverage/index.js";
import { fixtureModel } from "../../coverage/fixture.js";
import { format } from "../../helpers/format.js";

const plain = { colors: new Chalk({ level: 0 }) };
const result = () => computeCoverage(fixtureModel());

describe("coverage formatters", () => {
  it("table: matrix, reasons with arithmetic, orphans, summary", async () => {
    expect(await format(COVERAGE_FORMATTERS, "table", result(), plain)).toBe(
      `SLA acme-email (customer acme, service email)
┌──────────────┬─────────────────┬────────────────────────────────┬─────────────────────────────┬───────────┐
│ target       │ commitment      │ mail-platform                  │ network                     │ verdict   │
├──────────────┼─────────────────┼────────────────────────────────┼─────────────────────────────┼───────────┤
│ availability │ availability    │ OLA messaging-ops/availability │ UC network-ops/availability │ at-risk   │
│              │ ≥ 99.95%        │                                │                             │           │
├──────────────┼─────────────────┼────────────────────────────────┼─────────────────────────────┼───────────┤
│ p1-response  │ response-time   │ OLA messaging-ops/p1-response  │ UC network-ops/p1-response  │ covered   │
│              │ P1 ≤ 15m in 95% │                                │                             │           │
├──────────────┼─────────────────┼────────────────────────────────┼─────────────────────────────┼───────────┤
│ recovery     │ recovery-time   │ OLA messaging-ops/recovery     │ missing                     │ uncovered │
│              │ ≤ 4h in 100%    │                                │                             │           │
└──────────────┴─────────────────┴────────────────────────────────┴─────────────────────────────┴───────────┘
  acme-email/availability: at-risk
    availability  99.95% (mail-platform, OLA messaging-ops) × 99.99% (network, UC network-ops) = 99.94% < 99.95%
  acme-email/recovery: uncovered
    missing       network: no OLA or UC target for recovery-time, and none links to acme-email/recovery
  warning         network: UC network-ops notice deadline 2025-09-30 (term end 2025-12-31 − 3mo) falls before the SLA term ends (2025-12-31)

Orphans (OLA/UC targets that support no SLA target): 1
  UC/network-ops/spare

3 targets: 1 covered, 1 at-risk, 1 uncovered
`,
    );
  });

  it("table: colour only through the context", async () => {
    const coloured = await format(COVERAGE_FORMATTERS, "table", result(), {
      colors: new Chalk({ level: 1 }),
    });
    expect(coloured).toContain("\u001b[33mat-risk\u001b[39m");
    expect(await format(COVERAGE_FORMATTERS, "table", result(), plain)).not.toContain("\u001b[");
  });

  it("markdown: a table per SLA with escaped cells, reasons as a list", async () => {
    expect(await format(COVERAGE_FORMATTERS, "markdown", result(), plain)).toBe(
      `## Coverage

**3 targets: 1 covered, 1 at-risk, 1 uncovered**

### SLA acme-email (customer acme, service email)

| target | commitment | mail-platform | network | verdict |
| --- | --- | --- | --- | --- |
| availability | Availability ≥ 99.95% | OLA messaging-ops/availability | UC network-ops/availability | ⚠️ at-risk |
| p1-response | Response time P1 ≤ 15m in 95% | OLA messaging-ops/p1-response | UC network-ops/p1-response | ✅ covered |
| recovery | Recovery time ≤ 4h in 100% | OLA messaging-ops/recovery | **missing** | ❌ uncovered |

- **availability** — ⚠️ at-risk
  - availability: 99.95% (mail-platform, OLA messaging-ops) × 99.99% (network, UC network-ops) = 99.94% &lt; 99.95%
- **recovery** — ❌ uncovered
  - missing: network: no OLA or UC target for recovery-time, and none links to acme-email/recovery

> ⚠️ network: UC network-ops notice deadline 2025-09-30 (term end 2025-12-31 − 3mo) falls before the SLA term ends (2025-12-31)

### Orphans

OLA/UC targets that support no SLA target:

- \`UC/network-ops/spare\`
`,
    );
  });

  it("json: the SPEC §9 shape (fractions 0–1, durations in seconds) plus documented extras", async () => {
    const json = JSON.parse(await format(COVERAGE_FORMATTERS, "json", result(), plain));
    expect(Object.keys(json)).toEqual(["targets", "orphans", "summary"]);
    expect(json.summary).toEqual({ covered: 1, "at-risk": 1, uncovered: 1, "not-applicable": 0, total: 3 });
    expect(json.orphans).toEqual(["UC/network-ops/spare"]);
    expect(json.targets[0]).toEqual({
      sla: "acme-email",
      target: "availability",
      metric: "availability",
      verdict: "at-risk",
      composed: 0.99940005,
      reasons: [
        {
          kind: "availability",
          message:
            "99.95% (mail-platform, OLA messaging-ops) × 99.99% (network, UC network-ops) = 99.94% < 99.95%",
          effect: "at-risk",
        },
        {
          kind: "notice",
          message:
            "network: UC network-ops notice deadline 2025-09-30 (term end 2025-12-31 − 3mo) falls before the SLA term ends (2025-12-31)",
          effect: "warning",
          component: "network",
        },
      ],
      components: [
        {
          service: "mail-platform",
          supportedBy: ["OLA/messaging-ops/availability"],
          linked: [],
          via: "dependency",
          path: ["email", "mail-platform"],
          verdict: "covered",
        },
        {
          service: "network",
          supportedBy: ["UC/network-ops/availability"],
          linked: [],
          via: "dependency",
          path: ["email", "network"],
          verdict: "covered",
        },
      ],
      customer: "acme",
      service: "email",
      objective: 0.9995,
      requirement: "≥ 99.95%",
      composition:
        "99.95% (mail-platform, OLA messaging-ops) × 99.99% (network, UC network-ops) = 99.94% < 99.95%",
    });
    expect(json.targets[2]).toMatchObject({ target: "recovery", verdict: "uncovered", threshold: 14400 });
    expect(json.targets[2].components[1]).toMatchObject({
      service: "network",
      supportedBy: [],
      verdict: "uncovered",
    });
  });

  it("summary line and --fail-on thresholds", async () => {
    const r = result();
    expect(summaryLine(r)).toBe("3 targets: 1 covered, 1 at-risk, 1 uncovered");
    expect(failsAt(r, "at-risk")).toBe(true);
    expect(failsAt(r, "uncovered")).toBe(true);
    expect(failsAt(r, "never")).toBe(false);
    const atRiskOnly = { ...r, targets: r.targets.filter((t) => t.verdict !== "uncovered") };
    expect(failsAt(atRiskOnly, "uncovered")).toBe(false);
  });
});
