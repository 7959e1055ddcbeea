import { UsageError } from "../core/errors.js";
import { DEFAULT_LOCALE, type Locale, reportLocale } from "../core/locale.js";
import { SITE_FORMATTERS } from "../formatters/site/index.js";
import type { RegisterCommand } from "./command.js";
import { generationTime } from "./io.js";
import { localeOption } from "./locale-option.js";
import { runOnModel } from "./run-command.js";

interface SiteOptions {
  period: string;
  out: string;
  asOf?: string;
  within: string;
  trend?: string;
  data: string[];
  locale?: Locale;
}

/** `slm site --period P --out DIR`: the portfolio as one static folder (docs/site.md). */
export const registerSite: RegisterCommand = (program, ctx, setExit) => {
  program
    .command("site")
    .description(
      "write a static site: portfolio, dependency graph, agreements and their reports, KPIs, calendar (.ics)",
    )
    .requiredOption("--period <period>", "2024-05, 2024-Q2, 2024 or 2024-05-01..2024-05-15")
    .requiredOption("--out <dir>", "the folder to write the site into")
    .option(
      "--as-of <date>",
      "the day the calendar is seen from and open tickets are judged at (default today)",
    )
    .option("--within <interval>", "how far ahead the calendar looks (1y, 6mo, 90d, …)", "1y")
    .option("--trend <n>", "number of previous periods in the trends (default from config, else 6)")
    .addOption(
      localeOption(
        "language of the pages (default: reports.locale in slm.config.yaml, else en); each report keeps its own (--locale, the agreement's spec.locale, reports.locale, en)",
      ),
    )
    .option(
      "--data <name=file>",
      "read DataSource NAME from FILE (repeatable)",
      (v: string, acc: string[]) => [...acc, v],
      [],
    )
    .action(async (opts: SiteOptions) => {
      const [
        { parsePeriod, checkTrendReach },
        { parseInstantOption },
        { parseCalendarInterval },
        { parseDate },
      ] = await Promise.all([
        import("../time/period.js"),
        import("../time/instant-option.js"),
        import("../core/values/calendar-interval.js"),
        import("../core/values/date.js"),
      ]);
      const [{ resolve }, { parseDataOverrides }] = await Promise.all([
        import("node:path"),
        import("./report.js"),
      ]);
      const period = parsePeriod(opts.period);
      const within = parseCalendarInterval(opts.within);
      if (!within.ok) throw new UsageError(`--within: ${within.error}`);
      const asOfDate = parseDate((opts.asOf ?? ctx.io.now().toISOString()).slice(0, 10));
      if (!asOfDate.ok) throw new UsageError(`--as-of: ${asOfDate.error}`);
      // A date is judged at its end: the tickets still open when that day is over.
      const asOf =
        opts.asOf === undefined
          ? undefined
          : opts.asOf.length === 10
            ? parseInstantOption("--as-of", `${opts.asOf}T24:00:00Z`)
            : parseInstantOption("--as-of", opts.asOf);
      if (opts.trend !== undefined && !/^\d{1,3}$/.test(opts.trend))
        throw new UsageError(`--trend ${opts.trend}: expected a whole number of periods, 0 or more`);
      const dataOverrides = parseDataOverrides(opts.data);
      const outDir = resolve(ctx.io.cwd, opts.out);
      setExit(
        await runOnModel(ctx, { formatters: SITE_FORMATTERS, format: "site" }, async ({ load, model }) => {
          const { buildSite } = await import("../site/build-site.js");
          const trend = opts.trend === undefined ? load.config.reports.trend : Number(opts.trend);
          checkTrendReach(period, trend);
          const pages = await buildSite({
            load,
            model,
            cwd: ctx.io.cwd,
            period,
            trend,
            generatedAt: generationTime(ctx.io),
            asOf,
            asOfDate: asOfDate.value,
            within: within.value,
            dataOverrides,
            locale: opts.locale ?? load.config.reports.locale ?? DEFAULT_LOCALE,
            reportLocale: (r) => {
              const agreement = model.agreements.find((a) => a.kind === r.kind && a.metadata.name === r.sla);
              return reportLocale(opts.locale, agreement?.locale, load.config.reports.locale);
            },
          });
          return {
            outDir,
            files: pages.map((page) => ({ path: resolve(outDir, page.path), result: page })),
            notice: `wrote the site (${pages.length} files) to ${opts.out}`,
            exit: 0,
          };
        }),
      );
    });
};
