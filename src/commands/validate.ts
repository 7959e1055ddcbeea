import { relative } from "node:path";
import { Option } from "commander";
import type { CommandContext, CommandResult } from "./context.js";
import { generationTime } from "./io.js";
import { VERSION } from "../core/version.js";
import { SEVERITY_RANK, type Severity } from "../core/diagnostic.js";
import { InputError, UsageError } from "../core/errors.js";
import { parseDate } from "../core/values/date.js";
import { VALIDATE_FORMATS, type ValidateFormat } from "../formatters/validate/names.js";
import type { RegisterCommand } from "./index.js";

interface ValidateOptions {
  format: ValidateFormat;
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
      new Option("-f, --format <format>", "output format").choices(VALIDATE_FORMATS).default("stylish"),
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
  const [{ loadRepository }, { validateRepository }, { compareDiagnostics }, { VALIDATE_FORMATTERS }] =
    await Promise.all([
      import("../repository/loader.js"),
      import("../model/validate-repository.js"),
      import("../core/diagnostic.js"),
      import("../formatters/validate/index.js"),
    ]);
  const { io } = ctx;
  const load = await loadRepository({ cwd: io.cwd, dir: ctx.globals().dir, paths });
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
  // SOURCE_DATE_EPOCH pins "today" too, so overdue reviews and ended terms are reproducible.
  const diagnostics = validateRepository(load, { now: validationDay(options.asOf) ?? generationTime(io) })
    .filter((d) => reported(d.file))
    .sort(compareDiagnostics);
  const sources = new Map<string, string>();
  for (const f of loaded) if (f.text !== undefined) sources.set(f.file, f.text);
  const files = loaded.map((f) => f.file).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const output = VALIDATE_FORMATTERS[options.format](
    { diagnostics, files, sources },
    { colors: await ctx.colors(), version: VERSION, failSeverity: options.failSeverity },
  );
  io.stdout(output);
  const threshold = SEVERITY_RANK[options.failSeverity];
  return diagnostics.some((d) => SEVERITY_RANK[d.severity] >= threshold) ? 1 : 0;
}

/** `--as-of`: "today" for reviews and terms, so a CI run gives the same verdict on any day. */
function validationDay(text: string | undefined): Date | undefined {
  if (text === undefined) return undefined;
  const date = parseDate(text);
  if (!date.ok) throw new UsageError(`--as-of: ${date.error}`);
  return new Date(date.value.day * 86_400_000);
}
