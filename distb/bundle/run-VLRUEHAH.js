import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  STATUS_FAIL_ON
} from "./chunk-MDDK4IX4.js";
import {
  acceptFormatFiles,
  deliver,
  formatNames,
  formatOption,
  loadValidRepository,
  localeOption,
  registerReport,
  runOnModel
} from "./chunk-ERPLGJLE.js";
import {
  ENGINES
} from "./chunk-QEMC5QFC.js";
import "./chunk-25O36LN2.js";
import {
  COVERAGE_FORMATTERS,
  KPI_FORMATTERS
} from "./chunk-RJI23MVU.js";
import {
  REPORT_FORMATTERS
} from "./chunk-BRGS3O63.js";
import {
  Command,
  CommanderError,
  Option,
  TERMS_CHOICES,
  termsFor,
  termsOption
} from "./chunk-JM3LAQVB.js";
import {
  FAIL_ON
} from "./chunk-Y3KOOMNR.js";
import {
  oneLine,
  terminalText
} from "./chunk-FEUMEWLU.js";
import "./chunk-L2KHN3JD.js";
import "./chunk-2IZ6M37U.js";
import "./chunk-TWB6RIXN.js";
import "./chunk-XI5ZFPBU.js";
import "./chunk-JMGTLOBI.js";
import "./chunk-3DFEWKER.js";
import "./chunk-MNMDZN6F.js";
import "./chunk-BMYYV2CW.js";
import "./chunk-XH2FNGPU.js";
import "./chunk-VEAA5MQJ.js";
import "./chunk-VYAAX46D.js";
import {
  DAY_MS
} from "./chunk-YUZ4Y2P5.js";
import "./chunk-ADLZAIGX.js";
import {
  generationTime
} from "./chunk-BRTT36DB.js";
import {
  VERSION
} from "./chunk-J6GEGBRI.js";
import "./chunk-ITEXS6TC.js";
import {
  SlmError,
  UsageError
} from "./chunk-RMJS7MV5.js";
import {
  SEVERITY_RANK
} from "./chunk-DVVF2DU7.js";
import {
  compareStrings
} from "./chunk-2EXGQLEF.js";
import {
  DEFAULT_LOCALE,
  reportLocale
} from "./chunk-ZR5D3XWC.js";
import "./chunk-KBDRPUOI.js";

// dist/commands/audit.js
var registerAudit = (program, ctx, setExit) => {
  program.command("audit").description("write the audit pack of a period (agreements and reviews, coverage, reports, workload, KPIs, Improvements, manifest), or --verify one").option("--period <period>", "2024-05, 2024-Q2, 2024 or 2024-05-01..2024-05-15").option("--out <dir>", "the folder to write the pack into (must be empty or absent, unless --force)").option("--force", "replace a folder that is not empty").option("--verify <dir>", "recompute the pack in DIR from its manifest and compare every input and output").option("--as-of <date>", "the day reviews and Improvement actions are judged on, and the instant open tickets are judged at (default: SOURCE_DATE_EPOCH, else today)").option("--trend <n>", "number of previous periods in the reports' trends (default from config, else 6)").addOption(new Option("--terms <terms>", "in-force: judge each window under the committed revision in force then (git history); current: under today's text").choices(TERMS_CHOICES).default("in-force")).addOption(localeOption("language of the md/html reports (default: the agreement's, the config's, en)")).option("--data <name=file>", "read DataSource NAME from FILE (repeatable)", (v, acc) => [...acc, v], []).action(async (opts) => {
    const { output, formatFiles } = ctx.globals();
    if (output !== void 0 || formatFiles.length > 0)
      throw new UsageError("audit writes its own folder: --output and --format NAME=FILE do not apply");
    if (opts.verify !== void 0) {
      if (opts.period !== void 0 || opts.out !== void 0 || opts.asOf !== void 0)
        throw new UsageError("--verify DIR takes its period, as-of and options from DIR/manifest.json");
      setExit(await verifyPack(ctx, opts.verify));
      return;
    }
    if (opts.period === void 0)
      throw new UsageError("audit needs --period P (or --verify DIR)");
    if (opts.out === void 0)
      throw new UsageError("audit needs --out DIR");
    setExit(await writePack(ctx, opts, opts.period, opts.out));
  });
};
async function writePack(ctx, opts, periodText, out) {
  const [{ resolve: resolve2 }, { parsePeriod }, { parseDate }, { checkFolderFree, writeFolderAtomic }] = await Promise.all([
    import("node:path"),
    import("./period-63NAW5FQ.js"),
    import("./date-5DZ7B567.js"),
    import("./write-folder-atomic-Y6SBAOFJ.js")
  ]);
  parsePeriod(periodText);
  const generated = generationTime(ctx.io);
  const asOf = (opts.asOf ?? generated.toISOString()).slice(0, 10);
  const asOfDate = parseDate(asOf);
  if (!asOfDate.ok)
    throw new UsageError(`--as-of: ${asOfDate.error}`);
  if (opts.trend !== void 0 && !/^\d{1,3}$/.test(opts.trend))
    throw new UsageError(`--trend ${opts.trend}: expected a whole number of periods, 0 or more`);
  const outDir = resolve2(ctx.io.cwd, out);
  checkFolderFree(outDir, out, opts.force === true);
  const repository = await loadValidRepository(ctx);
  if (repository === 1)
    return 1;
  const options = {
    period: periodText,
    asOf,
    reportsAsOf: opts.asOf ?? null,
    // No wall clock in the pack: SOURCE_DATE_EPOCH when set, else the as-of day at midnight UTC.
    generatedAt: /^\d+$/.test(ctx.io.env.SOURCE_DATE_EPOCH?.trim() ?? "") ? generated.toISOString() : `${asOf}T00:00:00.000Z`,
    trend: opts.trend === void 0 ? repository.load.config.reports.trend : Number(opts.trend),
    terms: opts.terms,
    locale: opts.locale ?? null,
    data: opts.data
  };
  const computed = await computePack(ctx, repository, options, async (inputs) => {
    const { gitState } = await import("./git-state-B7QHYSZF.js");
    return gitState(repository.load.root, inputs);
  });
  const { manifestOf, MANIFEST_FILE } = await import("./pack-manifest-VLDOKQLX.js");
  const { formatManifest } = await import("./audit-AQ7ZJWKR.js");
  const manifest = manifestOf(VERSION, options, computed.git, computed.inputs, computed.files);
  await writeFolderAtomic(outDir, [
    ...computed.files.map((f) => ({ path: f.path, content: f.text })),
    { path: MANIFEST_FILE, content: formatManifest(manifest) }
  ], { force: opts.force === true, shown: out });
  ctx.io.stderr(`wrote the audit pack of ${manifest.options.period} (${computed.files.length + 1} files, ${computed.inputs.length} inputs hashed) to ${out}
`);
  return 0;
}
async function computePack(ctx, repository, options, gitOf) {
  const [{ parsePeriod, checkTrendReach }, { parseInstantOption }, { parseDate }, { parseDataOverrides }, { termsFor: termsFor2 }, { buildAudit }, { AUDIT_FORMATTERS }, { Chalk }] = await Promise.all([
    import("./period-63NAW5FQ.js"),
    import("./instant-option-3JMK7GDC.js"),
    import("./date-5DZ7B567.js"),
    import("./report-MZZV5L4P.js"),
    import("./terms-option-WWDNT4R5.js"),
    import("./build-audit-EBZ4PTAO.js"),
    import("./audit-AQ7ZJWKR.js"),
    import("./source-R3R5CP2B.js")
  ]);
  const { load, model } = repository;
  const period = parsePeriod(options.period);
  checkTrendReach(period, options.trend);
  const asOfDate = parseDate(options.asOf);
  if (!asOfDate.ok)
    throw new UsageError(`--as-of: ${asOfDate.error}`);
  const given = options.reportsAsOf;
  const asOf = given === null ? void 0 : parseInstantOption("--as-of", given.length === 10 ? `${given}T24:00:00Z` : given);
  const { pack, pages } = await buildAudit({
    load,
    model,
    cwd: ctx.io.cwd,
    period,
    terms: await termsFor2(ctx, repository, options.terms),
    trend: options.trend,
    generatedAt: new Date(options.generatedAt),
    asOf,
    asOfDate: asOfDate.value,
    dataOverrides: parseDataOverrides(options.data),
    git: gitOf,
    reportLocale: (r) => {
      const agreement = model.agreements.find((a) => a.kind === r.kind && a.metadata.name === r.sla);
      return reportLocale(options.locale ?? void 0, agreement?.locale, load.config.reports.locale);
    }
  });
  const render = await AUDIT_FORMATTERS.pack();
  const formatContext = { colors: new Chalk({ level: 0 }), version: VERSION, failSeverity: "error" };
  const files = pages.map((page) => ({ path: page.path, text: render(page, formatContext) }));
  return { files, inputs: pack.inputs, git: pack.git };
}
async function verifyPack(ctx, dirText) {
  const [{ resolve: resolve2, join, relative: relative3, sep }, { readFile, readdir }, manifestLib] = await Promise.all([
    import("node:path"),
    import("node:fs/promises"),
    import("./pack-manifest-VLDOKQLX.js")
  ]);
  const { InputError } = await import("./errors-KLTJM25T.js");
  const { describeSystemError } = await import("./system-errors-RHFHCJQS.js");
  const dir = resolve2(ctx.io.cwd, dirText);
  const manifestPath = join(dir, manifestLib.MANIFEST_FILE);
  const text = await readFile(manifestPath, "utf8").catch((error) => {
    throw new InputError(`cannot read ${join(dirText, manifestLib.MANIFEST_FILE)}: ${describeSystemError(error)}`);
  });
  const manifest = manifestLib.parseManifest(text, join(dirText, manifestLib.MANIFEST_FILE));
  const repository = await loadValidRepository(ctx);
  if (repository === 1)
    return 1;
  const computed = await computePack(ctx, repository, manifest.options, async () => manifest.git);
  const packFiles = /* @__PURE__ */ new Map();
  const walk = async (at) => {
    for (const entry of await readdir(at, { withFileTypes: true })) {
      const full = join(at, entry.name);
      if (entry.isDirectory())
        await walk(full);
      else if (entry.isFile()) {
        const path = relative3(dir, full).split(sep).join("/");
        if (path !== manifestLib.MANIFEST_FILE)
          packFiles.set(path, manifestLib.sha256(await readFile(full)));
      }
    }
  };
  await walk(dir);
  const recomputed = new Map(computed.files.map((f) => [f.path, manifestLib.sha256(f.text)]));
  const differences = manifestLib.comparePack(manifest, computed.inputs, packFiles, recomputed);
  if (manifest.slm.version !== VERSION)
    ctx.io.stderr(`slm: the pack was written by slm ${manifest.slm.version}; this is slm ${VERSION}
`);
  const { describeDifference } = await import("./differences-QRUAUIXQ.js");
  for (const d of differences)
    ctx.io.stdout(`${describeDifference(d)}
`);
  if (differences.length > 0) {
    ctx.io.stderr(`slm: the audit pack in ${dirText} does not verify: ${differences.length} difference${differences.length === 1 ? "" : "s"}
`);
    return 1;
  }
  ctx.io.stdout(`verified ${dirText}: ${manifest.inputs.length} inputs and ${manifest.outputs.length} outputs identical (period ${manifest.options.period}, as of ${manifest.options.asOf})
`);
  return 0;
}

