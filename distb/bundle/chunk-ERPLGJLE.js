import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  parallelSettings,
  warmReaders
} from "./chunk-25O36LN2.js";
import {
  REPORT_FORMATTERS
} from "./chunk-BRGS3O63.js";
import {
  InvalidArgumentError,
  Option,
  termsFor,
  termsOption
} from "./chunk-JM3LAQVB.js";
import {
  oneLine
} from "./chunk-FEUMEWLU.js";
import {
  withPreset
} from "./chunk-L2KHN3JD.js";
import {
  generationTime
} from "./chunk-BRTT36DB.js";
import {
  VERSION
} from "./chunk-J6GEGBRI.js";
import {
  UsageError
} from "./chunk-RMJS7MV5.js";
import {
  LOCALES,
  reportLocale
} from "./chunk-ZR5D3XWC.js";

// dist/formatters/formatter.js
function formatNames(table) {
  return Object.keys(table);
}

// dist/sources/warm-readers.js
import { statSync } from "node:fs";
import { resolve } from "node:path";
function warmReadersFor(documents, root, cwd, overrides) {
  const { threads, splitBytes } = parallelSettings();
  if (threads < 2)
    return false;
  for (const doc of documents) {
    const value = doc.value;
    if (value?.kind !== "DataSource" || !value.spec || typeof value.spec !== "object")
      continue;
    const spec = withPreset(value.spec);
    if (spec.type !== "checks")
      continue;
    const name = value.metadata?.name;
    const override = typeof name === "string" ? overrides.get(name) : void 0;
    const path = override !== void 0 ? resolve(cwd, override) : typeof spec.path === "string" && !/[*?[\]{}!]/.test(spec.path) ? resolve(root, spec.path) : null;
    if (path !== null && sizeOf(path) >= splitBytes) {
      warmReaders();
      return true;
    }
  }
  return false;
}
function sizeOf(path) {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

// dist/commands/format-option.js
var ALIASES = {
  table: ["text"],
  text: ["table"],
  md: ["markdown"],
  markdown: ["md"]
};
function formatOption(names, fallback, description) {
  const option = new Option("--format <format>", description).choices(names).argParser((value) => {
    if (names.includes(value))
      return value;
    const aliased = names.find((n) => ALIASES[n]?.includes(value));
    if (aliased)
      return aliased;
    throw new InvalidArgumentError(`Allowed choices are ${names.join(", ")}.`);
  });
  return fallback === void 0 ? option : option.default(fallback);
}
function acceptFormatFiles(command, files) {
  const option = command.options.find((o) => o.long === "--format");
  if (!option)
    return;
  const parse = option.parseArg;
  let plain = 0;
  option.argParser((value, previous) => {
    const eq = value.indexOf("=");
    if (eq > 0) {
      const name = value.slice(0, eq);
      const path = value.slice(eq + 1);
      if (path === "")
        throw new InvalidArgumentError(`"${value}" names no file after "=" (e.g. ${name}=out.${name}).`);
      files.push({ format: String(parse ? parse(name, void 0) : name), path });
      return previous;
    }
    if (++plain > 1) {
      throw new InvalidArgumentError(`only one format goes to stdout; write the others to files: --format ${value}=FILE.`);
    }
    return parse ? parse(value, previous) : value;
  });
  command.hook("preAction", (_, action) => {
    if (action.getOptionValue("format") === "")
      action.setOptionValue("format", option.defaultValue);
  });
}

// dist/commands/locale-option.js
function localeOption(description) {
  return new Option("--locale <locale>", description).choices(LOCALES);
}

// dist/commands/run-command.js
import { resolve as resolve2 } from "node:path";
async function runOnModel(ctx, output, step, options = {}) {
  const repository = await loadValidRepository(ctx, void 0, options);
  if (typeof repository === "number")
    return repository;
  return deliver(ctx, output, await step(repository));
}
async function loadValidRepository(ctx, cwd, hooks = {}) {
  const { loadModel } = await import("./load-model-XF5U33CE.js");
  const { dir, config } = ctx.globals();
  const loaded = await loadModel({
    cwd: cwd ?? ctx.io.cwd,
    dir: cwd === void 0 ? dir : void 0,
    // Resolved against where the command started: a revision checked out elsewhere (diff) reads the same file.
    config: config === void 0 ? void 0 : resolve2(ctx.io.cwd, dir ?? ".", config),
    now: ctx.io.now(),
    onLoaded: hooks.onLoaded
  });
  if (!loaded.model) {
    const { printInvalidRepository } = await import("./invalid-repository-GXSQL7KC.js");
    return printInvalidRepository(ctx.io, loaded.diagnostics);
  }
  return { load: loaded.load, model: loaded.model };
}
async function deliver(ctx, output, outcome) {
  const formatContext = {
    colors: await ctx.colors(),
    version: VERSION,
    failSeverity: "error",
    ...output.context
  };
  const render = async (format, result) => {
    const load = output.formatters[format];
    if (!load)
      throw new Error(`no formatter "${format}"`);
    return (await load())(result, formatContext);
  };
  const { output: outputFile, formatFiles } = ctx.globals();
  if (outcome.result === void 0) {
    if (outputFile !== void 0) {
      throw new UsageError(`--output: this command writes its own files and prints nothing to put in ${outputFile}`);
    }
    const [first] = formatFiles;
    if (first) {
      throw new UsageError(`--format ${first.format}=${first.path}: this command writes its own files; choose one --format`);
    }
  }
  const writes = [];
  for (const f of outcome.files ?? [])
    writes.push([f.path, await render(output.format, f.result), outcome.outDir]);
  let stdout;
  if (outcome.result !== void 0) {
    const text = await render(output.format, outcome.result);
    if (outputFile === void 0)
      stdout = text;
    else
      writes.push([resolve2(ctx.io.cwd, outputFile), text, void 0]);
    for (const { format, path } of formatFiles) {
      const colors = formatContext.colors.level === 0 ? formatContext.colors : await noColors();
      const plain = (await output.formatters[format]())(outcome.result, { ...formatContext, colors });
      writes.push([resolve2(ctx.io.cwd, path), plain, void 0]);
    }
  }
  if (writes.length > 0) {
    const { writeFileAtomic } = await import("./write-atomic-RA7IIKAF.js");
    for (const [path, text, inside] of writes)
      await writeFileAtomic(path, text, { inside });
  }
  if (stdout !== void 0)
    ctx.io.stdout(stdout);
  if (outcome.notice !== void 0)
    ctx.io.stderr(`${outcome.notice}
`);
  return outcome.exit;
}
async function noColors() {
  const { Chalk } = await import("./source-R3R5CP2B.js");
  return new Chalk({ level: 0 });
}

// dist/commands/report.js
var KINDS = ["sla", "ola", "uc", "all"];
var registerReport = (program, ctx, setExit) => {
  program.command("report").description("measure agreements over a period and write service level reports").requiredOption("--period <period>", "2024-05, 2024-Q2, 2024 or 2024-05-01..2024-05-15").addOption(formatOption(formatNames(REPORT_FORMATTERS), void 0, "report format, default from config, else md")).option("--out <dir>", "output directory (default from config, else reports); - for stdout with --sla").option("--sla <name>", "only this agreement").option("--customer <name>", "only agreements with this customer").addOption(new Option("--kind <kind>", "which agreements").choices(KINDS).default("sla")).option("--as-of <instant>", "evaluate open tickets at this ISO 8601 instant (default: latest timestamp in the source)").option("--trend <n>", "number of previous periods in the trend (default from config, else 6)").option("--data <name=file>", "read DataSource NAME from FILE (repeatable)", (v, acc) => [...acc, v], []).option("--strict", "exit 1 when any data row cannot be read").option("--fail-on-breach", "exit 1 when any target is breached").option("--template <file>", "Handlebars template replacing the built-in one (md/html)").addOption(termsOption()).addOption(localeOption("language of md/html reports (default: the agreement's spec.locale, else reports.locale in slm.config.yaml, else en; JSON never changes)")).action(async (opts) => {
    setExit(await report(ctx, opts));
  });
};
async function report(ctx, opts) {
  const [{ parsePeriod, checkTrendReach }, { parseInstantOption }, { resolve: resolve3 }] = await Promise.all([
    import("./period-63NAW5FQ.js"),
    import("./instant-option-3JMK7GDC.js"),
    import("node:path")
  ]);
  const { io } = ctx;
  const period = parsePeriod(opts.period);
  const dataOverrides = parseDataOverrides(opts.data);
  const asOf = parseInstantOption("--as-of", opts.asOf);
  if (opts.trend !== void 0 && !/^\d{1,3}$/.test(opts.trend))
    throw new UsageError(`--trend ${opts.trend}: expected a whole number of periods, 0 or more`);
  if (opts.out === "-" && opts.sla === void 0)
    throw new UsageError("--out - writes to stdout and needs --sla NAME");
  let format = opts.format ?? "md";
  const output = { formatters: REPORT_FORMATTERS, format, context: {} };
  return runOnModel(
    ctx,
    output,
    async (repository) => {
      const { load, model } = repository;
      const config = load.config;
      format = opts.format ?? config.reports.format;
      output.format = format;
      if (opts.template !== void 0 && format === "json")
        throw new UsageError("--template applies to md and html reports");
      if (opts.template !== void 0)
        output.context.templatePath = resolve3(io.cwd, opts.template);
      const [{ generateReports }, { skippedRowsOf, describeSkippedRows }, { reportFileName }, { reportPath }, { configOutputDirectory }, { checkSelection }] = await Promise.all([
        import("./generate-reports-AVU3MZ7W.js"),
        import("./skipped-rows-TF2BZV4C.js"),
        import("./report-file-name-EZGBRUWL.js"),
        import("./report-path-RA2X36SG.js"),
        import("./directories-ZVZHXSBZ.js"),
        import("./agreement-selection-XGDMSYMI.js")
      ]);
      checkSelection(model, { kind: opts.kind, sla: opts.sla, customer: opts.customer });
      const outDir = opts.out === "-" ? void 0 : opts.out !== void 0 ? resolve3(io.cwd, opts.out) : await configOutputDirectory(load.root, config.reports.out);
      const trend = opts.trend === void 0 ? config.reports.trend : Number(opts.trend);
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
        progress: progress?.start
      });
      progress?.clear();
      if (opts.strict) {
        const skipped = skippedRowsOf(reports);
        if (skipped.length > 0) {
          for (const s of skipped)
            io.stderr(`${oneLine(describeSkippedRows(s))}
`);
          io.stderr("slm: --strict: some data rows could not be read; no report written\n");
          return { exit: 1 };
        }
      }
      if (reports.length === 0) {
        if (opts.sla !== void 0) {
          throw new UsageError(`${opts.sla} is not in force during ${period.label} (its term does not overlap the period)`);
        }
        io.stderr(`slm: no ${opts.kind === "all" ? "agreement" : opts.kind.toUpperCase()} is in force during ${period.label}
`);
        return { exit: 0 };
      }
      const exit = opts.failOnBreach && reports.some((r) => r.summary.breached > 0) ? 1 : 0;
      output.context.reportLocale = (r) => {
        const agreement = model.agreements.find((a) => a.kind === r.kind && a.metadata.name === r.sla);
        return reportLocale(opts.locale, agreement?.locale, config.reports.locale);
      };
      if (outDir === void 0)
        return { result: reports, exit };
      return {
        outDir,
        files: reports.map((r) => ({
          path: reportPath(outDir, period.label, reportFileName(reports, r), format),
          result: [r]
        })),
        notice: `wrote ${reports.length} report${reports.length === 1 ? "" : "s"} to ${opts.out ?? config.reports.out}/${period.label}`,
        exit
      };
    },
    // A large checks file is read on several threads: start them while the repository is validated.
    { onLoaded: (load) => warmReadersFor(load.documents, load.root, io.cwd, dataOverrides) }
  );
}
function parseDataOverrides(values) {
  const map = /* @__PURE__ */ new Map();
  for (const v of values) {
    const eq = v.indexOf("=");
    if (eq <= 0 || eq === v.length - 1)
      throw new UsageError(`--data ${v}: expected NAME=FILE`);
    map.set(v.slice(0, eq), v.slice(eq + 1));
  }
  return map;
}

export {
  formatOption,
  acceptFormatFiles,
  localeOption,
  runOnModel,
  loadValidRepository,
  deliver,
  formatNames,
  registerReport,
  parseDataOverrides
};
