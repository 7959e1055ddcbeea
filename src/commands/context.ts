import type { ChalkInstance } from "chalk";
import type { ExitCode, Io } from "./io.js";
import type { ProgressLine } from "./progress-line.js";

/** Options every command accepts (declared on the program). */
export interface GlobalOptions {
  dir?: string;
  /** `--config FILE`, as given (relative to the start directory). */
  config?: string;
  /** `--output FILE`: the command's output goes to this file instead of stdout. */
  output?: string;
  color: boolean;
  verbose: boolean;
  /** `--format NAME=FILE`, in order: more formats of the same result, each written to its file. */
  formatFiles: FormatFile[];
}

export interface FormatFile {
  format: string;
  path: string;
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
