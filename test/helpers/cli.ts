import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { run } from "../../src/cli/run.js";
import type { Io } from "../../src/commands/io.js";
import { BIN } from "./paths.js";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd: string;
  /** The clock of the run (default 2024-06-30T12:00Z). */
  now?: Date;
  /** Added to `NO_COLOR=1`; `undefined` unsets a variable. */
  env?: Record<string, string | undefined>;
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
}

/** THE in-process runner: the whole CLI with a captured, deterministic Io. */
export async function runCli(argv: string[], options: CliOptions): Promise<CliResult> {
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
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    stderrIsTTY: options.stderrIsTTY ?? false,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

/** THE spawner: the built CLI (dist/) as a user runs it, without colour. */
export function spawnCli(
  argv: string[],
  options: { cwd: string; env?: Record<string, string>; input?: string; timeout?: number },
): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...argv], {
    cwd: options.cwd,
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", ...options.env },
    encoding: "utf8",
    input: options.input,
    timeout: options.timeout ?? 60_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh empty temporary directory. */
export function tempDir(prefix = "slm-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** THE temporary repository: `files` (relative path → content) in a fresh directory, returned with its path. */
export function tempRepo(files: Record<string, string | Uint8Array>, prefix = "slm-test-"): string {
  const root = tempDir(prefix);
  for (const [path, content] of Object.entries(files)) {
    const absolute = join(root, path);
    mkdirSync(dirname(absolute), { recursive: true });
    writeFileSync(absolute, content);
  }
  return root;
}

/** THE temporary git repository: `tempRepo(files)` with everything committed on `main` as "base". */
export function tempGitRepo(files: Record<string, string | Uint8Array>, prefix = "slm-git-"): string {
  const root = tempRepo(files, prefix);
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.email=t@example.com", "-c", "user.name=t", ...args], {
      cwd: root,
      stdio: "pipe",
    });
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("commit", "-qm", "base");
  return root;
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
