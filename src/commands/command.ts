import type { Command } from "commander";
import type { CommandContext, CommandResult } from "./context.js";

/**
 * A command registers itself on the program; its action computes an exit code and hands it to
 * `setExit`. Registration runs on every start and must stay cheap: what the action needs is
 * imported inside it.
 */
export type RegisterCommand = (
  program: Command,
  ctx: CommandContext,
  setExit: (code: CommandResult) => void,
) => void;