// dist/formatters/completion/index.js
var COMPLETION_FORMATTERS = {
  bash: async () => (await import("./bash-RGZEUY7A.js")).bash,
  zsh: async () => (await import("./zsh-Z3QMWMWU.js")).zsh,
  fish: async () => (await import("./fish-WRTWBHQW.js")).fish
};

// dist/commands/completion.js
var registerCompletion = (program, ctx, setExit) => {
  program.command("completion").description("print a shell completion script (bash, zsh or fish)").argument("<shell>", `the shell (${formatNames(COMPLETION_FORMATTERS).join(", ")})`).addHelpText("after", '\nInstall: bash: eval "$(slm completion bash)" in ~/.bashrc; zsh: slm completion zsh > "${fpath[1]}/_slm"; fish: slm completion fish > ~/.config/fish/completions/slm.fish').action(async (shell) => {
    const { UsageError: UsageError2 } = await import("./errors-KLTJM25T.js");
    const shells = formatNames(COMPLETION_FORMATTERS);
    if (!shells.includes(shell))
      throw new UsageError2(`unknown shell "${shell}" (expected one of: ${shells.join(", ")})`);
    setExit(await deliver(ctx, { formatters: COMPLETION_FORMATTERS, format: shell }, { result: completionSpec(program), exit: 0 }));
  });
};
function completionSpec(program) {
  const commands = [];
  const visit = (command, path) => {
    for (const child of command.commands) {
      const childPath = [...path, child.name()];
      commands.push({
        path: childPath,
        description: child.description(),
        options: child.options.filter((o) => !o.hidden).map(optionSpec),
        subcommands: child.commands.map((c) => c.name()),
        argument: argumentSpec(child.registeredArguments[0], child.name())
      });
      visit(child, childPath);
    }
  };
  visit(program, []);
  return { program: program.name(), globalOptions: program.options.map(optionSpec), commands };
}
function optionSpec(option) {
  const flags = [option.short, option.long].filter((f) => f !== void 0);
  if (!option.required && !option.optional)
    return { flags, description: option.description };
  return { flags, description: option.description, value: valueSpecOf(option.argChoices, option.flags) };
}
function argumentSpec(argument, command) {
  if (!argument)
    return void 0;
  if (command === "completion")
    return { kind: "choice", choices: formatNames(COMPLETION_FORMATTERS) };
  return valueSpecOf(argument.argChoices, argument.name());
}
function valueSpecOf(choices, name) {
  if (choices && choices.length > 0)
    return { kind: "choice", choices: [...choices] };
  if (/<dir>|\bdir\b/.test(name))
    return { kind: "dir" };
  if (/<file>|path|\bfile\b|<template>/.test(name))
    return { kind: "file" };
  return { kind: "text" };
}

