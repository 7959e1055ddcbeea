import { closeStdout, processIo } from "../commands/io.js";

/** The binary's entry: the only place that sets the process exit code. */
export async function main(): Promise<void> {
  guardStdout();
  const argv = process.argv.slice(2);
  // `slm --version` is what scripts call to probe the tool: answer it before loading commander
  // and the command table, which roughly halves its start-up time.
  if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) {
    const { VERSION } = await import("../core/version.js");
    process.stdout.write(`${VERSION}\n`);
    return;
  }
  const { run } = await import("./run.js");
  process.exitCode = await run(argv, processIo());
}

/**
 * `slm … | head` closes the pipe early: that is the reader's choice, not a failure, so the rest
 * of the output is dropped quietly and the command still ends with its own exit code (findings
 * must fail a `set -o pipefail` job). Any other error on stdout (a full disk) is an I/O error:
 * exit 2, one line.
 */
function guardStdout(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") {
      closeStdout();
      return;
    }
    process.stderr.write(`slm: cannot write output: ${error.message}\n`);
    process.exit(2);
  });
}
