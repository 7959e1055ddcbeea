import { describe, expect, it } from "vitest";
import { type CliResult, removeDir, runCli, spawnCli, tempRepo } from "../helpers/cli.js";
import { EXAMPLES, ROOT } from "../helpers/paths.js";
import { CLI_CASES, type CliCase } from "./cli-cases.js";

const ENV = { SOURCE_DATE_EPOCH: "1719748800" };

function expectOutput(actual: string, expected: CliCase["stdout"], label: string): void {
  if (expected === undefined) return;
  if (typeof expected === "string") expect(actual, label).toBe(expected);
  else if (expected instanceof RegExp) expect(actual, label).toMatch(expected);
  else expected(actual);
}

async function replay(c: CliCase, how: "in-process" | "exec"): Promise<CliResult> {
  const dir = c.cwd === "examples" ? EXAMPLES : c.cwd === undefined ? ROOT : tempRepo(c.cwd);
  try {
    return how === "exec"
      ? spawnCli(c.argv, { cwd: dir, env: ENV })
      : await runCli(c.argv, { cwd: dir, env: ENV, now: new Date(Number(ENV.SOURCE_DATE_EPOCH) * 1000) });
  } finally {
    if (typeof c.cwd === "object") removeDir(dir);
  }
}

describe("command lines, in-process and by exec", () => {
  for (const c of CLI_CASES) {
    it(c.name, async () => {
      const inProcess = await replay(c, "in-process");
      const exec = await replay(c, "exec");
      for (const [how, r] of [
        ["in-process", inProcess],
        ["exec", exec],
      ] as const) {
        expect(r.code, `${how} exit code; stderr: ${r.stderr}`).toBe(c.code);
        expectOutput(r.stdout, c.stdout, `${how} stdout`);
        expectOutput(r.stderr, c.stderr, `${how} stderr`);
        expect(r.stderr, `${how}: no stack trace`).not.toMatch(/\n\s+at /);
      }
      expect(exec.stdout).toBe(inProcess.stdout);
      expect(exec.stderr).toBe(inProcess.stderr);
    });
  }
});
