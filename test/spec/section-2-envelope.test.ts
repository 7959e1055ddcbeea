import { describe, expect, it } from "vitest";
import { runCli, tempRepo } from "../helpers/cli.js";

// SPEC §2 — Document envelope and value syntax.

const service = (name: string) =>
  `apiVersion: slm/v1\nkind: Service\nmetadata: { name: "${name}" }\nspec: { owner: it }\n`;

interface Diagnostic {
  code: string;
  severity: string;
  file: string;
  line: number;
  pointer: string;
}

describe("SPEC §2 Document envelope", () => {
  it("name: ^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$ — 1 to 63 characters, no leading or trailing '-', lowercase", async () => {
    const names = [
      "a", // 1 character: valid
      "a".repeat(63), // 63 = 1 + 61 + 1: the longest valid name
      "a".repeat(64), // 64: too long
      "a-b", // inner hyphen: valid
      "0ab", // may start with a digit: valid
      "-ab", // leading hyphen
      "ab-", // trailing hyphen
      "Ab", // uppercase
      "a_b", // underscore
    ];
    const text = names.map(service).join("---\n");
    const r = await runCli(["validate", "--format", "json"], {
      cwd: tempRepo({ "slm.config.yaml": "", "services.yaml": text }),
    });
    expect(r.code).toBe(1);
    const diagnostics = (JSON.parse(r.stdout) as { diagnostics: Diagnostic[] }).diagnostics;
    // Each document is 4 lines plus a `---` line: document i (0-based) has its name on line 5i + 3.
    const rejected = diagnostics
      .filter((d) => d.pointer === "/metadata/name")
      .map((d) => ({ name: names[(d.line - 3) / 5], severity: d.severity }));
    expect(rejected).toEqual(
      ["a".repeat(64), "-ab", "ab-", "Ab", "a_b"].map((name) => ({ name, severity: "error" })),
    );
  });

  it("calendar interval (reviews, notice periods): `1y`, `6mo`, `90d`, or ISO 8601 (`P1Y`, `P6M`)", async () => {
    const sla = (name: string, every: string) => `apiVersion: slm/v1
kind: SLA
metadata: { name: ${name} }
spec:
  service: email
  provider: it
  customer: acme
  term: { start: 2024-01-01 }
  review: { every: ${every}, last: 2024-01-15 }
  targets: [{ name: availability, metric: availability, objective: 99.9% }]
`;
    const cwd = tempRepo({
      "slm.config.yaml": "",
      "repo.yaml": [
        service("email"),
        sla("every-1y", "1y"),
        sla("every-6mo", "6mo"),
        sla("every-90d", "90d"),
        sla("every-p1y", "P1Y"),
        sla("every-p6m", "P6M"),
      ].join("---\n"),
    });
    const r = await runCli(["review", "--as-of", "2024-01-16", "--within", "2y", "--format", "json"], {
      cwd,
    });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const items = (
      JSON.parse(r.stdout) as { items: { name: string; event: string; date: string; days: number }[] }
    ).items;
    // next review = last (2024-01-15) + every; days counted from the as-of date 2024-01-16:
    //   90d: Jan 15 is day 15 of 2024; day 105 = 31 (Jan) + 29 (Feb) + 31 (Mar) + 14 → 2024-04-14; 105 − 16 = 89 days
    //   6mo / P6M: 2024-07-15; day 31+29+31+30+31+30+15 = 197; 197 − 16 = 181 days
    //   1y / P1Y: 2025-01-15; 2024 has 366 days, so 2024-01-16 → 2025-01-15 is 365 days
    expect(items.map((i) => [i.name, i.event, i.date, i.days])).toEqual([
      ["every-90d", "review-due", "2024-04-14", 89],
      ["every-6mo", "review-due", "2024-07-15", 181],
      ["every-p6m", "review-due", "2024-07-15", 181],
      ["every-1y", "review-due", "2025-01-15", 365],
      ["every-p1y", "review-due", "2025-01-15", 365],
    ]);
  });

  it("percentage: `99.9%` or a number 0–100 (`99.9`), stored as a fraction", async () => {
    const text = (objective: string) => `${service("email")}---
apiVersion: slm/v1
kind: SLA
metadata: { name: acme-email }
spec:
  service: email
  provider: it
  customer: acme
  term: { start: 2024-01-01 }
  review: { every: 1y, last: 2024-01-15 }
  targets: [{ name: availability, metric: availability, objective: ${objective} }]
`;
    // Both spellings export the same OpenSLO objective, 0.999 (99.9 / 100).
    for (const objective of ["99.9%", "99.9"]) {
      const r = await runCli(["export", "openslo"], {
        cwd: tempRepo({ "slm.config.yaml": "", "r.yaml": text(objective) }),
      });
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/target: 0\.999\n/);
    }
  });
});
