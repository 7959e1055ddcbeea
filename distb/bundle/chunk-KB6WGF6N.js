import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-RMJS7MV5.js";

// dist/history/git.js
import { execFile } from "node:child_process";
import { promisify } from "node:util";
var exec = promisify(execFile);
async function git(cwd, args) {
  try {
    const { stdout } = await exec("git", args, { cwd, maxBuffer: 256 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const e = error;
    if (e.code === "ENOENT")
      throw new InputError("git is not installed (or not on PATH)");
    const stderr = String(e.stderr ?? e.message).trim();
    throw new InputError(`git ${args[0]}: ${stderr.split("\n")[0]}`);
  }
}

export {
  git
};
