import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { run } from "../../src/cli/run.js";
import type { Io } from "../../src/commands/io.js";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with a captured, deterministic Io. */
export async function runCli(
  argv: string[],
  options: { cwd: string; now?: Date; env?: Record<string, string>; stderrIsTTY?: boolean },
): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    cwd: options.cwd,
    env: { NO_COLOR: "1", ...options.env },
    now: () => options.now ?? new Date("2024-06-30T12:00:00Z"),
    stdoutIsTTY: false,
    stderrIsTTY: options.stderrIsTTY ?? false,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

const BIN = resolve(import.meta.dirname, "../../bin/slm.js");

/** Spawns the built CLI (dist/) as a user would, without colour. */
export function spawnCli(argv: string[], options: { cwd: string; env?: Record<string, string> }): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...argv], {
    cwd: options.cwd,
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", ...options.env },
    encoding: "utf8",
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Writes `files` (relative path → content) into a fresh temporary directory and returns it. */
export function tempRepo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "slm-test-"));
  for (const [path, content] of Object.entries(files)) {
    const absolute = join(root, path);
    mkdirSync(dirname(absolute), { recursive: true });
    writeFileSync(absolute, content);
  }
  return root;
}
