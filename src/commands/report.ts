import { Option } from "commander";
import { UsageError } from "../core/errors.js";
import { type Locale, reportLocale } from "../core/locale.js";
import { type FormatContext, formatNames } from "../formatters/formatter.js";
import { REPORT_FORMATTERS, type ReportFormat } from "../formatters/report/index.js";
import { warmReadersFor } from "../sources/warm-readers.js";
import { oneLine } from "../text/control-characters.js";
import type { RegisterCommand } from "./command.js";
import type { CommandContext, CommandResult } from "./context.js";
import { formatOption } from "./format-option.js";
import { generationTime } from "./io.js";
import { localeOption } from "./locale-option.js";
import { runOnModel } from "./run-command.js";
import { type TermsChoice, termsFor, termsOption } from "./terms-option.js";

const KINDS = ["sla", "ola", "uc", "all"] as const;

interface ReportOptions {
  period: string;
  format?: ReportFormat;
  out?: string;
  sla?: string;
  customer?: string;
  kind: (typeof KINDS)[number];
  asOf?: string;
  trend?: string;
  data: string[];
  strict?: boolean;
  failOnBreach?: boolean;
  template?: string;
  terms: TermsChoice;
  locale?: Locale;
}

/** `slm report`: measure every agreement over a period and write one report each (SPEC §6). */
export const registerReport: RegisterCommand = (program, ctx, setExit) => {
  program
    .command("report")
    .description("measure agreements over a period and write service level reports")
    .requiredOption("--period <period>", "2024-05, 2024-Q2, 2024 or 2024-05-01..2024-05-15")
    .addOption(
      formatOption(
        formatNames(REPORT_FORMATTERS) as ReportFormat[],
        undefined,
        "report format, default from config, else md",
      ),
    )
    .option("--out <dir>", "output directory (default from config, else reports); - for stdout with --sla")
    .option("--sla <name>", "only this agreement")
    .option("--customer <name>", "only agreements with this customer")
    .addOption(new Option("--kind <kind>", "which agreements").choices(KINDS).default("sla"))
    .option(
      "--as-of <instant>",
      "evaluate open tickets at this ISO 8601 instant (default: latest timestamp in the source)",
    )
    .option("--trend <n>", "number of previous periods in the trend (default from config, else 6)")
    .option(
      "--data <name=file>",
      "read DataSource NAME from FILE (repeatable)",
      (v: string, acc: string[]) => [...acc, v],
      [],
    )
    .option("--strict", "exit 1 when any data row cannot be read")
    .option("--fail-on-breach", "exit 1 when any target is breached")
    .option("--template <file>", "Handlebars template replacing the built-in one (md/html)")
    .addOption(termsOption())
    .addOption(
      localeOption(
        "language of md/html reports (default: the agreement's spec.locale, else reports.locale in slm.config.yaml, else en; JSON never changes)",
      ),
    )
    .action(async (opts: ReportOptions) => {
      setExit(await report(ctx, opts));
    });
};

