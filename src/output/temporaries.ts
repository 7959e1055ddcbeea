import { type Dirent, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";

/**
 * The temporary files and directories this process has made and not yet removed (a report's
 * `.NAME.PID.MS.tmp` before its rename). On SIGINT/SIGTERM the binary
 * removes them before it exits; a run killed outright (SIGKILL, power loss) leaves them, and the
 * next run that writes to the same directory removes those of processes no longer alive.
 */
const live = new Map<string, "file" | "directory">();
let watcher: ((active: boolean) => void) | undefined;

/**
 * Called with true when the first temporary appears and with false when the last is gone: the
 * binary catches signals only meanwhile, so that an interrupt during long computation with
 * nothing to clean up still stops the process at once.
 */
export function watchTemporaries(callback: ((active: boolean) => void) | undefined): void {
  watcher = callback;
}

export function trackTemporary(path: string, kind: "file" | "directory"): void {
  live.set(path, kind);
  if (live.size === 1) watcher?.(true);
}

export function releaseTemporary(path: string): void {
  if (live.delete(path) && live.size === 0) watcher?.(false);
}

/** Removes every live temporary, synchronously: this runs in a signal handler, just before exit. */
export function removeTemporariesNow(): void {
  for (const [path, kind] of live) {
    try {
      rmSync(path, { force: true, recursive: kind === "directory" });
    } catch {
      // best effort: the process is about to exit, and one stuck file must not keep the others
    }
  }
  live.clear();
  watcher?.(false);
}

/** `.acme-email.md.4242.1717171717171.tmp`: the name `temporaryName` gives; group 1 is the PID. */
const TEMPORARY = /^\..+\.(\d+)\.\d+\.tmp$/;

export function temporaryName(file: string): string {
  return `.${file}.${process.pid}.${Date.now()}.tmp`;
}

const swept = new Set<string>();

/**
 * Removes temporaries in `dir` left by slm processes that are no longer alive (once per
 * directory and process); with `subdirectories`, also in the directories right below it (the
 * periods of an output directory: a run killed in May is swept by June's). A live PID, even of an
 * unrelated process that reuses the number, keeps its file: a concurrent run must never lose a
 * file it is about to rename.
 */
export function sweepStaleTemporaries(dir: string, options: { subdirectories?: boolean } = {}): void {
  if (swept.has(dir)) return;
  swept.add(dir);
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return; // nothing to sweep where nothing can be listed; the write reports its own error
  }
  for (const entry of entries) {
    if (options.subdirectories && entry.isDirectory()) sweepStaleTemporaries(join(dir, entry.name));
    const name = entry.name;
    const pid = TEMPORARY.exec(name)?.[1];
    if (!entry.isFile() || pid === undefined || Number(pid) === process.pid || isAlive(Number(pid))) continue;
    try {
      rmSync(join(dir, name), { force: true });
    } catch {
      // another run swept it first, or it cannot be removed: not this run's concern
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
