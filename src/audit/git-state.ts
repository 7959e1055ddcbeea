import { git } from "../history/git.js";
import type { GitState } from "./audit-model.js";

/**
 * The commit the repository's work tree is at, and whether any of the pack's inputs differs from
 * it (modified, staged or untracked): a dirty pack is still written, the hashes of the inputs are
 * the evidence, and the auditor reads `dirty: true` (docs/audit.md). Outside git: both null.
 */
export async function gitState(root: string, inputs: readonly string[]): Promise<GitState> {
  let commit: string;
  try {
    commit = (await git(root, ["rev-parse", "--verify", "--quiet", "HEAD"])).trim();
  } catch {
    return { commit: null, dirty: null };
  }
  if (!/^[0-9a-f]{40,64}$/.test(commit)) return { commit: null, dirty: null };
  // Paths outside the repository (`--data` of a file elsewhere) are not git's to judge.
  const paths = inputs.filter((p) => !p.startsWith("../") && !p.startsWith("/"));
  if (paths.length === 0) return { commit, dirty: false };
  const status = await git(root, ["status", "--porcelain", "--untracked-files=all", "--", ...paths]);
  return { commit, dirty: status.trim() !== "" };
}