async function report(ctx: CommandContext, opts: ReportOptions): Promise<CommandResult> {
  const [{ parsePeriod, checkTrendReach }, { parseInstantOption }, { resolve }] = await Promise.all([
    import("../time/period.js"),
    import("../time/instant-option.js"),
    import("node:path"),
  ]);
  const { io } = ctx;
  const period = parsePeriod(opts.period);
  const dataOverrides = parseDataOverrides(opts.data);
  const asOf = parseInstantOption("--as-of", opts.asOf);
  if (opts.trend !== undefined && !/^\d{1,3}$/.test(opts.trend))
    throw new UsageError(`--trend ${opts.trend}: expected a whole number of periods, 0 or more`);
  if (opts.out === "-" && opts.sla === undefined)
    throw new UsageError("--out - writes to stdout and needs --sla NAME");

  let format: ReportFormat = opts.format ?? "md";
  const output = { formatters: REPORT_FORMATTERS, format, context: {} as Partial<FormatContext> };
  return runOnModel(
    ctx,
    output,
    async (repository) => {
      const { load, model } = repository;
      const config = load.config;
      format = opts.format ?? config.reports.format;
      output.format = format;
      if (opts.template !== undefined && format === "json")
        throw new UsageError("--template applies to md and html reports");
      if (opts.template !== undefined) output.context.templatePath = resolve(io.cwd, opts.template);
      const [
        { generateReports },
        { skippedRowsOf, describeSkippedRows },
        { reportFileName },
        { reportPath },
        { configOutputDirectory },
        { checkSelection },
      ] = await Promise.all([
        import("../report/generate-reports.js"),
        import("../report/skipped-rows.js"),
        import("../report/report-file-name.js"),
        import("../output/report-path.js"),
        import("../output/directories.js"),
        import("./agreement-selection.js"),
      ]);
      checkSelection(model, { kind: opts.kind, sla: opts.sla, customer: opts.customer });
      // --out is the user's own choice; the config's directory must stay inside the repository.
      // Checked before any measuring: a refused run costs nothing.
      const outDir =
        opts.out === "-"
          ? undefined
          : opts.out !== undefined
            ? resolve(io.cwd, opts.out)
            : await configOutputDirectory(load.root, config.reports.out);
      const trend = opts.trend === undefined ? config.reports.trend : Number(opts.trend);
      checkTrendReach(period, trend);
      const terms = await termsFor(ctx, repository, opts.terms);
      const progress = ctx.progress();
      const reports = await generateReports({
        load,
        model,
        terms,
        cwd: io.cwd,
        period,
        trend,
        generatedAt: generationTime(io),
        kind: opts.kind,
        sla: opts.sla,
        customer: opts.customer,
        asOf,
        dataOverrides,
        progress: progress?.start,
      });
      progress?.clear();

      if (opts.strict) {
        const skipped = skippedRowsOf(reports);
        if (skipped.length > 0) {
          for (const s of skipped) io.stderr(`${oneLine(describeSkippedRows(s))}\n`);
          io.stderr("slm: --strict: some data rows could not be read; no report written\n");
          return { exit: 1 };
        }
      }
      if (reports.length === 0) {
        // Nothing to report is a fine outcome for a scheduled run over the whole repository, but an
        // agreement asked for by name that has no report is a mistake in the request.
        if (opts.sla !== undefined) {
          throw new UsageError(
            `${opts.sla} is not in force during ${period.label} (its term does not overlap the period)`,
          );
        }
        io.stderr(
          `slm: no ${opts.kind === "all" ? "agreement" : opts.kind.toUpperCase()} is in force during ${period.label}\n`,
        );
        return { exit: 0 };
      }
      const exit = opts.failOnBreach && reports.some((r) => r.summary.breached > 0) ? 1 : 0;
      // Each report in its own language (SPEC §18): --locale, the agreement's, the config's, en.
      // JSON has no language: the same bytes whatever the locale.
      output.context.reportLocale = (r) => {
        const agreement = model.agreements.find((a) => a.kind === r.kind && a.metadata.name === r.sla);
        return reportLocale(opts.locale, agreement?.locale, config.reports.locale);
      };
      if (outDir === undefined) return { result: reports, exit };
      return {
        outDir,
        files: reports.map((r) => ({
          path: reportPath(outDir, period.label, reportFileName(reports, r), format),
          result: [r],
        })),
        notice: `wrote ${reports.length} report${reports.length === 1 ? "" : "s"} to ${opts.out ?? config.reports.out}/${period.label}`,
        exit,
      };
    },
    // A large checks file is read on several threads: start them while the repository is validated.
    { onLoaded: (load) => warmReadersFor(load.documents, load.root, io.cwd, dataOverrides) },
  );
}

/** Parses `--data NAME=FILE` values. */
export function parseDataOverrides(values: string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const v of values) {
    const eq = v.indexOf("=");
    if (eq <= 0 || eq === v.length - 1) throw new UsageError(`--data ${v}: expected NAME=FILE`);
    map.set(v.slice(0, eq), v.slice(eq + 1));
  }
  return map;
}
