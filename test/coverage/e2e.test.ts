import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeDir, spawnCli, tempRepo } from "../helpers/cli.js";
import { FIXTURE_YAML } from "./fixture.js";

let dir: string;

function slm(...args: string[]) {
  return spawnCli(["-C", dir, ...args], { cwd: dir });
}

beforeAll(() => {
  dir = tempRepo(
    { "slm.config.yaml": "include: ['**/*.yaml']\n", "agreements.yaml": FIXTURE_YAML },
    "slm-coverage-",
  );
});
afterAll(() => removeDir(dir));

describe("slm coverage (built CLI)", () => {
  it("prints the matrix and exits 1 on an at-risk target by default", () => {
    const r = slm("coverage");
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain(
      "│ recovery     │ recovery-time   │ OLA messaging-ops/recovery     │ missing ",
    );
    expect(r.stdout).not.toContain("\u001b[");
    expect(r.stdout.trimEnd().split("\n").at(-1)).toBe("3 targets: 1 covered, 1 at-risk, 1 uncovered");
    expect(r.code).toBe(1);
  });

  it("--fail-on uncovered / never", () => {
    expect(slm("coverage", "--fail-on", "uncovered").code).toBe(1);
    expect(slm("coverage", "--fail-on", "never").code).toBe(0);
  });

  it("--format json is pure JSON on stdout", () => {
    const r = slm("coverage", "--format", "json", "--fail-on", "never");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.summary).toEqual({ covered: 1, "at-risk": 1, uncovered: 1, "not-applicable": 0, total: 3 });
    expect(json.targets.map((t: { target: string; verdict: string }) => `${t.target}:${t.verdict}`)).toEqual([
      "availability:at-risk",
      "p1-response:covered",
      "recovery:uncovered",
    ]);
  });

  it("--format markdown", () => {
    const r = slm("coverage", "--format", "markdown");
    expect(r.stdout.startsWith("## Coverage\n\n**3 targets: 1 covered, 1 at-risk, 1 uncovered**\n")).toBe(
      true,
    );
    expect(r.code).toBe(1);
  });

  it("filters by --sla and --customer; an unknown name is a usage error (exit 2)", () => {
    expect(slm("coverage", "--sla", "acme-email", "--format", "json").stdout).toContain(
      '"sla": "acme-email"',
    );
    expect(slm("coverage", "--customer", "acme", "--fail-on", "never").code).toBe(0);
    const sla = slm("coverage", "--sla", "nope");
    expect(sla).toMatchObject({ code: 2, stdout: "" });
    expect(sla.stderr).toBe('slm: --sla: no SLA named "nope" (known: acme-email)\n');
    const customer = slm("coverage", "--customer", "nobody");
    expect(customer.code).toBe(2);
    expect(customer.stderr).toBe('slm: --customer: no SLA has customer "nobody" (known: acme)\n');
    const format = slm("coverage", "--format", "xml");
    expect(format.code).toBe(2);
    expect(format.stderr).toContain("xml");
  });

  it("stops with exit 1 on a repository with validation errors", () => {
    const bad = tempRepo({ "slm.config.yaml": "", "broken.yaml": "apiVersion: slm/v1\nkind: [unclosed\n" });
    try {
      const r = spawnCli(["-C", bad, "coverage"], { cwd: bad });
      expect(r.code).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/^broken\.yaml:\d+:\d+: error /);
      expect(r.stderr).toContain("run `slm validate` for details");
    } finally {
      removeDir(bad);
    }
  });
});