// dist/commands/coverage.js
var registerCoverage = (program, ctx, setExit) => {
  program.command("coverage").description("prove every SLA target is underpinned by OLA/UC targets; exit 1 on gaps at or beyond --fail-on").addOption(formatOption(formatNames(COVERAGE_FORMATTERS), "table", "output format")).addOption(new Option("--fail-on <verdict>", "exit 1 when a target is at or beyond this verdict").choices(FAIL_ON).default("at-risk")).option("--sla <name>", "only this SLA").option("--customer <name>", "only SLAs with this customer").addOption(localeOption("language of the markdown format (default: reports.locale in slm.config.yaml, else en)")).action(async (opts) => {
    const output = {
      formatters: COVERAGE_FORMATTERS,
      format: opts.format,
      context: { locale: DEFAULT_LOCALE }
    };
    setExit(await runOnModel(ctx, output, async ({ load, model }) => {
      output.context.locale = opts.locale ?? load.config.reports.locale ?? DEFAULT_LOCALE;
      const [{ computeCoverage }, { failsAt }, { checkSelection }] = await Promise.all([
        import("./compute-coverage-LVDPN37A.js"),
        import("./verdict-YWGK6BLM.js"),
        import("./agreement-selection-XGDMSYMI.js")
      ]);
      checkSelection(model, { kind: "sla", sla: opts.sla, customer: opts.customer }, "coverage");
      const result = computeCoverage(model, { sla: opts.sla, customer: opts.customer });
      return { result, exit: failsAt(result, opts.failOn) ? 1 : 0 };
    }));
  });
};

// dist/formatters/diff/index.js
var DIFF_FORMATTERS = {
  text: async () => (await import("./text-W2U772CB.js")).formatDiffText,
  markdown: async () => (await import("./markdown-X57KAALX.js")).formatDiffMarkdown,
  json: async () => (await import("./json-ATVOXQWL.js")).formatDiffJson
};

// dist/commands/diff.js
var registerDiff = (program, ctx, setExit) => {
  program.command("diff [base] [head]").description("semantic diff of the agreements between two git revisions (default: merge base with the default branch \u2192 work tree)").addOption(formatOption(formatNames(DIFF_FORMATTERS), "text", "output format")).option("--replay <n>", "re-measure the last N complete periods (of each target's window: months, quarters, years) under the base and the head terms").option("--as-of <instant>", "with --replay: the periods complete at this ISO 8601 instant, open tickets evaluated then (default: now)").action(async (baseArg, headArg, opts) => {
    setExit(await diff(ctx, baseArg, headArg, opts));
  });
};
async function diff(ctx, baseArg, headArg, opts) {
  if (opts.replay !== void 0 && !/^[1-9]\d{0,2}$/.test(opts.replay))
    throw new UsageError(`--replay ${opts.replay}: expected a number of periods from 1 to 999`);
  if (opts.asOf !== void 0 && opts.replay === void 0)
    throw new UsageError("--as-of applies to --replay");
  const [{ loadRepository }, { HistoryReader }, { defaultBase }, { modelOf }, { diffAgreements }, { coverageChanges }, { templateChanges }, { effectiveDocuments }, { retroactiveChanges }, { printInvalidRepository }] = await Promise.all([
    import("./loader-PCSS7MEH.js"),
    import("./revisions-NJD2WBNR.js"),
    import("./git-revision-DKCV2NYM.js"),
    import("./load-model-XF5U33CE.js"),
    import("./agreement-diff-DKW3SNJK.js"),
    import("./coverage-diff-55XEJFUJ.js"),
    import("./template-changes-KPUOPXHO.js"),
    import("./effective-agreements-J466HL26.js"),
    import("./retroactive-changes-UV2NWWSN.js"),
    import("./invalid-repository-GXSQL7KC.js")
  ]);
  const work = await loadRepository({ cwd: ctx.io.cwd, dir: ctx.globals().dir });
  const reader = new HistoryReader(work);
  try {
    const base = baseArg ?? await defaultBase(work.root);
    const revision = async (rev) => {
      const { load } = await reader.revision(rev);
      const built = modelOf(load, ctx.io.now());
      if (!built.model) {
        printInvalidRepository(ctx.io, built.diagnostics);
        ctx.io.stderr(`slm: the agreements at ${rev} do not validate
`);
        return 1;
      }
      return { load, model: built.model };
    };
    const before = await revision(base);
    if (before === 1)
      return 1;
    const after = headArg === void 0 ? await loadValidRepository(ctx) : await revision(headArg);
    if (after === 1) {
      if (headArg === void 0)
        ctx.io.stderr("slm: the agreements at work tree do not validate\n");
      return 1;
    }
    const coverage = coverageChanges(before.model, after.model);
    const inherited = templateChanges(diffAgreements(before.model, after.model), coverage, effectiveDocuments(before.load.documents).documents, effectiveDocuments(after.load.documents).documents);
    const changes = inherited.changes;
    const result = {
      base,
      head: headArg ?? "work tree",
      changes,
      coverage,
      ...inherited.templates.length > 0 ? { templates: inherited.templates } : {},
      warnings: retroactiveChanges(before.model, after.model, changes)
    };
    if (opts.replay !== void 0) {
      result.replay = await replayOf(ctx, reader, { base, head: headArg, before, after }, Number(opts.replay), opts.asOf);
    }
    return deliver(ctx, { formatters: DIFF_FORMATTERS, format: opts.format }, { result, exit: 0 });
  } finally {
    reader.close();
  }
}
async function replayOf(ctx, reader, sides, periods, asOfOption) {
  const [{ replay }, { termsFromHistory }, { SnapshotModels }, { parseInstantOption }, { isoInstant }, { generationTime: generationTime2 }] = await Promise.all([
    import("./replay-KCN6EPFM.js"),
    import("./terms-from-history-EBNXYHYX.js"),
    import("./terms-in-force-C77W3WOR.js"),
    import("./instant-option-3JMK7GDC.js"),
    import("./local-time-RXT57RF3.js"),
    import("./io-POYEOQHQ.js")
  ]);
  const now = ctx.io.now();
  const asOf = parseInstantOption("--as-of", asOfOption);
  const at = asOf ?? now.getTime();
  const models = new SnapshotModels(now);
  const [baseTerms, headTerms] = await Promise.all([
    termsFromHistory(sides.before, { now, tip: sides.base, reader, models }),
    termsFromHistory(sides.after, {
      now,
      ...sides.head === void 0 ? {} : { tip: sides.head },
      reader,
      models
    })
  ]);
  return replay({
    load: sides.after.load,
    model: sides.after.model,
    cwd: ctx.io.cwd,
    generatedAt: generationTime2(ctx.io),
    asOf,
    dataOverrides: /* @__PURE__ */ new Map(),
    base: { model: sides.before.model, terms: baseTerms },
    head: { model: sides.after.model, terms: headTerms },
    periods,
    today: Math.floor(at / DAY_MS),
    asOfText: isoInstant(at)
  });
}

// dist/formatters/openslo/index.js
var OPENSLO_FORMATTERS = {
  yaml: async () => {
    const { stringify } = await import("./dist-T3KP4YVF.js");
    return (docs) => docs.map((d) => `---
${stringify(d, { lineWidth: 0, version: "1.1", blockQuote: false, doubleQuotedAsJSON: true })}`).join("");
  }
};

