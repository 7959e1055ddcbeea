import { DEFAULT_LOCALE, type Locale } from "../core/locale.js";
import { CREDITS_FORMATTERS } from "../formatters/credits/index.js";
import { formatNames } from "../formatters/formatter.js";
import type { RegisterCommand } from "./command.js";
import { formatOption } from "./format-option.js";
import { generationTime } from "./io.js";
import { localeOption } from "./locale-option.js";
import { runOnModel } from "./run-command.js";

/** `slm credits --period P`: credits payable against credits claimable, netted, and the cost view (SPEC §17). */
export const registerCredits: RegisterCommand = (program, ctx, setExit) => {
  program
    .command("credits")
    .description(
      "service credits of a period: payable to customers (SLAs) against claimable from suppliers (UCs), netted per service, claim deadlines, and the cost view",
    )
    .requiredOption("--period <period>", "2024-05, 2024-Q2, 2024 or 2024-05-01..2024-05-15")
    .option(
      "--as-of <instant>",
      "evaluate open tickets at this ISO 8601 instant (default: latest in each source)",
    )
    .addOption(formatOption(formatNames(CREDITS_FORMATTERS), "table", "output format"))
    .addOption(
      localeOption(
        "language of the table and markdown formats (default: reports.locale in slm.config.yaml, else en)",
      ),
    )
    .action(async (opts: { period: string; asOf?: string; format: string; locale?: Locale }) => {
      const [{ parsePeriod }, { parseInstantOption }] = await Promise.all([
        import("../time/period.js"),
        import("../time/instant-option.js"),
      ]);
      const period = parsePeriod(opts.period);
      const asOf = parseInstantOption("--as-of", opts.asOf);
      const output = {
        formatters: CREDITS_FORMATTERS,
        format: opts.format,
        context: { locale: DEFAULT_LOCALE },
      };
      setExit(
        await runOnModel(ctx, output, async ({ load, model }) => {
          output.context.locale = opts.locale ?? load.config.reports.locale ?? DEFAULT_LOCALE;
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
