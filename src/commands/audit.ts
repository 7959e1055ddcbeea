import { Option } from "commander";
import type { AuditOptions, AuditPage, GitState } from "../audit/audit-model.js";
import type { FileHash } from "../audit/pack-manifest.js";
import { UsageError } from "../core/errors.js";
import { type Locale, reportLocale } from "../core/locale.js";
import { VERSION } from "../core/version.js";
import type { RegisterCommand } from "./command.js";
import type { CommandContext, CommandResult } from "./context.js";
import { generationTime } from "./io.js";
import { localeOption } from "./locale-option.js";
import { loadValidRepository, type ValidRepository } from "./run-command.js";
import { TERMS_CHOICES, type TermsChoice } from "./terms-option.js";

interface AuditCliOptions {
  period?: string;
  out?: string;
  verify?: string;
  force?: boolean;
  asOf?: string;
  trend?: string;
  terms: TermsChoice;
  data: string[];
  locale?: Locale;
}

/** `slm audit --period P --out DIR` and `slm audit --verify DIR` (SPEC §15, docs/audit.md). */
export const registerAudit: RegisterCommand = (program, ctx, setExit) => {
  program
    .command("audit")
    .description(
      "write the audit pack of a period (agreements and reviews, coverage, reports, workload, KPIs, Improvements, manifest), or --verify one",
    )
    .option("--period <period>", "2024-05, 2024-Q2, 2024 or 2024-05-01..2024-05-15")
    .option("--out <dir>", "the folder to write the pack into (must be empty or absent, unless --force)")
    .option("--force", "replace a folder that is not empty")
    .option(
      "--verify <dir>",
      "recompute the pack in DIR from its manifest and compare every input and output",
    )
    .option(
      "--as-of <date>",
      "the day reviews and Improvement actions are judged on, and the instant open tickets are judged at (default: SOURCE_DATE_EPOCH, else today)",
    )
    .option("--trend <n>", "number of previous periods in the reports' trends (default from config, else 6)")
    .addOption(
      new Option(
        "--terms <terms>",
        "in-force: judge each window under the committed revision in force then (git history); current: under today's text",
      )
        .choices(TERMS_CHOICES)
        .default("in-force"),
    )
    .addOption(localeOption("language of the md/html reports (default: the agreement's, the config's, en)"))
    .option(
      "--data <name=file>",
      "read DataSource NAME from FILE (repeatable)",
      (v: string, acc: string[]) => [...acc, v],
      [],
    )
    .action(async (opts: AuditCliOptions) => {
      const { output, formatFiles } = ctx.globals();
      if (output !== undefined || formatFiles.length > 0)
        throw new UsageError("audit writes its own folder: --output and --format NAME=FILE do not apply");
      if (opts.verify !== undefined) {
        if (opts.period !== undefined || opts.out !== undefined || opts.asOf !== undefined)
          throw new UsageError("--verify DIR takes its period, as-of and options from DIR/manifest.json");
        setExit(await verifyPack(ctx, opts.verify));
        return;
      }
      if (opts.period === undefined) throw new UsageError("audit needs --period P (or --verify DIR)");
      if (opts.out === undefined) throw new UsageError("audit needs --out DIR");
      setExit(await writePack(ctx, opts, opts.period, opts.out));
    });
};

async function writePack(
  ctx: CommandContext,
  opts: AuditCliOptions,
  periodText: string,
  out: string,
): Promise<CommandResult> {
  const [{ resolve }, { parsePeriod }, { parseDate }, { checkFolderFree, writeFolderAtomic }] =
    await Promise.all([
      import("node:path"),
      import("../time/period.js"),
      import("../core/values/date.js"),
      import("../output/write-folder-atomic.js"),
    ]);
  parsePeriod(periodText);
  const generated = generationTime(ctx.io);
  const asOf = (opts.asOf ?? generated.toISOString()).slice(0, 10);
  const asOfDate = parseDate(asOf);
  if (!asOfDate.ok) throw new UsageError(`--as-of: ${asOfDate.error}`);
  if (opts.trend !== undefined && !/^\d{1,3}$/.test(opts.trend))
    throw new UsageError(`--trend ${opts.trend}: expected a whole number of periods, 0 or more`);
  const outDir = resolve(ctx.io.cwd, out);
  // Refused before any measuring: a run that cannot write costs nothing.
  checkFolderFree(outDir, out, opts.force === true);
  const repository = await loadValidRepository(ctx);
  if (repository === 1) return 1;
  const options: AuditOptions = {
    period: periodText,
    asOf,
    reportsAsOf: opts.asOf ?? null,
    // No wall clock in the pack: SOURCE_DATE_EPOCH when set, else the as-of day at midnight UTC.
    generatedAt: /^\d+$/.test(ctx.io.env.SOURCE_DATE_EPOCH?.trim() ?? "")
      ? generated.toISOString()
      : `${asOf}T00:00:00.000Z`,
    trend: opts.trend === undefined ? repository.load.config.reports.trend : Number(opts.trend),
    terms: opts.terms,
    locale: opts.locale ?? null,
    data: opts.data,
  };
  const computed = await computePack(ctx, repository, options, async (inputs) => {
    const { gitState } = await import("../audit/git-state.js");
    return gitState(repository.load.root, inputs);
  });
  const { manifestOf, MANIFEST_FILE } = await import("../audit/pack-manifest.js");
  const { formatManifest } = await import("../formatters/audit/index.js");
  const manifest = manifestOf(VERSION, options, computed.git, computed.inputs, computed.files);
  await writeFolderAtomic(
    outDir,
    [
      ...computed.files.map((f) => ({ path: f.path, content: f.text })),
      { path: MANIFEST_FILE, content: formatManifest(manifest) },
    ],
    { force: opts.force === true, shown: out },
  );
  ctx.io.stderr(
    `wrote the audit pack of ${manifest.options.period} (${computed.files.length + 1} files, ${computed.inputs.length} inputs hashed) to ${out}\n`,
  );
  return 0;
}

