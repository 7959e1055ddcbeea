import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { removeDir, runCli, tempGitRepo, tempRepo } from "../helpers/cli.js";

/** `slm show` and `slm diff` on agreements built from templates (SPEC §21). */
const CATALOGUE = `apiVersion: slm/v1
kind: Service
metadata: { name: email }
spec: { owner: ops, dependsOn: [mail-platform] }
---
apiVersion: slm/v1
kind: Service
metadata: { name: mail-platform }
spec: { owner: ops }
---
apiVersion: slm/v1
kind: OLA
metadata: { name: mail-ops }
spec:
  service: mail-platform
  provider: ops
  customer: it
  term: { start: 2024-01-01 }
  review: { every: 1y, last: 2024-06-01 }
  targets:
    - { name: p1-response, metric: response-time, priority: P1, threshold: 12m, objective: 95% }
`;
const TEMPLATES = (threshold: string) => `apiVersion: slm/v1
kind: Template
metadata: { name: corporate }
spec:
  provider: ops
  review: { every: 1y }
---
apiVersion: slm/v1
kind: Template
metadata: { name: gold }
spec:
  applies: [SLA]
  extends: [corporate]
  targets:
    - { name: p1-response, metric: response-time, priority: P1, threshold: ${threshold}, objective: 95% }
    - { name: p2-response, metric: response-time, priority: P2, threshold: 1h, objective: 90% }
`;
const sla = (name: string, extra = "") => `apiVersion: slm/v1
kind: SLA
metadata: { name: ${name} }
spec:
  extends: [gold]
  service: email
  customer: ${name}
  term: { start: 2024-01-01 }
  review: { last: 2024-06-01 }
${extra}`;

const files = (threshold: string) => ({
  "slm.config.yaml": "include: ['**/*.yaml']\n",
  "catalogue.yaml": CATALOGUE,
  "templates.yaml": TEMPLATES(threshold),
  "acme.yaml": sla("acme"),
  "globex.yaml": sla("globex"),
  // Overrides the threshold itself: a change of gold's threshold does not change it.
  "initech.yaml": sla("initech", "  targets:\n    - { name: p1-response, threshold: 5m }\n"),
});
const NOW = new Date("2024-06-30T12:00:00Z");
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) removeDir(d);
});

describe("slm show KIND/NAME (SPEC §21)", () => {
  const cwd = tempRepo(files("15m"));
  dirs.push(cwd);

  it("prints the effective agreement as YAML, each value with the file:line it came from", async () => {
    const r = await runCli(["show", "SLA/initech"], { cwd, now: NOW });
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    // The agreement's own fields first, then what it inherits.
    expect(lines.slice(6, 10)).toEqual([
      "  extends:  # initech.yaml:5",
      "    - gold  # initech.yaml:5",
      "  service: email  # initech.yaml:6",
      "  customer: initech  # initech.yaml:7",
    ]);
    expect(lines[0]).toBe(
      "# SLA/initech: the effective agreement (templates merged in order: corporate, gold)",
    );
    // templates.yaml: corporate's provider on line 5, its review on 6; gold's targets on lines 15
    // and 16. initech.yaml: its review on line 9, the override of p1-response on line 11.
    expect(lines).toContain("  provider: ops  # templates.yaml:5");
    expect(lines).toContain("  review:  # initech.yaml:9");
    expect(lines).toContain("    every: 1y  # templates.yaml:6");
    expect(lines).toContain("    last: 2024-06-01  # initech.yaml:9");
    expect(lines).toContain("    - name: p1-response  # initech.yaml:11");
    expect(lines).toContain("      threshold: 5m  # initech.yaml:11");
    expect(lines).toContain("      objective: 95%  # templates.yaml:15");
    expect(lines).toContain("    - name: p2-response  # templates.yaml:16");
    // It reads back to the effective document.
    const value = parse(r.stdout) as { spec: { targets: { threshold: string }[]; extends: string[] } };
    expect(value.spec.targets.map((t) => t.threshold)).toEqual(["5m", "1h"]);
    expect(value.spec.extends).toEqual(["gold"]);
  });

  it("prints {effective, origins} as JSON, origins by JSON pointer", async () => {
    const r = await runCli(["show", "acme", "--format", "json"], { cwd, now: NOW });
    expect(r.code).toBe(0);
    const shown = JSON.parse(r.stdout);
    expect(shown.kind).toBe("SLA");
    expect(shown.templates).toEqual(["corporate", "gold"]);
    expect(shown.effective.spec.provider).toBe("ops");
    expect(shown.origins["/spec/provider"]).toEqual({ file: "templates.yaml", line: 5, column: 3 });
    expect(shown.origins["/spec/targets/0/threshold"]).toMatchObject({ file: "templates.yaml", line: 15 });
    expect(shown.origins["/spec/customer"]).toMatchObject({ file: "acme.yaml", line: 7 });
  });

  it("exits 2 with did-you-mean on an unknown name", async () => {
    const r = await runCli(["show", "SLA/acmee"], { cwd, now: NOW });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no agreement SLA/acmee (did you mean "SLA/acme"?)');
    expect((await runCli(["show", "OLA/acme"], { cwd, now: NOW })).code).toBe(2);
  });
});

describe("slm diff on a template change (SPEC §21)", () => {
  const cwd = tempGitRepo(files("15m"));
  dirs.push(cwd);
  writeFileSync(join(cwd, "templates.yaml"), TEMPLATES("10m"));

  it("lists the change under every agreement it changes, with the count", async () => {
    const r = await runCli(["diff", "HEAD"], { cwd, now: NOW });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    // acme and globex inherit the threshold; initech overrides it and does not change.
    expect(r.stdout).toContain("Template changes");
    expect(r.stdout).toContain(
      "  gold: p1-response threshold 15m → 10m tightens 2 SLAs: SLA/acme, SLA/globex",
    );
    expect(r.stdout).toContain("  + p1-response: threshold (template gold) tightened, 15m → 10m");
    expect(r.stdout).not.toContain("SLA initech");
  });

  it("lists the coverage verdicts that change with it, and the template in JSON", async () => {
    const r = await runCli(["diff", "HEAD", "--format", "json"], { cwd, now: NOW });
    const result = JSON.parse(r.stdout);
    // The OLA's 12m supports a 15m SLA threshold, not a 10m one: covered → at-risk for both.
    expect(result.templates).toEqual([
      {
        template: "gold",
        target: "p1-response",
        field: "threshold",
        from: "15m",
        to: "10m",
        direction: "tightened",
        agreements: ["SLA/acme", "SLA/globex"],
        coverage: [
          expect.objectContaining({ sla: "acme", target: "p1-response", from: "covered", to: "at-risk" }),
          expect.objectContaining({ sla: "globex", target: "p1-response", from: "covered", to: "at-risk" }),
        ],
      },
    ]);
    expect(result.changes.map((c: { name: string; template?: string }) => `${c.name}:${c.template}`)).toEqual(
      ["acme:gold", "globex:gold"],
    );
  });
});
