import { processIo } from "./io.js";
import { run } from "./run.js";

/** The binary's entry: the only place that sets the process exit code. */
export async function main(): Promise<void> {
  const code = await run(process.argv.slice(2), processIo());
  process.exitCode = code;
}
