import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers/cli.js";
import { EXAMPLES } from "../helpers/paths.js";
import { BASE, sla, slm } from "../helpers/validate-harness.js";

function repo(files: Record<string, string>): string {
  const dir = tempDir("slm-validate-");
  writeFileSync(join(dir, "slm.config.yaml"), "include: ['**/*.yaml']\n");
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const GOOD = sla("  targets:\n    - { name: availability, metric: availability, objective: 99.9% }\n");

describe("slm validate (built CLI)", () => {
  it("exits 0 on a clean repository", () => {
    const r = slm(["validate"], { cwd: repo({ ...BASE, "sla.yaml": GOOD }) });
    expect(r).toEqual({ stdout: "✔ no problems in 3 files\n", stderr: "", status: 0 });
  });

  it("exits 1 with stylish findings and a code frame", () => {
    const dir = repo({ ...BASE, "sla.yaml": GOOD.replace("start: 2024-01-01", "start: 2024-02-30") });
    const r = slm(["validate"], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(
      [
        "sla.yaml",
        'sla.yaml:8:18  error  "2024-02-30" does not exist (February 2024 has 29 days)  schema/invalid-value',
        "  8 |   term: { start: 2024-02-30 }",
        "    |                  ^",
        "",
        "✖ 1 problem (1 error, 0 warnings) in 3 files",
        "",
      ].join("\n"),
    );
  });

  it("json output and --fail-severity", () => {
    const dir = repo({
      ...BASE,
      "sla.yaml": GOOD.replace("  review: { every: 1y, last: 2024-01-15 }\n", ""),
    });
    const r = slm(["validate", "--format", "json"], { cwd: dir });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      diagnostics: [
        {
          code: "review/missing",
          severity: "warning",
          message: 'SLA "acme-email" has no review cycle (add e.g. review: { every: 1y, last: 2024-01-01 })',
          file: "sla.yaml",
          line: 4,
          column: 1,
          pointer: "/spec",
        },
      ],
      summary: { errors: 0, warnings: 1, files: 3 },
    });
    expect(slm(["validate", "--fail-severity", "warning", "-f", "github"], { cwd: dir })).toEqual({
      stdout:
        '::warning file=sla.yaml,line=4,col=1,title=review/missing::SLA "acme-email" has no review cycle (add e.g. review: { every: 1y, last: 2024-01-01 })\n',
      stderr: "",
      status: 1,
    });
  });

  it("validates only the given paths", () => {
    const dir = repo({ ...BASE, "sla.yaml": GOOD, "bad/x.yaml": "- 1\n" });
    expect(slm(["validate", "catalogue.yaml"], { cwd: dir }).stdout).toBe("✔ no problems in 1 file\n");
    // The SLA's references resolve against the whole repository, and bad/x.yaml is not reported.
    expect(slm(["validate", "sla.yaml"], { cwd: dir })).toEqual({
      stdout: "✔ no problems in 1 file\n",
      stderr: "",
      status: 0,
    });
    expect(slm(["validate", "bad"], { cwd: dir }).status).toBe(1);
  });

  it("exit 2 with one line: unknown format, nonexistent path, a directory without YAML files", () => {
    const dir = repo({ ...BASE });
    mkdirSync(join(dir, "empty"));
    expect(slm(["validate", "-f", "xml"], { cwd: dir })).toEqual({
      stdout: "",
      stderr:
        "slm: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are stylish, json, github, sarif, junit, gitlab.\n",
      status: 2,
    });
    expect(slm(["validate", "nope.yaml"], { cwd: dir })).toEqual({
      stdout: "",
      stderr: "slm: no such file or directory: nope.yaml\n",
      status: 2,
    });
    expect(slm(["validate", "empty"], { cwd: dir })).toEqual({
      stdout: "",
      stderr: "slm: no YAML files to validate in empty (include: **/*.yaml)\n",
      status: 2,
    });
  });

  const examples = EXAMPLES;
  it.skipIf(!existsSync(join(examples, "slm.config.yaml")))(
    "the example repository validates (warnings allowed)",
    () => {
      const r = slm(["-C", examples, "validate", "--format", "json"]);
      expect(r.stderr).toBe("");
      expect(JSON.parse(r.stdout).summary.errors).toBe(0);
      expect(r.status).toBe(0);
    },
  );

  const openslo = "/work/shared/datasets/openslo/oslo-test-inputs/v1";
  it("rejects OpenSLO documents cleanly: unknown apiVersion/kind, never a crash", (ctx) => {
    if (!existsSync(openslo)) {
      ctx.skip(`OpenSLO test inputs not found at ${openslo}`);
      return;
    }
    const r = slm(["validate", "--format", "json", openslo], { cwd: openslo });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
    const output = JSON.parse(r.stdout) as { diagnostics: { code: string }[]; summary: { files: number } };
    const codes = new Set(output.diagnostics.map((d) => d.code));
    for (const code of codes)
      expect(code).toMatch(/^(schema\/unknown-(kind|api-version)|yaml\/.*|document\/.*|file\/.*)$/);
    expect(codes.has("schema/unknown-api-version")).toBe(true);
    expect(output.summary.files).toBeGreaterThan(10);
    expect(readdirSync(openslo).length).toBeGreaterThan(0);
  });
});

describe("slm validate --as-of and nested repositories", () => {
  it("judges reviews as of the given day, so CI gives the same answer every day", () => {
    const dir = repo({ ...BASE, "sla.yaml": GOOD });
    // GOOD's review was last 2024-01-15, every 1y: due 2025-01-15.
    expect(slm(["validate", "--as-of", "2024-06-30"], { cwd: dir }).stdout).toBe(
      "✔ no problems in 3 files\n",
    );
    const late = slm(["validate", "--as-of", "2025-02-01", "--format", "json"], { cwd: dir });
    expect(JSON.parse(late.stdout).diagnostics.map((d: { code: string }) => d.code)).toEqual([
      "review/overdue",
    ]);
    expect(slm(["validate", "--as-of", "tomorrow"], { cwd: dir })).toMatchObject({ status: 2 });
  });

  it("does not read a nested repository's slm.config.yaml as an agreement", () => {
    const dir = repo({ ...BASE, "sla.yaml": GOOD, "team-b/slm.config.yaml": "include: ['**/*.yaml']\n" });
    expect(slm(["validate", "--as-of", "2024-06-30"], { cwd: dir }).status).toBe(0);
  });
});

describe("slm validate DIR inside the repository", () => {
  it("still applies the repository's exclude patterns", () => {
    const dir = repo({
      ...BASE,
      "slm.config.yaml": "exclude: ['agreements/drafts/**']\n",
      "agreements/sla.yaml": GOOD,
      "agreements/drafts/wip.yaml": "apiVersion: slm/v1\nkind: SLA\nmetadata: { name: wip }\nspec: {}\n",
    });
    expect(slm(["validate", "agreements", "--as-of", "2024-06-30"], { cwd: dir })).toEqual({
      stdout: "✔ no problems in 1 file\n",
      stderr: "",
      status: 0,
    });
  });
});
