import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { tempRepo } from "../helpers/cli.js";
import { ROOT } from "../helpers/paths.js";

describe("output to a pipe", () => {
  it("stops quietly with exit 0 when the reader closes the pipe early (slm … | head -1)", () => {
    const result = spawnSync(
      "bash",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a bash expansion, not a template
      ["-c", 'node bin/slm.js -C examples export openslo | head -1; echo "status=${PIPESTATUS[0]}"'],
      { cwd: ROOT, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } },
    );
    expect(result.stdout).toBe("---\nstatus=0\n");
    expect(result.stderr).toBe("");
  });

  it("keeps the command's own exit code: findings still fail a piped run", () => {
    const files = Object.fromEntries(
      Array.from({ length: 300 }, (_, i) => [
        `s${i}.yaml`,
        `apiVersion: slm/v1\nkind: Service\nmetadata: { name: s${i} }\nspec: { ownr: x }\n`,
      ]),
    );
    const cwd = tempRepo(files);
    const result = spawnSync(
      "bash",
      [
        "-c",
        `node ${resolve(ROOT, "bin/slm.js")} validate | head -1 >/dev/null; echo "status=\${PIPESTATUS[0]}"`,
      ],
      { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } },
    );
    expect(result.stdout).toBe("status=1\n");
    expect(result.stderr).toBe("");
  });
});

describe("format names", () => {
  it("accepts every command's spelling of the human formats (table/text, md/markdown)", async () => {
    const { runCli } = await import("../helpers/cli.js");
    const examples = resolve(ROOT, "examples");
    const coverage = await runCli(["coverage", "--format", "text", "--fail-on", "never"], { cwd: examples });
    expect(coverage.code).toBe(0);
    expect(coverage.stdout).toContain("23 targets: 16 covered, 5 at-risk, 1 uncovered, 1 not-applicable");
    const kpi = await runCli(["kpi", "--period", "2024-05", "--format", "md"], { cwd: examples });
    expect(kpi.stdout.startsWith("### Service level management KPIs, 2024-05")).toBe(true);
    const bad = await runCli(["kpi", "--period", "2024-05", "--format", "xml"], { cwd: examples });
    expect(bad).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "slm: option '--format <format>' argument 'xml' is invalid. Allowed choices are text, markdown, json.\n",
    });
  });
});
