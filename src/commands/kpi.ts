import { DEFAULT_LOCALE } from "../core/locale.js";
import { formatNames } from "../formatters/formatter.js";
import { KPI_FORMATTERS } from "../formatters/kpi/index.js";
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
import { type TermsChoice, termsFor, termsOption } from "./terms-option.js";

/** `slm kpi --period P`: the process KPIs of service level management (SPEC §7). */
export const registerKpi: RegisterCommand = (program, ctx, setExit) => {
  const command = program
    .command("kpi")
    .description(
      "process KPIs for a period: SLA coverage of the catalogue, underpinning, targets met, breaches",
    );
  addPeriodOptions(command)
    .option("--sla <name>", "only this SLA")
    .option("--customer <name>", "only SLAs with this customer")
    .addOption(termsOption())
    .addOption(formatOption(formatNames(KPI_FORMATTERS), "text", "output format"))
    .addOption(periodLocaleOption("text and markdown formats"))
    .action(
      async (
        opts: PeriodOptions & { format: string; sla?: string; customer?: string; terms: TermsChoice },
      ) => {
        const { period, asOf } = await parsePeriodOptions(opts);
        const output = {
          formatters: KPI_FORMATTERS,
          format: opts.format,
          context: { locale: DEFAULT_LOCALE },
        };
        setExit(
          await runOnModel(ctx, output, async (repository) => {
            const { load, model } = repository;
            output.context.locale = periodLocale(opts, load.config);
            const [
              { generateReports },
              { computeCoverage },
              { processKpis },
              { checkSelection },
              { DAY_MS },
              { dateFromEpochDay },
            ] = await Promise.all([
              import("../report/generate-reports.js"),
              import("../coverage/compute-coverage.js"),
              import("../kpi/process-kpis.js"),
              import("./agreement-selection.js"),
              import("../core/units.js"),
              import("../core/values/date.js"),
            ]);
            const selection = { sla: opts.sla, customer: opts.customer };
            checkSelection(model, { kind: "sla", ...selection }, "kpi");
            const reports = await generateReports({
              load,
              model,
              terms: await termsFor(ctx, repository, opts.terms),
              cwd: ctx.io.cwd,
              period,
              trend: 0,
              generatedAt: generationTime(ctx.io),
              kind: "sla",
              ...selection,
              asOf,
              dataOverrides: new Map(),
            });
            return {
              result: processKpis(model, period.label, computeCoverage(model, selection), reports, {
                // Overdue as of --as-of, else today (SPEC §15), as the UTC day.
                actionsAsOf: dateFromEpochDay(Math.floor((asOf ?? ctx.io.now().getTime()) / DAY_MS)),
                selected: opts.sla !== undefined || opts.customer !== undefined,
              }),
              exit: 0,
            };
          }),
        );
      },
    );
};
