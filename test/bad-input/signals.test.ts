import { type ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { spawnCli, tempDir } from "../helpers/cli.js";
import { BIN } from "../helpers/paths.js";
import { cleanUp, commitAll, EPOCH, FAULTS_MODULE, listTree, type Where } from "./corpus.js";
import { reportRepo } from "./repositories.js";

/**
 * Runs stopped from outside (issue 10 items 13, 15, 16), by exec only: a signal cannot be sent to
 * an in-process run without stopping the test runner. Each run is made to wait at the moment it
 * holds a temporary — a report's rename that never returns (an injected fault) — or while
 * `slm diff` reads the history (a `git` on PATH that waits), and is then stopped.
 */

function workspace(files: Record<string, string>): Where {
  const root = tempDir("slm-signals-");
  const where = { repo: join(root, "repo"), outside: join(root, "outside"), tmp: join(root, "tmp") };
  for (const dir of Object.values(where)) mkdirSync(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(where.repo, path)), { recursive: true });
    writeFileSync(join(where.repo, path), content);
  }
  return where;
}

function start(
  argv: string[],
  where: Where,
  env: Record<string, string> = {},
): ChildProcess & { done: Promise<{ code: number | null; signal: string | null; stderr: string }> } {
  const child = spawn(process.execPath, [BIN, ...argv], {
    cwd: where.repo,
    env: { ...process.env, NO_COLOR: "1", SOURCE_DATE_EPOCH: EPOCH, TMPDIR: where.tmp, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (chunk) => {
    stderr += chunk;
  });
  const done = new Promise<{ code: number | null; signal: string | null; stderr: string }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal, stderr })),
  );
  return Object.assign(child, { done });
}

async function until(condition: () => boolean, what: string): Promise<void> {
  // A wait, not a timing: generous so a loaded machine only waits longer (the test timeout is the bound).
  const deadline = Date.now() + 50_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const temporaries = (dir: string) =>
  existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".tmp")) : [];

/** A report run that stops forever at its rename, holding `.acme-web.md.PID.MS.tmp`. */
function stalledReport(where: Where) {
  return start(["report", "--period", "2024-05"], where, {
    NODE_OPTIONS: `--import=${pathToFileURL(FAULTS_MODULE).href}`,
    SLM_TEST_FAULTS: JSON.stringify([{ call: "promises.rename", path: ".tmp", hang: true }]),
  });
}

describe("a run stopped by a signal leaves nothing behind", () => {
  for (const [signal, code] of [
    ["SIGTERM", 143],
    ["SIGINT", 130],
  ] as const) {
    it(`${signal} during a report's write: the temporary is removed, exit ${code}`, async () => {
      const where = workspace(reportRepo());
      const dir = join(where.repo, "reports", "2024-05");
      try {
        const run = stalledReport(where);
        await until(() => temporaries(dir).length === 1, "the temporary file");
        run.kill(signal);
        const result = await run.done;
        expect(result).toEqual({
          code,
          signal: null,
          stderr: `slm: stopped by ${signal}; temporary files removed\n`,
        });
        expect(readdirSync(dir)).toEqual([]);
      } finally {
        cleanUp(where);
      }
    });
  }

  it("SIGKILL cannot be caught: the next run removes the dead run's temporary", async () => {
    const where = workspace(reportRepo());
    const dir = join(where.repo, "reports", "2024-05");
    try {
      const run = stalledReport(where);
      await until(() => temporaries(dir).length === 1, "the temporary file");
      const [left] = temporaries(dir);
      run.kill("SIGKILL");
      expect((await run.done).signal).toBe("SIGKILL");
      expect(temporaries(dir)).toEqual([left]);
      const next = spawnCli(["report", "--period", "2024-05"], {
        cwd: where.repo,
        env: { SOURCE_DATE_EPOCH: EPOCH },
      });
      expect(next.code).toBe(0);
      expect(readdirSync(dir)).toEqual(["acme-web.md"]);
    } finally {
      cleanUp(where);
    }
  });

  it("SIGTERM while slm diff reads the history: it writes nothing to TMPDIR, so nothing is left", async () => {
    // slm diff reads revisions from git objects (SPEC §16: no checkout, no snapshot on disk).
    const where = workspace(reportRepo());
    try {
      commitAll(where.repo);
      // A git that lists the history, then waits while slm lives (a long history on a slow disk).
      const realGit = execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim();
      const bin = join(where.outside, "bin");
      const marker = join(where.outside, "listing");
      mkdirSync(bin);
      writeFileSync(
        join(bin, "git"),
        `#!/bin/sh\n"${realGit}" "$@" || exit $?\nif [ "$1" = rev-list ]; then : > "${marker}"; while kill -0 $PPID 2>/dev/null; do sleep 0.05; done; fi\n`,
      );
      chmodSync(join(bin, "git"), 0o755);
      const run = start(["diff", "HEAD", "--replay", "1"], where, { PATH: `${bin}:${process.env.PATH}` });
      await until(() => existsSync(marker), "the history listing");
      run.kill("SIGTERM");
      const result = await run.done;
      expect(result.signal).toBe("SIGTERM");
      expect(listTree(where.tmp)).toEqual([]);
    } finally {
      cleanUp(where);
    }
  });
});

describe("what the user may not read (a real EACCES, as nobody when the tests run as root)", () => {
  const root = process.getuid?.() === 0;
  const setpriv = spawnSync("sh", ["-c", "command -v setpriv"], { encoding: "utf8" }).stdout.trim();
  const cases = [
    ["a file", "locked.yaml", "slm: cannot read locked.yaml: permission denied (EACCES)\n"],
    ["a directory", "locked", "slm: cannot read directory locked: permission denied (EACCES)\n"],
  ] as const;
  for (const [what, locked, stderr] of cases) {
    it.skipIf(root && setpriv === "")(`${what}: one line, exit 2`, () => {
      const where = workspace(
        reportRepo("", { "locked/x.yaml": "apiVersion: slm/v1\n", "locked.yaml": "apiVersion: slm/v1\n" }),
      );
      const dirs = [dirname(where.repo), where.repo, join(where.repo, "data"), join(where.repo, "locked")];
      try {
        for (const dir of dirs) chmodSync(dir, 0o755);
        chmodSync(join(where.repo, locked), 0o000);
        const command = root
          ? [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, BIN, "validate"]
          : [process.execPath, BIN, "validate"];
        const result = spawnSync(command[0]!, command.slice(1), {
          cwd: where.repo,
          encoding: "utf8",
          env: { ...process.env, NO_COLOR: "1" },
        });
        expect({ code: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({
          code: 2,
          stdout: "",
          stderr,
        });
      } finally {
        chmodSync(join(where.repo, locked), 0o755);
        cleanUp(where);
      }
    });
  }
});
