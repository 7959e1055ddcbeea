import { processIo } from "./io.js";

/** The binary's entry: the only place that sets the process exit code. */
export async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  // `slm --version` is what scripts call to probe the tool: answer it before loading commander
  // and the command table, which roughly halves its start-up time.
  if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) {
    const { VERSION } = await import("./version.js");
    process.stdout.write(`${VERSION}\n`);
    return;
  }
  const { run } = await import("./run.js");
  process.exitCode = await run(argv, processIo());
}
