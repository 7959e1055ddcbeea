import { resolve } from "node:path";
import type { CommandContext, CommandResult } from "./context.js";
import { generationTime } from "./io.js";
import { UsageError } from "../core/errors.js";
import { loadModel } from "../model/load-model.js";
import { parsePeriod } from "../time/period.js";
import { generateReports } from "../report/generate-reports.js";
import { reportJson } from "../formatters/report/json.js";
import type { ReportModel } from "../report/report-model.js";
import { reportPath } from "../output/report-path.js";
import { parseDataOverrides, type ReportOptions } from "./report.js";
import { parseAsOf } from "../time/instant-option.js";
import { printInvalidRepository } from "./invalid-repository.js";

export async function runReport(ctx: CommandContext, opts: ReportOptions): Promise<CommandResult> {
  const { io } = ctx;
  const period = parsePeriod(opts.period);
  const dataOverrides = parseDataOverrides(opts.data);
  const asOf = parseAsOf(opts.asOf);
  if (opts.trend !== undefined && !/^\d{1,3}$/.test(opts.trend))
    throw new UsageError(`--trend ${opts.trend}: expected a whole number of periods, 0 or more`);
  if (opts.out === "-" && opts.sla === undefined)
    throw new UsageError("--out - writes to stdout and needs --sla NAME");

  const loaded = await loadModel({ cwd: io.cwd, dir: ctx.globals().dir, now: io.now() });
  if (!loaded.model) return printInvalidRepository(io, loaded.diagnostics);
  const config = loaded.load.config;
  const format = opts.format ?? config.reports.format;
  if (opts.template !== undefined && format === "json")
    throw new UsageError("--template applies to md and html reports");

  const progress = io.stderrIsTTY
    ? (source: string) => {
        let shown = -1;
        return (done: number, total: number) => {
          const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
          if (percent === shown) return;
          shown = percent;
          io.stderr(`\rreading ${source}: ${percent}%\u001b[K`);
        };
      }
    : undefined;
  const reports = await generateReports({
    load: loaded.load,
    model: loaded.model,
    cwd: io.cwd,
    period,
    trend: opts.trend === undefined ? config.reports.trend : Number(opts.trend),
    generatedAt: generationTime(io),
    kind: opts.kind,
    sla: opts.sla,
    customer: opts.customer,
    asOf,
    dataOverrides,
    progress,
  });
  if (progress) io.stderr("\r\u001b[K");

  if (opts.strict) {
    const skipped = uniqueSkipped(reports);
    if (skipped.length > 0) {
      for (const s of skipped) {
        io.stderr(
          `${s.file}: ${s.count} row${s.count === 1 ? "" : "s"} skipped: ${s.reason} (line ${s.lines.join(", ")}${s.count > s.lines.length ? ", …" : ""})\n`,
        );
      }
      io.stderr("slm: --strict: some data rows could not be read; no report written\n");
      return 1;
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
    return 0;
  }

  const render = async (model: ReportModel): Promise<string> => {
    if (format === "json") return reportJson(model);
    const renderer = await import("../formatters/report/render-template.js");
    return renderer.renderReport(model, format, {
      templatePath: opts.template === undefined ? undefined : resolve(io.cwd, opts.template),
    });
  };

  if (opts.out === "-") {
    if (format === "json") io.stdout(reportJson(reports.length === 1 ? reports[0]! : reports));
    else for (const r of reports) io.stdout(await render(r));
  } else {
    const { writeFileAtomic } = await import("../output/write-atomic.js");
    const outDir =
      opts.out !== undefined ? resolve(io.cwd, opts.out) : resolve(loaded.load.root, config.reports.out);
    // Render everything first: a failing template leaves no report of this run half-written.
    const rendered = await Promise.all(reports.map(async (r) => [r, await render(r)] as const));
    for (const [r, text] of rendered) {
      const name =
        reports.filter((x) => x.sla === r.sla).length > 1 ? `${r.kind.toLowerCase()}-${r.sla}` : r.sla;
      await writeFileAtomic(reportPath(outDir, period.label, name, format), text);
    }
    io.stderr(
      `wrote ${reports.length} report${reports.length === 1 ? "" : "s"} to ${opts.out ?? config.reports.out}/${period.label}\n`,
    );
  }
  const breached = reports.some((r) => r.summary.breached > 0);
  return opts.failOnBreach && breached ? 1 : 0;
}

function uniqueSkipped(reports: ReportModel[]) {
  const seen = new Map<string, ReportModel["dataQuality"]["skipped"][number]>();
  for (const r of reports)
    for (const s of r.dataQuality.skipped) seen.set(`${s.source}|${s.file}|${s.reason}`, s);
  return [...seen.values()];
}
