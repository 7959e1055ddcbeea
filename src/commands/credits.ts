import { DEFAULT_LOCALE } from "../core/locale.js";
import { CREDITS_FORMATTERS } from "../formatters/credits/index.js";
import { formatNames } from "../formatters/formatter.js";
import type { RegisterCommand } from "./command.js";
import { formatOption } from "./format-option.js";
import { generationTime } from "./io.js";
import {
  addPeriodOptions,
  type PeriodOptions,
  parsePeriodOptions,
  periodLocale,
  periodLocaleOption,
} from "./period-options.js";
import { runOnModel } from "./run-command.js";

/** `slm credits --period P`: credits payable against credits claimable, netted, and the cost view (SPEC §17). */
export const registerCredits: RegisterCommand = (program, ctx, setExit) => {
  const command = program
    .command("credits")
    .description(
      "service credits of a period: payable to customers (SLAs) against claimable from suppliers (UCs), netted per service, claim deadlines, and the cost view",
    );
  addPeriodOptions(command)
    .addOption(formatOption(formatNames(CREDITS_FORMATTERS), "table", "output format"))
    .addOption(periodLocaleOption("table and markdown formats"))
    .action(async (opts: PeriodOptions & { format: string }) => {
      const { period, asOf } = await parsePeriodOptions(opts);
      const output = {
        formatters: CREDITS_FORMATTERS,
        format: opts.format,
        context: { locale: DEFAULT_LOCALE },
      };
      setExit(
        await runOnModel(ctx, output, async ({ load, model }) => {
          output.context.locale = periodLocale(opts, load.config);
          const [{ generateReports }, { backToBackCredits }] = await Promise.all([
            import("../report/generate-reports.js"),
            import("../credits/back-to-back-credits.js"),
          ]);
          // Every kind: SLAs owe, UCs repay, OLAs and UCs carry the fees of the cost view.
          const reports = await generateReports({
            load,
            model,
            cwd: ctx.io.cwd,
            period,
            trend: 0,
            generatedAt: generationTime(ctx.io),
            kind: "all",
            asOf,
            dataOverrides: new Map(),
          });
          return { result: backToBackCredits(model, period, reports), exit: 0 };
        }),
      );
    });
};
