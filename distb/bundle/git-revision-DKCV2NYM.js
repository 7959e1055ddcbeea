import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  git
} from "./chunk-KB6WGF6N.js";
import {
  InputError
} from "./chunk-RMJS7MV5.js";
import "./chunk-KBDRPUOI.js";

// dist/diff/git-revision.js
async function defaultBase(cwd) {
  const candidates = [];
  try {
    candidates.push((await git(cwd, ["symbolic-ref", "--quiet", "refs/remotes/origin/HEAD"])).trim());
  } catch {
  }
  candidates.push("origin/main", "main", "origin/master", "master");
  for (const ref of candidates) {
    try {
      return (await git(cwd, ["merge-base", "HEAD", ref])).trim();
    } catch {
    }
  }
  throw new InputError("no default branch found to diff against: name a base revision (slm diff BASE)");
}
export {
  defaultBase
};