// dist/commands/export.js
var KINDS = ["sla", "ola", "uc", "all"];
var registerExport = (program, ctx, setExit) => {
  const exporter = program.command("export").description("export agreements to other formats");
  exporter.command("openslo").description("each SLA/OLA/UC target as an OpenSLO v1 SLO document, with the DataSources they read (stdout, or files)").option("--out <dir>", "write <dir>/<kind>-<agreement>.yaml per agreement (and datasources.yaml) instead of printing to stdout").addOption(new Option("--kind <kind>", "which agreements").choices(KINDS).default("all")).action(async (opts) => {
    setExit(await runOnModel(ctx, { formatters: OPENSLO_FORMATTERS, format: "yaml" }, async ({ model }) => {
      const [{ exportOpenSlo }, { resolve: resolve2, join }] = await Promise.all([
        import("./export-slos-DAR6HI4G.js"),
        import("node:path")
      ]);
      const agreements = model.agreements.filter((a) => opts.kind === "all" || a.kind.toLowerCase() === opts.kind);
      if (!opts.out)
        return { result: exportOpenSlo(model, agreements), exit: 0 };
      const dir = resolve2(ctx.io.cwd, opts.out);
      const dataSources = exportOpenSlo(model, agreements).filter((d) => d.kind === "DataSource");
      const files = agreements.map((a) => ({
        path: join(dir, `${a.kind.toLowerCase()}-${a.metadata.name}.yaml`),
        result: exportOpenSlo(model, [a]).filter((d) => d.kind === "SLO")
      }));
      if (dataSources.length > 0)
        files.push({ path: join(dir, "datasources.yaml"), result: dataSources });
      return {
        outDir: dir,
        files,
        notice: `wrote ${files.length} file${files.length === 1 ? "" : "s"} to ${opts.out}`,
        exit: 0
      };
    }));
  });
};

// dist/formatters/import/index.js
var IMPORT_FORMATTERS = {
  yaml: async () => {
    const { stringify } = await import("./dist-T3KP4YVF.js");
    return (docs) => docs.map((d) => `---
${stringify(d, { lineWidth: 0, version: "1.1", blockQuote: false, doubleQuotedAsJSON: true })}`).join("");
  }
};

// dist/commands/import.js
var KINDS2 = ["sla", "ola", "uc"];
var registerImport = (program, ctx, setExit) => {
  const importer = program.command("import").description("import agreements from other formats");
  importer.command("openslo").description("OpenSLO v1 SLOs (files or directories) as slm documents; what slm cannot hold is listed on stderr").argument("<paths...>", "OpenSLO files or directories (*.yaml, *.yml, *.json)").option("--out <dir>", "write services.yaml, calendars.yaml, datasources.yaml and agreements/<kind>-<name>.yaml").addOption(new Option("--kind <kind>", "kind of the agreements, unless an SLO says (slm-kind label)").choices(KINDS2).default("sla")).option("--provider <name>", "provider of SLOs without a provider label").option("--customer <name>", "customer of SLOs without a customer label").option("--start <date>", "term start of SLOs without a calendar-aligned window (default today)").action(async (paths, options) => {
    setExit(await importOpenSloCommand(ctx, paths, options));
  });
};
async function importOpenSloCommand(ctx, paths, options) {
  const [{ importOpenSlo }, { readOpenSloInputs }, { parseDate }, { UsageError: UsageError2 }, { resolve: resolve2, join }] = await Promise.all([
    import("./import-slos-IAA2GZJ2.js"),
    import("./read-inputs-ZWR6WLFF.js"),
    import("./date-5DZ7B567.js"),
    import("./errors-KLTJM25T.js"),
    import("node:path")
  ]);
  const start = options.start ?? ctx.io.now().toISOString().slice(0, 10);
  const parsed = parseDate(start);
  if (!parsed.ok)
    throw new UsageError2(`--start: ${parsed.error}`);
  const cwd = resolve2(ctx.io.cwd, ctx.globals().dir ?? ".");
  const result = importOpenSlo(readOpenSloInputs(cwd, paths), {
    kind: options.kind.toUpperCase(),
    provider: options.provider,
    customer: options.customer,
    start
  });
  const lines = result.notes.map((n) => {
    const where = n.file ? `${n.file}: doc ${n.document}${n.object ? ` (${n.object})` : ""}` : n.object;
    return oneLine(`${where}: ${n.message}`);
  });
  const agreements = result.documents.filter((d) => ["SLA", "OLA", "UC"].includes(d.kind)).length;
  lines.push(`imported ${result.targets} target${result.targets === 1 ? "" : "s"} into ${agreements} agreement${agreements === 1 ? "" : "s"}; ${result.notes.length} note${result.notes.length === 1 ? "" : "s"} on what was not carried or only approximated`);
  const notice = lines.join("\n");
  const exit = result.targets > 0 ? 0 : 1;
  const output = { formatters: IMPORT_FORMATTERS, format: "yaml" };
  if (!options.out)
    return deliver(ctx, output, { result: result.documents, notice, exit });
  const dir = resolve2(cwd, options.out);
  const group = (kinds) => result.documents.filter((d) => kinds.includes(d.kind));
  const files = [
    { path: join(dir, "services.yaml"), result: group(["Service"]) },
    { path: join(dir, "calendars.yaml"), result: group(["Calendar"]) },
    { path: join(dir, "datasources.yaml"), result: group(["DataSource"]) },
    ...group(["SLA", "OLA", "UC"]).map((d) => ({
      path: join(dir, "agreements", `${d.kind.toLowerCase()}-${String(d.metadata.name)}.yaml`),
      result: [d]
    }))
  ].filter((f) => f.result.length > 0);
  return deliver(ctx, output, { files, notice, exit });
}

// dist/commands/improve.js
var registerImprove = (program, ctx, setExit) => {
  const improve = program.command("improve").description("the improvement register (kind: Improvement)");
  improve.command("new").description("draft one Improvement per breached target of a report (slm report --format json), cause lines filled from the breach causes").requiredOption("--from-report <file>", "a report written by slm report --format json").option("--out <dir>", "the folder to write the drafts into (default: improvements/ in the repository)").option("--force", "overwrite draft files that exist").option("--raised <date>", "the raised date of the drafts (default: SOURCE_DATE_EPOCH's day, else today)").action(async (opts) => {
    const [{ resolve: resolve2, relative: relative3, join }, { readFile, access }, { parseDate }, { describeSystemError }, { InputError }] = await Promise.all([
      import("node:path"),
      import("node:fs/promises"),
      import("./date-5DZ7B567.js"),
      import("./system-errors-RHFHCJQS.js"),
      import("./errors-KLTJM25T.js")
    ]);
    const raised = parseDate(opts.raised ?? generationTime(ctx.io).toISOString().slice(0, 10));
    if (!raised.ok)
      throw new UsageError(`--raised: ${raised.error}`);
    const file = resolve2(ctx.io.cwd, opts.fromReport);
    const text = await readFile(file, "utf8").catch((error) => {
      throw new InputError(`cannot read ${opts.fromReport}: ${describeSystemError(error)}`);
    });
    const { IMPROVE_FORMATTERS } = await import("./improve-FOPX3LCB.js");
    setExit(await runOnModel(ctx, { formatters: IMPROVE_FORMATTERS, format: "yaml" }, async ({ load, model }) => {
      const { draftImprovements, reportsFromJson } = await import("./draft-improvements-4OIFLH6P.js");
      const reports = reportsFromJson(text, opts.fromReport);
      const { drafts, skipped } = draftImprovements(model, reports, raised.value.text);
      const outDir = opts.out === void 0 ? join(load.root, "improvements") : resolve2(ctx.io.cwd, opts.out);
      const shown = opts.out ?? "improvements";
      const files = drafts.map((d) => ({ path: join(outDir, `${d.name}.yaml`), result: d }));
      if (!opts.force) {
        const existing = [];
        for (const f of files)
          if (await access(f.path).then(() => true, () => false))
            existing.push(f.path);
        if (existing.length > 0) {
          const names = existing.map((p) => relative3(ctx.io.cwd, p)).join(", ");
          throw new UsageError(`${names}: already there (use --force to overwrite); nothing written`);
        }
      }
      for (const s of skipped)
        ctx.io.stderr(`slm: ${describeSkipped(s)}
`);
      return {
        outDir,
        files,
        notice: drafts.length === 0 ? `slm: no Improvement drafted: ${reports.some((r) => r.breaches.length > 0) ? "every breach of the report is addressed or still running" : "the report has no breach"}` : `drafted ${drafts.length} Improvement${drafts.length === 1 ? "" : "s"} in ${shown}: ${drafts.map((d) => `${d.name}.yaml`).join(", ")}`,
        exit: 0
      };
    }));
  });
};
function describeSkipped(s) {
  const what = `${s.agreement} ${s.target} ${s.period}`;
  switch (s.reason.kind) {
    case "addressed":
      return `${what}: already addressed by ${s.reason.by.map((b) => `${b.name} (${b.file})`).join(", ")}; no draft`;
    case "provisional":
      return `${what}: breached so far, its window is still running; no draft until it ends`;
    case "unknown-agreement":
      return `${what}: the repository has no such agreement; no draft`;
  }
}

