import { relative } from "node:path";
import { Option } from "commander";
import { compareStrings } from "../core/compare.js";
import { SEVERITY_RANK, type Severity } from "../core/severity.js";
import { DAY_MS } from "../core/units.js";
import { formatNames } from "../formatters/formatter.js";
import { VALIDATE_FORMATTERS } from "../formatters/validate/index.js";
import type { RegisterCommand } from "./command.js";
import type { CommandContext, CommandResult } from "./context.js";
import { generationTime } from "./io.js";
import { deliver } from "./run-command.js";

interface ValidateOptions {
  format: string;
  failSeverity: Severity;
  asOf?: string;
}

/** `slm validate [PATHS...]`: YAML, JSON Schema and semantic checks; exit 1 on findings at the fail severity. */
export const registerValidate: RegisterCommand = (program, ctx, setExit) => {
  program
    .command("validate")
    .description("check agreement files: YAML syntax, JSON Schema and semantic rules")
    .argument("[paths...]", "files or directories to validate (default: the whole repository)")
    .addOption(
      new Option("-f, --format <format>", "output format")
        .choices(formatNames(VALIDATE_FORMATTERS))
        .default("stylish"),
    )
    .addOption(
      new Option("--fail-severity <severity>", "lowest severity that fails the run (exit 1)")
        .choices(["error", "warning", "info"])
        .default("error"),
    )
    .option(
      "--as-of <date>",
      "judge overdue reviews and ended terms as of this day (YYYY-MM-DD; default today)",
    )
    .action(async (paths: string[], options: ValidateOptions) => {
      setExit(await validate(ctx, paths, options));
    });
};

async function validate(
  ctx: CommandContext,
  paths: string[],
  options: ValidateOptions,
): Promise<CommandResult> {
  // Heavy modules (yaml, ajv, the checks) load only when the command runs: `slm --version` stays fast.
  const [
    { loadRepository },
    { validateRepository },
    { compareDiagnostics },
    { InputError, UsageError },
    { parseDate },
    { workTreePrefix },
  ] = await Promise.all([
    import("../repository/loader.js"),
    import("../model/validate-repository.js"),
    import("../core/diagnostic.js"),
    import("../core/errors.js"),
    import("../core/values/date.js"),
    import("../repository/repository-root.js"),
  ]);
  const { io } = ctx;
  const load = await loadRepository({
    cwd: io.cwd,
    dir: ctx.globals().dir,
    paths,
    config: ctx.globals().config,
  });
  // Named paths select which files are reported; the whole repository is loaded so references resolve.
  const reported = (file: string): boolean => !load.selected || load.selected.has(file);
  const loaded = (load.configFile ? [load.configFile, ...load.files] : load.files).filter((f) =>
    reported(f.file),
  );
  if (loaded.length === 0) {
    const dir = ctx.globals().dir;
    const where = paths.length > 0 ? paths.join(", ") : (dir ?? (relative(io.cwd, load.root) || "."));
    throw new InputError(
      `no YAML files to validate in ${where} (include: ${load.config.include.join(", ")})`,
    );
  }
  // `--as-of` (or SOURCE_DATE_EPOCH) pins "today", so overdue reviews and ended terms are reproducible.
  let today = generationTime(io);
  if (options.asOf !== undefined) {
    const date = parseDate(options.asOf);
    if (!date.ok) throw new UsageError(`--as-of: ${date.error}`);
    today = new Date(date.value.day * DAY_MS);
  }
  const diagnostics = validateRepository(load, { now: today })
    // A finding on a template's line belongs to the agreement that inherited it (SPEC §21).
    .filter((d) => reported(d.file) || d.related?.some((r) => reported(r.file)))
    .sort(compareDiagnostics);
  const sources = new Map<string, string>();
  const framed = new Set(diagnostics.map((d) => d.file));
  for (const f of load.files)
    if (f.text !== undefined && (reported(f.file) || framed.has(f.file))) sources.set(f.file, f.text);
  if (load.configFile?.text !== undefined && reported(load.configFile.file))
    sources.set(load.configFile.file, load.configFile.text);
  const files = loaded.map((f) => f.file).sort(compareStrings);
  const threshold = SEVERITY_RANK[options.failSeverity];
  return deliver(
    ctx,
    {
      formatters: VALIDATE_FORMATTERS,
      format: options.format,
      context: { failSeverity: options.failSeverity, workTreePrefix: workTreePrefix(load.root) },
    },
    {
      result: { diagnostics, files, sources },
      exit: diagnostics.some((d) => SEVERITY_RANK[d.severity] >= threshold) ? 1 : 0,
    },
  );
}
