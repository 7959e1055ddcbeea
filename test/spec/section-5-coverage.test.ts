import { describe, expect, it } from "vitest";
import { computeCoverage } from "../../src/coverage/compute-coverage.js";
import { buildModel } from "../../src/model/build-model.js";
import { parseYamlFile } from "../../src/repository/yaml-file.js";
import { runCli, tempRepo } from "../helpers/cli.js";

// SPEC §5 — Coverage.

const doc = (kind: string, name: string, spec: string) =>
  `apiVersion: slm/v1\nkind: ${kind}\nmetadata: { name: ${name} }\nspec:\n${spec}`;
const agreement = (kind: string, name: string, service: string, targets: string[]) =>
  doc(
    kind,
    name,
    `  service: ${service}
  provider: ops
  customer: ${kind === "SLA" ? "acme" : "it"}
  term: { start: 2024-01-01 }
  review: { every: 1y, last: 2024-01-15 }
  targets:
${targets.map((t) => `    - ${t}`).join("\n")}
`,
  );
const CATALOGUE = [
  doc("Service", "email", "  owner: it\n  dependsOn: [mail-platform, network]\n"),
  doc("Service", "mail-platform", "  owner: it\n"),
  doc("Service", "network", "  owner: it\n"),
];

describe("SPEC §5 Coverage", () => {
  it("Example: 99.95% × 99.9% = 99.85% < 99.9%", () => {
    const text = [
      ...CATALOGUE,
      agreement("SLA", "acme-email", "email", [
        "{ name: availability, metric: availability, objective: 99.9% }",
      ]),
      agreement("OLA", "messaging-ops", "mail-platform", [
        "{ name: availability, metric: availability, objective: 99.95% }",
      ]),
      agreement("UC", "network-ops", "network", [
        "{ name: availability, metric: availability, objective: 99.9% }",
      ]),
    ].join("---\n");
    const result = computeCoverage(buildModel(parseYamlFile("repo.yaml", text).documents));
    const t = result.targets.find((x) => x.sla === "acme-email" && x.target === "availability")!;
    expect(t.verdict).toBe("at-risk");
    // 0.9995 × 0.999 = 0.9985005 (99.85005%, shown rounded down as 99.85%) < 0.999.
    expect(t.composed).toBe(0.9985005);
    expect(t.reasons.map((r) => [r.kind, r.message])).toEqual([
      [
        "availability",
        "99.95% (mail-platform, OLA messaging-ops) × 99.9% (network, UC network-ops) = 99.85% < 99.9%",
      ],
    ]);
  });

  it("a one-line summary (`12 targets: 9 covered, 2 at-risk, 1 uncovered`); exit 1 when any target is at or beyond `--fail-on` (`at-risk` default, `uncovered`, `never`)", async () => {
    // One component, mail-platform, with an OLA promising 99.95% availability.
    // 9 SLA targets at 99.9% are covered (99.95% ≥ 99.9%), 2 at 99.99% are at-risk (99.95% < 99.99%),
    // 1 recovery-time target has no supporting target on any component: uncovered. 9 + 2 + 1 = 12.
    const covered = Array.from(
      { length: 9 },
      (_, i) => `{ name: ok-${i + 1}, metric: availability, objective: 99.9% }`,
    );
    const atRisk = Array.from(
      { length: 2 },
      (_, i) => `{ name: tight-${i + 1}, metric: availability, objective: 99.99% }`,
    );
    const files = (targets: string[]) => ({
      "slm.config.yaml": "",
      "repo.yaml": [
        doc("Service", "email", "  owner: it\n  dependsOn: [mail-platform]\n"),
        doc("Service", "mail-platform", "  owner: it\n"),
        agreement("SLA", "acme-email", "email", targets),
        agreement("OLA", "messaging-ops", "mail-platform", [
          "{ name: availability, metric: availability, objective: 99.95% }",
        ]),
      ].join("---\n"),
    });
    const cwd = tempRepo(
      files([
        ...covered,
        ...atRisk,
        "{ name: restore, metric: recovery-time, threshold: 4h, objective: 100% }",
      ]),
    );
    const byDefault = await runCli(["coverage"], { cwd });
    expect(byDefault.stderr).toBe("");
    expect(byDefault.stdout.trimEnd().split("\n").at(-1)).toBe(
      "12 targets: 9 covered, 2 at-risk, 1 uncovered",
    );
    expect(byDefault.code).toBe(1);
    expect((await runCli(["coverage", "--fail-on", "uncovered"], { cwd })).code).toBe(1);
    expect((await runCli(["coverage", "--fail-on", "never"], { cwd })).code).toBe(0);

    // Without the uncovered target: at-risk fails by default, but not with --fail-on uncovered.
    const atRiskOnly = tempRepo(files([...covered, ...atRisk]));
    const r = await runCli(["coverage"], { cwd: atRiskOnly });
    expect(r.stdout.trimEnd().split("\n").at(-1)).toBe("11 targets: 9 covered, 2 at-risk, 0 uncovered");
    expect(r.code).toBe(1);
    const lenient = await runCli(["coverage", "--fail-on", "uncovered"], { cwd: atRiskOnly });
    expect(lenient.code).toBe(0);
  });
});
