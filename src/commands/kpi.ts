import { DEFAULT_LOCALE, type Locale } from "../core/locale.js";
import { formatNames } from "../formatters/formatter.js";
import { KPI_FORMATTERS } from "../formatters/kpi/index.js";
import type { RegisterCommand } from "./command.js";
import { formatOption } from "./format-option.js";
import { generationTime } from "./io.js";
import { localeOption } from "./locale-option.js";
import { runOnModel } from "./run-command.js";
import { type TermsChoice, termsFor, termsOption } from "./terms-option.js";

/** `slm kpi --period P`: the process KPIs of service level management (SPEC §7). */
export const registerKpi: RegisterCommand = (program, ctx, setExit) => {
  program
    .command("kpi")
    .description(
      "process KPIs for a period: SLA coverage of the catalogue, underpinning, targets met, breaches",
    )
    .requiredOption("--period <period>", "2024-05, 2024-Q2, 2024 or 2024-05-01..2024-05-15")
    .option(
      "--as-of <instant>",
      "evaluate open tickets at this ISO 8601 instant (default: latest in each source)",
    )
    .option("--sla <name>", "only this SLA")
    .option("--customer <name>", "only SLAs with this customer")
    .addOption(termsOption())
    .addOption(formatOption(formatNames(KPI_FORMATTERS), "text", "output format"))
    .addOption(
      localeOption(
        "language of the text and markdown formats (default: reports.locale in slm.config.yaml, else en)",
      ),
    )
    .action(
      async (opts: {
        period: string;
        asOf?: string;
        format: string;
        sla?: string;
        customer?: string;
        terms: TermsChoice;
        locale?: Locale;
      }) => {
        const [{ parsePeriod }, { parseInstantOption }] = await Promise.all([
          import("../time/period.js"),
          import("../time/instant-option.js"),
        ]);
        const period = parsePeriod(opts.period);
        const asOf = parseInstantOption("--as-of", opts.asOf);
        const output = {
          formatters: KPI_FORMATTERS,
          format: opts.format,
          context: { locale: DEFAULT_LOCALE },
        };
        setExit(
          await runOnModel(ctx, output, async (repository) => {
            const { load, model } = repository;
            output.context.locale = opts.locale ?? load.config.reports.locale ?? DEFAULT_LOCALE;
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
