import { formatNames } from "../formatters/formatter.js";
import { SHOW_FORMATTERS } from "../formatters/show/index.js";
import type { RegisterCommand } from "./command.js";
import { formatOption } from "./format-option.js";
import { runOnModel } from "./run-command.js";

/** `slm show KIND/NAME`: the effective agreement, templates merged in, each value with its origin (SPEC §21). */
export const registerShow: RegisterCommand = (program, ctx, setExit) => {
  program
    .command("show")
    .description(
      "print the effective agreement (its templates merged in) with the file:line each value came from",
    )
    .argument("<agreement>", "KIND/NAME (SLA/acme-email), or NAME when one kind has it")
    .addOption(formatOption(formatNames(SHOW_FORMATTERS), "yaml", "output format"))
    .action(async (ref: string, opts: { format: string }) => {
      setExit(
        await runOnModel(ctx, { formatters: SHOW_FORMATTERS, format: opts.format }, async ({ load }) => {
          const { showAgreement } = await import("../model/shown-agreement.js");
          return { result: showAgreement(load.documents, ref), exit: 0 };
        }),
      );
    });
};
