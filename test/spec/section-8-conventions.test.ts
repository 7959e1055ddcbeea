import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import type { Io } from "../../src/commands/io.js";
import { tempRepo } from "../helpers/cli.js";

// SPEC §8 — Conventions for every command.

const ESC = "\u001b[";

async function runWith(
  argv: string[],
  o: { cwd: string; env?: Record<string, string>; tty?: boolean; now?: () => Date },
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    cwd: o.cwd,
    env: o.env ?? {},
    now: o.now ?? (() => new Date("2024-06-30T12:00:00Z")),
    stdoutIsTTY: o.tty ?? false,
    stderrIsTTY: o.tty ?? false,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

// A coverage gap (uncovered target) so that the table has a coloured verdict.
const REPO = {
  "slm.config.yaml": "",
  "repo.yaml": `apiVersion: slm/v1
kind: Service
metadata: { name: email }
spec: { owner: it }
---
apiVersion: slm/v1
kind: SLA
metadata: { name: acme-email }
spec:
  service: email
  provider: it
  customer: acme
  term: { start: 2024-01-01 }
  review: { every: 1y, last: 2024-01-15 }
  targets: [{ name: availability, metric: availability, objective: 99.9% }]
`,
};

describe("SPEC §8 Conventions", () => {
  it("Colour only on a TTY, never with `NO_COLOR` or `--no-color`. Machine formats never contain colour.", async () => {
    const cwd = tempRepo(REPO);
    const tty = await runWith(["coverage"], { cwd, tty: true });
    expect(tty.code).toBe(1);
    expect(tty.stdout).toContain(ESC);
    const pipe = await runWith(["coverage"], { cwd, tty: false });
    expect(pipe.code).toBe(1);
    expect(pipe.stdout).not.toContain(ESC);
    const noColorEnv = await runWith(["coverage"], { cwd, tty: true, env: { NO_COLOR: "1" } });
    expect(noColorEnv.code).toBe(1);
    expect(noColorEnv.stdout).not.toContain(ESC);
    const noColorFlag = await runWith(["--no-color", "coverage"], { cwd, tty: true });
    expect(noColorFlag.code).toBe(1);
    expect(noColorFlag.stdout).not.toContain(ESC);
    for (const argv of [
      ["coverage", "--format", "json"],
      ["coverage", "--format", "markdown"],
      ["validate", "--format", "json"],
      ["validate", "--format", "github"],
      ["validate", "--format", "sarif"],
      ["validate", "--format", "junit"],
    ]) {
      const r = await runWith(argv, { cwd, tty: true });
      expect(r.stdout, argv.join(" ")).not.toContain(ESC);
    }
  });

  it("2 … unexpected errors — with a one-line message, a stack trace only with `--verbose`", async () => {
    const cwd = tempRepo(REPO);
    const boom = () => {
      throw new Error("clock failure");
    };
    const quiet = await runWith(["validate"], { cwd, now: boom });
    expect(quiet.code).toBe(2);
    expect(quiet.stdout).toBe("");
    expect(quiet.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(quiet.stderr).toContain("clock failure");
    expect(quiet.stderr).not.toMatch(/\n\s+at /);

    const verbose = await runWith(["--verbose", "validate"], { cwd, now: boom });
    expect(verbose.code).toBe(2);
    expect(verbose.stderr).toContain("clock failure");
    expect(verbose.stderr).toMatch(/\n\s+at /);
  });
});
