import { InputError } from "../core/errors.js";
import { git } from "../history/git.js";

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