// dist/commands/init.js
import { relative, resolve } from "node:path";
var registerInit = (program, ctx, setExit) => {
  program.command("init").description("create a starter repository: config, one document of each kind, sample data, CI and editor set-up").argument("[dir]", "directory to create it in", ".").option("--force", "overwrite existing files").action(async (dir, options) => {
    setExit(await init(ctx, dir, Boolean(options.force)));
  });
};
async function init(ctx, dir, force) {
  const [{ starterFiles }, { writeStarter }] = await Promise.all([
    import("./starter-files-E4UV2RFY.js"),
    import("./write-starter-CMU4XEVZ.js")
  ]);
  const { io } = ctx;
  const target = resolve(io.cwd, ctx.globals().dir ?? ".", dir);
  const files = starterFiles(io.now());
  await writeStarter(target, files, { force });
  const shown = relative(io.cwd, target) || ".";
  io.stdout(files.map((f) => `created ${f.path}
`).join(""));
  const cd = shown === "." ? "" : `cd ${shown} && `;
  io.stdout(`
slm repository ready in ${shown}. Next: ${cd}npm install && npx --no-install slm validate (and commit package-lock.json)
`);
  return 0;
}

// dist/formatters/credits/index.js
var CREDITS_FORMATTERS = {
  table: async () => (await import("./table-22JPLBP5.js")).formatCreditsTable,
  markdown: async () => (await import("./markdown-RQ7YLOLG.js")).formatCreditsMarkdown,
  json: async () => (await import("./json-47BVICME.js")).formatCreditsJson
};

// dist/commands/credits.js
var registerCredits = (program, ctx, setExit) => {
  program.command("credits").description("service credits of a period: payable to customers (SLAs) against claimable from suppliers (UCs), netted per service, claim deadlines, and the cost view").requiredOption("--period <period>", "2024-05, 2024-Q2, 2024 or 2024-05-01..2024-05-15").option("--as-of <instant>", "evaluate open tickets at this ISO 8601 instant (default: latest in each source)").addOption(formatOption(formatNames(CREDITS_FORMATTERS), "table", "output format")).addOption(localeOption("language of the table and markdown formats (default: reports.locale in slm.config.yaml, else en)")).action(async (opts) => {
    const [{ parsePeriod }, { parseInstantOption }] = await Promise.all([
      import("./period-63NAW5FQ.js"),
      import("./instant-option-3JMK7GDC.js")
    ]);
    const period = parsePeriod(opts.period);
    const asOf = parseInstantOption("--as-of", opts.asOf);
    const output = {
      formatters: CREDITS_FORMATTERS,
      format: opts.format,
      context: { locale: DEFAULT_LOCALE }
    };
    setExit(await runOnModel(ctx, output, async ({ load, model }) => {
      output.context.locale = opts.locale ?? load.config.reports.locale ?? DEFAULT_LOCALE;
      const [{ generateReports }, { backToBackCredits }] = await Promise.all([
        import("./generate-reports-AVU3MZ7W.js"),
        import("./back-to-back-credits-KXQ5N5SW.js")
      ]);
      const reports = await generateReports({
        load,
        model,
        cwd: ctx.io.cwd,
        period,
        trend: 0,
        generatedAt: generationTime(ctx.io),
        kind: "all",
        asOf,
        dataOverrides: /* @__PURE__ */ new Map()
      });
      return { result: backToBackCredits(model, period, reports), exit: 0 };
    }));
  });
};

// dist/commands/kpi.js
var registerKpi = (program, ctx, setExit) => {
  program.command("kpi").description("process KPIs for a period: SLA coverage of the catalogue, underpinning, targets met, breaches").requiredOption("--period <period>", "2024-05, 2024-Q2, 2024 or 2024-05-01..2024-05-15").option("--as-of <instant>", "evaluate open tickets at this ISO 8601 instant (default: latest in each source)").option("--sla <name>", "only this SLA").option("--customer <name>", "only SLAs with this customer").addOption(termsOption()).addOption(formatOption(formatNames(KPI_FORMATTERS), "text", "output format")).addOption(localeOption("language of the text and markdown formats (default: reports.locale in slm.config.yaml, else en)")).action(async (opts) => {
    const [{ parsePeriod }, { parseInstantOption }] = await Promise.all([
      import("./period-63NAW5FQ.js"),
      import("./instant-option-3JMK7GDC.js")
    ]);
    const period = parsePeriod(opts.period);
    const asOf = parseInstantOption("--as-of", opts.asOf);
    const output = {
      formatters: KPI_FORMATTERS,
      format: opts.format,
      context: { locale: DEFAULT_LOCALE }
    };
    setExit(await runOnModel(ctx, output, async (repository) => {
      const { load, model } = repository;
      output.context.locale = opts.locale ?? load.config.reports.locale ?? DEFAULT_LOCALE;
      const [{ generateReports }, { computeCoverage }, { processKpis }, { checkSelection }, { DAY_MS: DAY_MS2 }, { dateFromEpochDay }] = await Promise.all([
        import("./generate-reports-AVU3MZ7W.js"),
        import("./compute-coverage-LVDPN37A.js"),
        import("./process-kpis-PPKZNGJA.js"),
        import("./agreement-selection-XGDMSYMI.js"),
        import("./units-WQWQOEHA.js"),
        import("./date-5DZ7B567.js")
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
        dataOverrides: /* @__PURE__ */ new Map()
      });
      return {
        result: processKpis(model, period.label, computeCoverage(model, selection), reports, {
          // Overdue as of --as-of, else today (SPEC §15), as the UTC day.
          actionsAsOf: dateFromEpochDay(Math.floor((asOf ?? ctx.io.now().getTime()) / DAY_MS2)),
          selected: opts.sla !== void 0 || opts.customer !== void 0
        }),
        exit: 0
      };
    }));
  });
};

