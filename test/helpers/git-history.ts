import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { tempDir } from "./cli.js";

/** One commit of a built history: files to write (null deletes), the message, and the day it is dated. */
export interface HistoryCommit {
  message: string;
  files: Record<string, string | null>;
  /** Commit and author date (ISO 8601); default one day after the previous commit. */
  date?: string;
}

/** Runs git in `root` with a fixed identity; returns stdout. */
export function gitIn(root: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync("git", ["-c", "user.email=t@example.com", "-c", "user.name=t", ...args], {
    cwd: root,
    stdio: "pipe",
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
}

/** Writes (or deletes) files under `root`. */
export function writeFiles(root: string, files: Record<string, string | null>): void {
  for (const [path, content] of Object.entries(files)) {
    const absolute = join(root, path);
    if (content === null) rmSync(absolute, { force: true });
    else {
      mkdirSync(dirname(absolute), { recursive: true });
      writeFileSync(absolute, content);
    }
  }
}

/**
 * THE temporary repository with a history: each commit of `commits` in order on `main`, dated so
 * that the order is unambiguous. Returns the root and the commit ids, oldest first.
 */
export function gitHistory(
  commits: readonly HistoryCommit[],
  prefix = "slm-history-",
): { root: string; ids: string[] } {
  const root = tempDir(prefix);
  gitIn(root, ["init", "-q", "-b", "main"]);
  const ids: string[] = [];
  let day = Date.UTC(2024, 0, 1);
  for (const c of commits) {
    writeFiles(root, c.files);
    const date = c.date ?? new Date(day).toISOString();
    day += 86_400_000;
    gitIn(root, ["add", "-A"]);
    gitIn(root, ["commit", "-q", "--allow-empty", "-m", c.message], {
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    });
    ids.push(gitIn(root, ["rev-parse", "HEAD"]).trim());
  }
  return { root, ids };
}