interface ComputedPack {
  files: { path: string; text: string }[];
  inputs: FileHash[];
  git: GitState;
}

/** The pack's files rendered in memory from the repository and the recorded options: the same bytes for the same inputs. */
async function computePack(
  ctx: CommandContext,
  repository: ValidRepository,
  options: AuditOptions,
  gitOf: (inputs: string[]) => Promise<GitState>,
): Promise<ComputedPack> {
  const [
    { parsePeriod, checkTrendReach },
    { parseInstantOption },
    { parseDate },
    { parseDataOverrides },
    { termsFor },
    { buildAudit },
    { AUDIT_FORMATTERS },
    { Chalk },
  ] = await Promise.all([
    import("../time/period.js"),
    import("../time/instant-option.js"),
    import("../core/values/date.js"),
    import("./report.js"),
    import("./terms-option.js"),
    import("../audit/build-audit.js"),
    import("../formatters/audit/index.js"),
    import("chalk"),
  ]);
  const { load, model } = repository;
  const period = parsePeriod(options.period);
  checkTrendReach(period, options.trend);
  const asOfDate = parseDate(options.asOf);
  if (!asOfDate.ok) throw new UsageError(`--as-of: ${asOfDate.error}`);
  const given = options.reportsAsOf;
  // A date is judged at its end: the tickets still open when that day is over.
  const asOf =
    given === null
      ? undefined
      : parseInstantOption("--as-of", given.length === 10 ? `${given}T24:00:00Z` : given);
  const { pack, pages } = await buildAudit({
    load,
    model,
    cwd: ctx.io.cwd,
    period,
    terms: await termsFor(ctx, repository, options.terms),
    trend: options.trend,
    generatedAt: new Date(options.generatedAt),
    asOf,
    asOfDate: asOfDate.value,
    dataOverrides: parseDataOverrides(options.data),
    git: gitOf,
    reportLocale: (r) => {
      const agreement = model.agreements.find((a) => a.kind === r.kind && a.metadata.name === r.sla);
      return reportLocale(options.locale ?? undefined, agreement?.locale, load.config.reports.locale);
    },
  });
  const render = await AUDIT_FORMATTERS.pack();
  // Fixed, whatever the terminal: the same inputs give the same bytes on every machine.
  const formatContext = { colors: new Chalk({ level: 0 }), version: VERSION, failSeverity: "error" as const };
  const files = pages.map((page: AuditPage) => ({ path: page.path, text: render(page, formatContext) }));
  return { files, inputs: pack.inputs, git: pack.git };
}

async function verifyPack(ctx: CommandContext, dirText: string): Promise<CommandResult> {
  const [{ resolve, join, relative, sep }, { readFile, readdir }, manifestLib] = await Promise.all([
    import("node:path"),
    import("node:fs/promises"),
    import("../audit/pack-manifest.js"),
  ]);
  const { InputError } = await import("../core/errors.js");
  const { describeSystemError } = await import("../core/system-errors.js");
  const dir = resolve(ctx.io.cwd, dirText);
  const manifestPath = join(dir, manifestLib.MANIFEST_FILE);
  const text = await readFile(manifestPath, "utf8").catch((error: unknown) => {
    throw new InputError(
      `cannot read ${join(dirText, manifestLib.MANIFEST_FILE)}: ${describeSystemError(error)}`,
    );
  });
  const manifest = manifestLib.parseManifest(text, join(dirText, manifestLib.MANIFEST_FILE));
  const repository = await loadValidRepository(ctx);
  if (repository === 1) return 1;
  const computed = await computePack(ctx, repository, manifest.options, async () => manifest.git);
  const packFiles = new Map<string, string>();
  const walk = async (at: string): Promise<void> => {
    for (const entry of await readdir(at, { withFileTypes: true })) {
      const full = join(at, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) {
        const path = relative(dir, full).split(sep).join("/");
        if (path !== manifestLib.MANIFEST_FILE) packFiles.set(path, manifestLib.sha256(await readFile(full)));
      }
    }
  };
  await walk(dir);
  const recomputed = new Map(computed.files.map((f) => [f.path, manifestLib.sha256(f.text)]));
  const differences = manifestLib.comparePack(manifest, computed.inputs, packFiles, recomputed);
  if (manifest.slm.version !== VERSION)
    ctx.io.stderr(`slm: the pack was written by slm ${manifest.slm.version}; this is slm ${VERSION}\n`);
  const { describeDifference } = await import("../formatters/audit/differences.js");
  for (const d of differences) ctx.io.stdout(`${describeDifference(d)}\n`);
  if (differences.length > 0) {
    ctx.io.stderr(
      `slm: the audit pack in ${dirText} does not verify: ${differences.length} difference${differences.length === 1 ? "" : "s"}\n`,
    );
    return 1;
  }
  ctx.io.stdout(
    `verified ${dirText}: ${manifest.inputs.length} inputs and ${manifest.outputs.length} outputs identical (period ${manifest.options.period}, as of ${manifest.options.asOf})\n`,
  );
  return 0;
}
