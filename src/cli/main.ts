import { closeStdout, processIo } from "../commands/io.js";
import { removeTemporariesNow, watchTemporaries } from "../output/temporaries.js";

/** The binary's entry: the only place that sets the process exit code. */
export async function main(): Promise<void> {
  guardStdout();
  cleanUpOnSignals();
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

/** The exit code of a run stopped by a signal: 128 + its number, as a shell reports it. */
const STOPPED_BY = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;

/**
 * Ctrl-C, a CI timeout (SIGTERM) or a closed terminal must not leave a report's temporary file in
 * the output directory (where `git add reports/` would commit it) or a `slm diff` snapshot in
 * $TMPDIR. The signals are caught only while such a temporary exists: at any other moment there is
 * nothing to clean up, and an interrupt stops even a long computation at once.
 */
function cleanUpOnSignals(): void {
  const stop = (signal: keyof typeof STOPPED_BY): void => {
    removeTemporariesNow();
    process.stderr.write(`slm: stopped by ${signal}; temporary files removed\n`);
    process.exit(STOPPED_BY[signal]);
  };
  watchTemporaries((active) => {
    for (const signal of Object.keys(STOPPED_BY) as (keyof typeof STOPPED_BY)[]) {
      if (active) process.on(signal, stop);
      else process.off(signal, stop);
    }
  });
}
