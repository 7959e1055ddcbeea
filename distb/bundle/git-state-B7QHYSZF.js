import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  git
} from "./chunk-KB6WGF6N.js";
import "./chunk-RMJS7MV5.js";
import "./chunk-KBDRPUOI.js";

// dist/audit/git-state.js
async function gitState(root, inputs) {
  let commit;
  try {
    commit = (await git(root, ["rev-parse", "--verify", "--quiet", "HEAD"])).trim();
  } catch {
    return { commit: null, dirty: null };
  }
  if (!/^[0-9a-f]{40,64}$/.test(commit))
    return { commit: null, dirty: null };
  const paths = inputs.filter((p) => !p.startsWith("../") && !p.startsWith("/"));
  if (paths.length === 0)
    return { commit, dirty: false };
  const status = await git(root, ["status", "--porcelain", "--untracked-files=all", "--", ...paths]);
  return { commit, dirty: status.trim() !== "" };
}
export {
  gitState
};
