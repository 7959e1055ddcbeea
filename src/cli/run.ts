import { Command, CommanderError } from "commander";
import type { CommandContext, CommandResult, FormatFile, GlobalOptions } from "../commands/context.js";
import { acceptFormatFiles } from "../commands/format-option.js";
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
    .option("--config <file>", "read this config file instead of the repository's slm.config.yaml")
    .option("-o, --output <file>", "write the output to <file> (atomically) instead of stdout")
    .option("--no-color", "never colour the output (also NO_COLOR; FORCE_COLOR=1 colours a pipe)")
    .option("--verbose", "print stack traces of unexpected errors")
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      outputError: () => {},
    });

  const formatFiles: FormatFile[] = [];
  const globals = (): GlobalOptions => {
    const o = program.opts<{
      dir?: string;
      config?: string;
      output?: string;
      color: boolean;
      verbose?: boolean;
    }>();
    return {
      dir: o.dir,
      config: o.config,
      output: o.output,
      color: o.color,
      verbose: Boolean(o.verbose),
      formatFiles,
    };
  };
  const colourLevel = () => colorLevel(raw, globals().color, globals().output === undefined);
  const colourAllowed = (): boolean => colourLevel() > 0;
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
      return new Chalk({ level: colourLevel() });
    },
    progress: () => progressLine(raw),
  };
  for (const register of COMMANDS) {
    register(program, ctx, (code) => {
      exit = code;
    });
  }
  for (const command of allCommands(program)) {
    command.exitOverride();
    acceptFormatFiles(command, formatFiles);
  }

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

function allCommands(command: Command): Command[] {
  return command.commands.flatMap((c) => [c, ...allCommands(c)]);
}

/**
 * Colour for human formats: never with `--no-color` or `NO_COLOR` (SPEC §8); `FORCE_COLOR`
 * (the Node and chalk convention: 0 off, 1–3 a level) colours a pipe or a file for CI logs that
 * render ANSI; otherwise only a terminal that is not `TERM=dumb`.
 */
function colorLevel(io: Io, colorFlag: boolean, toStdout: boolean): 0 | 1 | 2 | 3 {
  if (!colorFlag || io.env.NO_COLOR !== undefined) return 0;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === "" || force === "true") return 1;
    const level = Number(force);
    return level === 1 || level === 2 || level === 3 ? level : 0;
  }
  return toStdout && io.stdoutIsTTY && io.env.TERM !== "dumb" ? 1 : 0;
}