// dist/formatters/review/index.js
var REVIEW_FORMATTERS = {
  text: async () => (await import("./text-NMXRADXT.js")).formatReviewText,
  json: async () => (await import("./json-PICEZHOF.js")).formatReviewJson
};

// dist/commands/review.js
var registerReview = (program, ctx, setExit) => {
  program.command("review").description("list reviews overdue or due, terms ending, UC notice deadlines and overdue improvement actions; exit 1 if a review or an action is overdue").option("--within <interval>", "how far ahead to look (1y, 6mo, 90d, \u2026)", "60d").option("--as-of <date>", "the day to look from (YYYY-MM-DD, default today in UTC)").addOption(formatOption(formatNames(REVIEW_FORMATTERS), "text", "output format")).action(async (opts) => {
    const [{ UsageError: UsageError2 }, { parseCalendarInterval }, { parseDate }] = await Promise.all([
      import("./errors-KLTJM25T.js"),
      import("./calendar-interval-EDHSPF5B.js"),
      import("./date-5DZ7B567.js")
    ]);
    const within = parseCalendarInterval(opts.within);
    if (!within.ok)
      throw new UsageError2(`--within: ${within.error}`);
    const asOf = parseDate(opts.asOf ?? ctx.io.now().toISOString().slice(0, 10));
    if (!asOf.ok)
      throw new UsageError2(`--as-of: ${asOf.error}`);
    setExit(await runOnModel(ctx, { formatters: REVIEW_FORMATTERS, format: opts.format }, async ({ model }) => {
      const { reviewSchedule, hasOverdue } = await import("./review-schedule-KZIZTMTU.js");
      const schedule = reviewSchedule(model, asOf.value, within.value);
      return { result: schedule, exit: hasOverdue(schedule) ? 1 : 0 };
    }));
  });
};

// dist/commands/schema.js
var registerSchema = (program, ctx, setExit) => {
  program.command("schema").description("print the JSON Schema of a kind (default: the schema of any slm document)").argument("[kind]", "service, calendar, party, sla, ola, uc, datasource, improvement, template, config or document").option("--list", "list the schema names and their files instead").action(async (kind, options) => {
    setExit(await printSchema(ctx, kind, Boolean(options.list)));
  });
};
async function printSchema(ctx, kind, list) {
  const { schemaByName, SCHEMA_NAMES } = await import("./schema-names-YQHCDMKH.js");
  if (list) {
    const width = Math.max(...SCHEMA_NAMES.map((n) => n.name.length)) + 1;
    ctx.io.stdout(SCHEMA_NAMES.map((n) => `${n.name.padEnd(width)}${n.file}
`).join(""));
    return 0;
  }
  const schema = schemaByName(kind ?? "document");
  if (!schema) {
    throw new UsageError(`unknown kind "${kind}" (expected one of: ${SCHEMA_NAMES.map((n) => n.name).join(", ")})`);
  }
  ctx.io.stdout(`${JSON.stringify(schema, null, 2)}
`);
  return 0;
}

// dist/formatters/show/index.js
var SHOW_FORMATTERS = {
  yaml: async () => (await import("./yaml-CIOI7DDO.js")).formatShowYaml,
  json: async () => (await import("./json-3RGOOP2G.js")).formatShowJson
};

// dist/commands/show.js
var registerShow = (program, ctx, setExit) => {
  program.command("show").description("print the effective agreement (its templates merged in) with the file:line each value came from").argument("<agreement>", "KIND/NAME (SLA/acme-email), or NAME when one kind has it").addOption(formatOption(formatNames(SHOW_FORMATTERS), "yaml", "output format")).action(async (ref, opts) => {
    setExit(await runOnModel(ctx, { formatters: SHOW_FORMATTERS, format: opts.format }, async ({ load }) => {
      const { showAgreement } = await import("./shown-agreement-K5BTZPRM.js");
      return { result: showAgreement(load.documents, ref), exit: 0 };
    }));
  });
};

// dist/formatters/site/index.js
var SITE_FORMATTERS = {
  site: async () => {
    const [portfolio, graph, agreement, kpis, calendar, improvements, ics, html, md, json] = await Promise.all([
      import("./portfolio-page-LYNLY7HH.js"),
      import("./graph-page-EYYS7GX7.js"),
      import("./agreement-page-HDOC5INH.js"),
      import("./kpis-page-D2PCV46X.js"),
      import("./calendar-page-QXZJACJH.js"),
      import("./improvements-page-MYJQRTKP.js"),
      import("./ics-CYCGRFB7.js"),
      REPORT_FORMATTERS.html(),
      REPORT_FORMATTERS.md(),
      REPORT_FORMATTERS.json()
    ]);
    const reports = { html, md, json };
    return (page, ctx) => {
      switch (page.kind) {
        case "portfolio":
          return portfolio.formatPortfolioPage(page.site, ctx);
        case "graph":
          return graph.formatGraphPage(page.site, ctx);
        case "kpis":
          return kpis.formatKpisPage(page.site, ctx);
        case "calendar":
          return calendar.formatCalendarPage(page.site, ctx);
        case "improvements":
          return improvements.formatImprovementsPage(page.site, ctx);
        case "ics":
          return ics.formatIcs(page.site, ctx);
        case "nojekyll":
          return "";
        case "agreement":
          return agreement.formatAgreementPage(page.site, page.entry, ctx);
        case "report":
          return reports[page.format]([page.report], {
            ...ctx,
            locale: page.locale,
            reportLocale: () => page.locale
          });
      }
    };
  }
};

// dist/commands/site.js
var registerSite = (program, ctx, setExit) => {
  program.command("site").description("write a static site: portfolio, dependency graph, agreements and their reports, KPIs, calendar (.ics)").requiredOption("--period <period>", "2024-05, 2024-Q2, 2024 or 2024-05-01..2024-05-15").requiredOption("--out <dir>", "the folder to write the site into").option("--as-of <date>", "the day the calendar is seen from and open tickets are judged at (default today)").option("--within <interval>", "how far ahead the calendar looks (1y, 6mo, 90d, \u2026)", "1y").option("--trend <n>", "number of previous periods in the trends (default from config, else 6)").addOption(localeOption("language of the pages (default: reports.locale in slm.config.yaml, else en); each report keeps its own (--locale, the agreement's spec.locale, reports.locale, en)")).option("--data <name=file>", "read DataSource NAME from FILE (repeatable)", (v, acc) => [...acc, v], []).action(async (opts) => {
    const [{ parsePeriod, checkTrendReach }, { parseInstantOption }, { parseCalendarInterval }, { parseDate }] = await Promise.all([
      import("./period-63NAW5FQ.js"),
      import("./instant-option-3JMK7GDC.js"),
      import("./calendar-interval-EDHSPF5B.js"),
      import("./date-5DZ7B567.js")
    ]);
    const [{ resolve: resolve2 }, { parseDataOverrides }] = await Promise.all([
      import("node:path"),
      import("./report-MZZV5L4P.js")
    ]);
    const period = parsePeriod(opts.period);
    const within = parseCalendarInterval(opts.within);
    if (!within.ok)
      throw new UsageError(`--within: ${within.error}`);
    const asOfDate = parseDate((opts.asOf ?? ctx.io.now().toISOString()).slice(0, 10));
    if (!asOfDate.ok)
      throw new UsageError(`--as-of: ${asOfDate.error}`);
    const asOf = opts.asOf === void 0 ? void 0 : opts.asOf.length === 10 ? parseInstantOption("--as-of", `${opts.asOf}T24:00:00Z`) : parseInstantOption("--as-of", opts.asOf);
    if (opts.trend !== void 0 && !/^\d{1,3}$/.test(opts.trend))
      throw new UsageError(`--trend ${opts.trend}: expected a whole number of periods, 0 or more`);
    const dataOverrides = parseDataOverrides(opts.data);
    const outDir = resolve2(ctx.io.cwd, opts.out);
    setExit(await runOnModel(ctx, { formatters: SITE_FORMATTERS, format: "site" }, async ({ load, model }) => {
      const { buildSite } = await import("./build-site-ILBW54MQ.js");
      const trend = opts.trend === void 0 ? load.config.reports.trend : Number(opts.trend);
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
        }
      });
      return {
        outDir,
        files: pages.map((page) => ({ path: resolve2(outDir, page.path), result: page })),
        notice: `wrote the site (${pages.length} files) to ${opts.out}`,
        exit: 0
      };
    }));
  });
};

