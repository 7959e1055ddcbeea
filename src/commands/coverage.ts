import type { RegisterCommand } from "./index.js";
import { UsageError } from "../core/errors.js";

// Placeholder registration: replaced by the real command (owned by the engineer building it).
export const registerCoverage: RegisterCommand = (program, _ctx, _setExit) => {
  program.command("coverage").description("(under construction)").action(() => {
    throw new UsageError("slm coverage is not available yet");
  });
};
