import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  fail,
  ok
} from "./chunk-VYAAX46D.js";

// dist/core/values/repository-path.js
function parseRepositoryPath(input) {
  if (typeof input !== "string" || input === "")
    return fail("a path is a non-empty string");
  if (input.startsWith("/") || input.startsWith("\\") || /^[A-Za-z]:/.test(input)) {
    return fail(`"${input}" is an absolute path; a path here stays inside the repository (relative, no "..")`);
  }
  if (input.split(/[\\/]/).includes("..")) {
    return fail(`"${input}" leads out of the repository; a path here stays inside it (relative, no "..")`);
  }
  return ok(input);
}

export {
  parseRepositoryPath
};
