import type { Command } from "commander";
import type { CommandContext, CommandResult } from "./context.js";
import { registerCoverage } from "./coverage.js";
import { registerDiff } from "./diff.js";
import { registerExport } from "./export.js";
import { registerInit } from "./init.js";
import { registerKpi } from "./kpi.js";
import { registerReport } from "./report.js";
import { registerReview } from "./review.js";
import { registerSchema } from "./schema.js";
import { registerValidate } from "./validate.js";

/**
 * A command registers itself on the program; its action computes an exit code and hands it to
 * `setExit`. Registration must stay cheap: heavy modules are imported inside the action.
 */
export type RegisterCommand = (
  program: Command,
  ctx: CommandContext,
  setExit: (code: CommandResult) => void,
) => void;

export const COMMANDS: RegisterCommand[] = [
  registerValidate,
  registerCoverage,
  registerReport,
  registerReview,
  registerDiff,
  registerKpi,
  registerExport,
  registerSchema,
  registerInit,
];
