import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { InputError } from "../core/errors.js";

const exec = promisify(execFile);

/** Runs git in `cwd`; a failure is an input error with git's own first line. */
export async function git(cwd: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await exec("git", args, { cwd, maxBuffer: 256 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const e = error as { code?: unknown; stderr?: string; message: string };
    if (e.code === "ENOENT") throw new InputError("git is not installed (or not on PATH)");
    const stderr = String(e.stderr ?? e.message).trim();
    throw new InputError(`git ${args[0]}: ${stderr.split("\n")[0]}`);
  }
}
