import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { InputError } from "../core/errors.js";
import { releaseTemporary, trackTemporary } from "../output/temporaries.js";

const exec = promisify(execFile);

/** Runs git in `cwd`; a failure is an input error with git's own first line. */
export async function git(cwd: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await exec("git", args, { cwd, maxBuffer: 256 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? (error as Error).message).trim();
    throw new InputError(`git ${args[0]}: ${stderr.split("\n")[0]}`);
  }
}

/**
 * The base revision when none is given: the merge base of HEAD with the default branch
 * (origin's HEAD, else main, else master), so a pull request is compared with where it forked.
 */
export async function defaultBase(cwd: string): Promise<string> {
  const candidates: string[] = [];
  try {
    candidates.push((await git(cwd, ["symbolic-ref", "--quiet", "refs/remotes/origin/HEAD"])).trim());
  } catch {
    // no remote HEAD: fall back to local names
  }
  candidates.push("origin/main", "main", "origin/master", "master");
  for (const ref of candidates) {
    try {
      return (await git(cwd, ["merge-base", "HEAD", ref])).trim();
    } catch {
      // try the next name
    }
  }
  throw new InputError("no default branch found to diff against: name a base revision (slm diff BASE)");
}

/** A revision's files in a temporary directory; `remove` deletes it (the caller must, also on error). */
export interface Snapshot {
  /** The directory that corresponds to the repository root inside the snapshot. */
  dir: string;
  remove(): Promise<void>;
}

/**
 * Materializes the repository directory `root` as it was at `revision` into a temporary
 * directory (git archive), so the ordinary loader can read it. The directory is tracked as a
 * temporary, so SIGINT/SIGTERM remove it too; a failure here removes it before the error leaves.
 */
export async function checkoutRevision(root: string, revision: string): Promise<Snapshot> {
  const top = (await git(root, ["rev-parse", "--show-toplevel"])).trim();
  const sub = relative(top, root) || ".";
  await git(top, ["rev-parse", "--verify", "--quiet", `${revision}^{commit}`]).catch(() => {
    throw new InputError(`unknown revision: ${revision}`);
  });
  const dir = await mkdtemp(join(tmpdir(), "slm-diff-"));
  trackTemporary(dir, "directory");
  const remove = async (): Promise<void> => {
    await rm(dir, { recursive: true, force: true });
    releaseTemporary(dir);
  };
  try {
    const archive = join(dir, "snapshot.tar");
    await git(top, ["archive", "--format=tar", "-o", archive, revision, "--", sub]).catch(async (error) => {
      // A root that did not exist at that revision is an empty repository then.
      if (/did not match any files|pathspec/.test(String((error as Error).message))) return "";
      throw error;
    });
    await exec("tar", ["-xf", archive, "-C", dir]).catch(() => undefined);
    await rm(archive, { force: true });
    return { dir: join(dir, sub), remove };
  } catch (error) {
    await remove();
    throw error;
  }
}
