import { Command, CommanderError } from "commander";
import type { CommandContext, CommandResult, GlobalOptions } from "../commands/context.js";
import { COMMANDS } from "../commands/index.js";
import type { ExitCode, Io } from "../commands/io.js";
import { progressLine } from "../commands/progress-line.js";
import { SlmError } from "../core/errors.js";
import { VERSION } from "../core/version.js";
import { oneLine, terminalText } from "../text/control-characters.js";

/**
 * The whole CLI as a function: parses argv (without node and script), runs one command and
 * returns its exit code. Nothing here touches `process`; `main.ts` does.
 */
export async function run(argv: string[], raw: Io): Promise<ExitCode> {
  let exit: CommandResult = 0;
  const program = new Command("slm")
    .description(
      "Service level management as code: validate agreements, prove coverage, report service levels.",
    )
    .version(VERSION, "-V, --version", "print the version")
    .option("-C, --dir <dir>", "run as if started in <dir> (the repository is found from there)")
    .option("--no-color", "never colour the output")
    .option("--verbose", "print stack traces of unexpected errors")
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      outputError: () => {},
    });

  const globals = (): GlobalOptions => {
    const o = program.opts<{ dir?: string; color: boolean; verbose?: boolean }>();
    return { dir: o.dir, color: o.color, verbose: Boolean(o.verbose) };
  };
  const colourAllowed = (): boolean =>
    globals().color && raw.stdoutIsTTY && raw.env.NO_COLOR === undefined && raw.env.TERM !== "dumb";
  // Every byte a command prints passes here: whatever a repository file holds, it cannot drive
  // the terminal (SPEC §10). Only the progress line writes control sequences of its own.
  const io: Io = {
    ...raw,
    stdout: (text) => raw.stdout(terminalText(text, { colour: colourAllowed() })),
    stderr: (text) => raw.stderr(terminalText(text, { colour: false })),
  };
  const ctx: CommandContext = {
    io,
    globals,
    colors: async () => {
      const { Chalk } = await import("chalk");
      return new Chalk({ level: colourAllowed() ? 1 : 0 });
    },
    progress: () => progressLine(raw),
  };
  for (const register of COMMANDS) {
    register(program, ctx, (code) => {
      exit = code;
    });
  }
  for (const command of program.commands) command.exitOverride();

  try {
    await program.parseAsync(argv, { from: "user" });
    return exit;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.exitCode === 0 ||
        error.code === "commander.helpDisplayed" ||
        error.code === "commander.version"
      ) {
        return 0;
      }
      // commander.help (bare `slm`) prints help to stderr: a usage error.
      // commander puts its "(Did you mean …?)" on a line of its own; slm's usage errors are one line.
      const message = error.message.replace(/^error: /, "").replace(/\n(?=\(Did you mean)/, " ");
      if (error.code !== "commander.help") io.stderr(`slm: ${oneLine(message)}\n`);
      return 2;
    }
    if (error instanceof SlmError) {
      io.stderr(`slm: ${oneLine(error.message)}\n`);
      return 2;
    }
    const err = error instanceof Error ? error : new Error(String(error));
    io.stderr(
      `slm: unexpected error: ${oneLine(err.message)}${globals().verbose ? "" : " (run with --verbose for details)"}\n`,
    );
    if (globals().verbose && err.stack) io.stderr(`${err.stack}\n`);
    return 2;
  }
}