// dist/formatters/status/index.js
var STATUS_FORMATTERS = {
  table: async () => (await import("./table-QJLVTJIS.js")).formatStatusTable,
  markdown: async () => (await import("./markdown-GZMTTRNN.js")).formatStatusMarkdown,
  json: async () => (await import("./json-ZQRLKSER.js")).formatStatusJson
};

// dist/commands/status.js
var KINDS3 = ["sla", "ola", "uc", "all"];
var registerStatus = (program, ctx, setExit) => {
  program.command("status").description("the assessment windows in progress: budget used, burn rate and forecast; exit 1 at --fail-on").option("--as-of <instant>", "judge the windows holding this ISO 8601 instant, up to it (default: now)").addOption(new Option("--kind <kind>", "which agreements").choices(KINDS3).default("sla")).addOption(new Option("--fail-on <state>", "exit 1 when a target is at risk or forecast breached (at-risk), only breached (breach), or never").choices(STATUS_FAIL_ON).default("at-risk")).addOption(formatOption(formatNames(STATUS_FORMATTERS), "table", "output format")).addOption(localeOption("language of the table and markdown formats (default: reports.locale in slm.config.yaml, else en)")).option("--sla <name>", "only this agreement").option("--customer <name>", "only agreements with this customer").option("--data <name=file>", "read DataSource NAME from FILE (repeatable)", (v, acc) => [...acc, v], []).action(async (opts) => {
    const [{ parseInstantOption }, { parseDataOverrides }] = await Promise.all([
      import("./instant-option-3JMK7GDC.js"),
      import("./report-MZZV5L4P.js")
    ]);
    const asOf = parseInstantOption("--as-of", opts.asOf) ?? ctx.io.now().getTime();
    const dataOverrides = parseDataOverrides(opts.data);
    const output = {
      formatters: STATUS_FORMATTERS,
      format: opts.format,
      context: { locale: DEFAULT_LOCALE }
    };
    setExit(await runOnModel(ctx, output, async ({ load, model }) => {
      output.context.locale = opts.locale ?? load.config.reports.locale ?? DEFAULT_LOCALE;
      const [{ portfolioStatus }, { statusFails }, { checkSelection }] = await Promise.all([
        import("./portfolio-status-4BORHOXO.js"),
        import("./fail-on-XFPCSM3Q.js"),
        import("./agreement-selection-XGDMSYMI.js")
      ]);
      const selection = { kind: opts.kind, sla: opts.sla, customer: opts.customer };
      checkSelection(model, selection);
      const result = await portfolioStatus({
        load,
        model,
        cwd: ctx.io.cwd,
        asOf,
        dataOverrides,
        ...selection
      });
      return { result, exit: statusFails(result, opts.failOn) ? 1 : 0 };
    }));
  });
};

// dist/formatters/sql/index.js
var SQL_FORMATTERS = {
  sql: async () => (query) => query
};

// dist/commands/sql.js
var registerSql = (program, ctx, setExit) => {
  program.command("sql").description("print the SQL that aggregates a DataSource's raw event table into its metrics rows (per bucket, aligned to service hours)").argument("<source>", "a metrics DataSource with a warehouse block").addOption(new Option("--engine <engine>", "SQL dialect").choices(ENGINES).makeOptionMandatory()).requiredOption("--period <period>", "2024-05, 2024-Q2, 2024 or 2024-05-01..2024-05-15").action(async (name, opts) => {
    const { parsePeriod } = await import("./period-63NAW5FQ.js");
    const period = parsePeriod(opts.period);
    setExit(await runOnModel(ctx, { formatters: SQL_FORMATTERS, format: "sql" }, async ({ model }) => {
      const [{ DIALECTS }, { buildQuery }, { targetsReading, warehousePlan }, { duckdbFiles }] = await Promise.all([
        import("./dialects-SFTGNUQK.js"),
        import("./build-query-JFIZNFPO.js"),
        import("./warehouse-plan-WCNCSPGF.js"),
        import("./duckdb-files-VXFLR3KJ.js")
      ]);
      const source = model.dataSources.get(name);
      if (!source) {
        const known = [...model.dataSources.values()].filter((s) => s.warehouse).map((s) => s.metadata.name);
        throw new UsageError(`no DataSource ${name}${known.length ? ` (with a warehouse block: ${known.join(", ")})` : " (no DataSource has a warehouse block)"}`);
      }
      if (!source.warehouse)
        throw new UsageError(`DataSource ${name} has no warehouse block (docs/warehouse.md)`);
      const dialect = DIALECTS[opts.engine];
      let from;
      if (source.engine === "duckdb") {
        if (opts.engine !== "duckdb")
          throw new UsageError(`DataSource ${name} reads local files with engine: duckdb; use --engine duckdb`);
        if (source.path === void 0)
          throw new UsageError(`DataSource ${name} has no path to read`);
        from = duckdbFiles(dialect, [source.path], name);
      }
      const plan = warehousePlan(model, source, targetsReading(model, source, period));
      return {
        result: buildQuery(plan, dialect, {
          from,
          command: `slm sql ${name} --engine ${opts.engine} --period ${period.label}`
        }),
        exit: 0
      };
    }));
  });
};

// dist/commands/validate.js
import { relative as relative2 } from "node:path";

// dist/formatters/validate/index.js
var VALIDATE_FORMATTERS = {
  stylish: async () => (await import("./stylish-X4L3FU5O.js")).stylish,
  json: async () => (await import("./json-WBAX3F2B.js")).json,
  github: async () => (await import("./github-SHA6MQ6Q.js")).github,
  sarif: async () => (await import("./sarif-Q4ZXR6MU.js")).sarif,
  junit: async () => (await import("./junit-J6I6GX6F.js")).junit,
  gitlab: async () => (await import("./gitlab-CGKOZ54Z.js")).gitlab
};

