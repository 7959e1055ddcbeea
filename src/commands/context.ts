import type { ChalkInstance } from "chalk";
import type { ExitCode, Io } from "./io.js";
import type { ProgressLine } from "./progress-line.js";

/** Options every command accepts (declared on the program). */
export interface GlobalOptions {
  dir?: string;
  color: boolean;
  verbose: boolean;
}

/** What a command's action receives besides its own options. */
export interface CommandContext {
  io: Io;
  globals(): GlobalOptions;
  /** Colours for human formats: a no-colour instance unless stdout is a TTY and colour is allowed. */
  colors(): Promise<ChalkInstance>;
  /** The progress line of long work, when stderr is a terminal (it alone writes control sequences). */
  progress(): ProgressLine | undefined;
}

/** A command returns its exit code; only the CLI entry turns it into the process exit code. */
export type CommandResult = ExitCode;
