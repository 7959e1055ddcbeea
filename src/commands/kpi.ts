import { generationTime } from "./io.js";
import type { RegisterCommand } from "./index.js";
import { formatOption } from "./format-option.js";

const FORMATS = ["text", "markdown", "json"] as const;

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
    .addOption(formatOption(FORMATS, "text", "output format"))
    .action(async (opts: { period: string; asOf?: string; format: (typeof FORMATS)[number] }) => {
      const [
        { loadModel },
        { parsePeriod },
        { generateReports },
        { computeCoverage },
        { processKpis },
        { KPI_FORMATTERS },
        { parseAsOf },
      ] = await Promise.all([
        import("../model/load-model.js"),
        import("../time/period.js"),
        import("../report/generate-reports.js"),
        import("../coverage/compute-coverage.js"),
        import("../kpi/process-kpis.js"),
        import("../formatters/kpi/index.js"),
        import("../time/instant-option.js"),
      ]);
      const period = parsePeriod(opts.period);
      const asOf = parseAsOf(opts.asOf);
      const loaded = await loadModel({ cwd: ctx.io.cwd, dir: ctx.globals().dir, now: ctx.io.now() });
      if (!loaded.model) {
        const { printInvalidRepository } = await import("./invalid-repository.js");
        setExit(printInvalidRepository(ctx.io, loaded.diagnostics));
        return;
      }
      const reports = await generateReports({
        load: loaded.load,
        model: loaded.model,
        cwd: ctx.io.cwd,
        period,
        trend: 0,
        generatedAt: generationTime(ctx.io),
        kind: "sla",
        asOf,
        dataOverrides: new Map(),
      });
      const kpis = processKpis(loaded.model, period.label, computeCoverage(loaded.model), reports);
      ctx.io.stdout(KPI_FORMATTERS[opts.format](kpis, { colors: await ctx.colors() }));
      setExit(0);
    });
};