// dist/commands/validate.js
var registerValidate = (program, ctx, setExit) => {
  program.command("validate").description("check agreement files: YAML syntax, JSON Schema and semantic rules").argument("[paths...]", "files or directories to validate (default: the whole repository)").addOption(new Option("-f, --format <format>", "output format").choices(formatNames(VALIDATE_FORMATTERS)).default("stylish")).addOption(new Option("--fail-severity <severity>", "lowest severity that fails the run (exit 1)").choices(["error", "warning", "info"]).default("error")).option("--as-of <date>", "judge overdue reviews and ended terms as of this day (YYYY-MM-DD; default today)").action(async (paths, options) => {
    setExit(await validate(ctx, paths, options));
  });
};
async function validate(ctx, paths, options) {
  const [{ loadRepository }, { validateRepository }, { compareDiagnostics }, { InputError, UsageError: UsageError2 }, { parseDate }, { workTreePrefix }] = await Promise.all([
    import("./loader-PCSS7MEH.js"),
    import("./validate-repository-NFKIGP6G.js"),
    import("./diagnostic-BOKNHZC2.js"),
    import("./errors-KLTJM25T.js"),
    import("./date-5DZ7B567.js"),
    import("./repository-root-QRJ77XZZ.js")
  ]);
  const { io } = ctx;
  const load = await loadRepository({
    cwd: io.cwd,
    dir: ctx.globals().dir,
    paths,
    config: ctx.globals().config
  });
  const reported = (file) => !load.selected || load.selected.has(file);
  const loaded = (load.configFile ? [load.configFile, ...load.files] : load.files).filter((f) => reported(f.file));
  if (loaded.length === 0) {
    const dir = ctx.globals().dir;
    const where = paths.length > 0 ? paths.join(", ") : dir ?? (relative2(io.cwd, load.root) || ".");
    throw new InputError(`no YAML files to validate in ${where} (include: ${load.config.include.join(", ")})`);
  }
  let today = generationTime(io);
  if (options.asOf !== void 0) {
    const date = parseDate(options.asOf);
    if (!date.ok)
      throw new UsageError2(`--as-of: ${date.error}`);
    today = new Date(date.value.day * DAY_MS);
  }
  const diagnostics = validateRepository(load, { now: today }).filter((d) => reported(d.file) || d.related?.some((r) => reported(r.file))).sort(compareDiagnostics);
  const sources = /* @__PURE__ */ new Map();
  const framed = new Set(diagnostics.map((d) => d.file));
  for (const f of load.files)
    if (f.text !== void 0 && (reported(f.file) || framed.has(f.file)))
      sources.set(f.file, f.text);
  if (load.configFile?.text !== void 0 && reported(load.configFile.file))
    sources.set(load.configFile.file, load.configFile.text);
  const files = loaded.map((f) => f.file).sort(compareStrings);
  const threshold = SEVERITY_RANK[options.failSeverity];
  return deliver(ctx, {
    formatters: VALIDATE_FORMATTERS,
    format: options.format,
    context: { failSeverity: options.failSeverity, workTreePrefix: workTreePrefix(load.root) }
  }, {
    result: { diagnostics, files, sources },
    exit: diagnostics.some((d) => SEVERITY_RANK[d.severity] >= threshold) ? 1 : 0
  });
}

// dist/commands/index.js
var COMMANDS = [
  registerValidate,
  registerCoverage,
  registerReport,
  registerReview,
  registerStatus,
  registerDiff,
  registerShow,
  registerKpi,
  registerImprove,
  registerSite,
  registerCredits,
  registerAudit,
  registerExport,
  registerSql,
  registerImport,
  registerSchema,
  registerInit,
  registerCompletion
];

// dist/commands/progress-line.js
function progressLine(io) {
  if (!io.stderrIsTTY)
    return void 0;
  return {
    start: (source) => {
      let shown = -1;
      const name = oneLine(source);
      return (done, total) => {
        const percent = total > 0 ? Math.floor(done / total * 100) : 100;
        if (percent === shown)
          return;
        shown = percent;
        io.stderr(`\rreading ${name}: ${percent}%\x1B[K`);
      };
    },
    clear: () => io.stderr("\r\x1B[K")
  };
}

// dist/cli/run.js
async function run(argv, raw) {
  let exit = 0;
  const program = new Command("slm").description("Service level management as code: validate agreements, prove coverage, report service levels.").version(VERSION, "-V, --version", "print the version").option("-C, --dir <dir>", "run as if started in <dir> (the repository is found from there)").option("--config <file>", "read this config file instead of the repository's slm.config.yaml").option("-o, --output <file>", "write the output to <file> (atomically) instead of stdout").option("--no-color", "never colour the output (also NO_COLOR; FORCE_COLOR=1 colours a pipe)").option("--verbose", "print stack traces of unexpected errors").showSuggestionAfterError(true).exitOverride().configureOutput({
    writeOut: (s) => io.stdout(s),
    writeErr: (s) => io.stderr(s),
    outputError: () => {
    }
  });
  const formatFiles = [];
  const globals = () => {
    const o = program.opts();
    return {
      dir: o.dir,
      config: o.config,
      output: o.output,
      color: o.color,
      verbose: Boolean(o.verbose),
      formatFiles
    };
  };
  const colourLevel = () => colorLevel(raw, globals().color, globals().output === void 0);
  const colourAllowed = () => colourLevel() > 0;
  const io = {
    ...raw,
    stdout: (text) => raw.stdout(terminalText(text, { colour: colourAllowed() })),
    stderr: (text) => raw.stderr(terminalText(text, { colour: false }))
  };
  const ctx = {
    io,
    globals,
    colors: async () => {
      const { Chalk } = await import("./source-R3R5CP2B.js");
      return new Chalk({ level: colourLevel() });
    },
    progress: () => progressLine(raw)
  };
  for (const register of COMMANDS) {
    register(program, ctx, (code) => {
      exit = code;
    });
  }
  for (const command of allCommands(program)) {
    command.exitOverride();
    acceptFormatFiles(command, formatFiles);
  }
  try {
    await program.parseAsync(argv, { from: "user" });
    return exit;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0 || error.code === "commander.helpDisplayed" || error.code === "commander.version") {
        return 0;
      }
      const message = error.message.replace(/^error: /, "").replace(/\n(?=\(Did you mean)/, " ");
      if (error.code !== "commander.help")
        io.stderr(`slm: ${oneLine(message)}
`);
      return 2;
    }
    if (error instanceof SlmError) {
      io.stderr(`slm: ${oneLine(error.message)}
`);
      return 2;
    }
    const err = error instanceof Error ? error : new Error(String(error));
    io.stderr(`slm: unexpected error: ${oneLine(err.message)}${globals().verbose ? "" : " (run with --verbose for details)"}
`);
    if (globals().verbose && err.stack)
      io.stderr(`${err.stack}
`);
    return 2;
  }
}
function allCommands(command) {
  return command.commands.flatMap((c) => [c, ...allCommands(c)]);
}
function colorLevel(io, colorFlag, toStdout) {
  if (!colorFlag || io.env.NO_COLOR !== void 0)
    return 0;
  const force = io.env.FORCE_COLOR;
  if (force !== void 0) {
    if (force === "" || force === "true")
      return 1;
    const level = Number(force);
    return level === 1 || level === 2 || level === 3 ? level : 0;
  }
  return toStdout && io.stdoutIsTTY && io.env.TERM !== "dumb" ? 1 : 0;
}
export {
  run
};
