import { Option } from "commander";
import { IMPORT_FORMATTERS } from "../formatters/import/index.js";
import { oneLine } from "../text/control-characters.js";
import type { RegisterCommand } from "./command.js";
import type { CommandContext, CommandResult } from "./context.js";
import { deliver } from "./run-command.js";

const KINDS = ["sla", "ola", "uc"] as const;

interface ImportCommandOptions {
  out?: string;
  kind: (typeof KINDS)[number];
  provider?: string;
  customer?: string;
  start?: string;
}

/** `slm import openslo PATHS…`: OpenSLO SLOs as slm agreements, with a note for everything not carried. */
export const registerImport: RegisterCommand = (program, ctx, setExit) => {
  const importer = program.command("import").description("import agreements from other formats");
  importer
    .command("openslo")
    .description(
      "OpenSLO v1 SLOs (files or directories) as slm documents; what slm cannot hold is listed on stderr",
    )
    .argument("<paths...>", "OpenSLO files or directories (*.yaml, *.yml, *.json)")
    .option(
      "--out <dir>",
      "write services.yaml, calendars.yaml, datasources.yaml and agreements/<kind>-<name>.yaml",
    )
    .addOption(
      new Option("--kind <kind>", "kind of the agreements, unless an SLO says (slm-kind label)")
        .choices(KINDS)
        .default("sla"),
    )
    .option("--provider <name>", "provider of SLOs without a provider label")
    .option("--customer <name>", "customer of SLOs without a customer label")
    .option("--start <date>", "term start of SLOs without a calendar-aligned window (default today)")
    .action(async (paths: string[], options: ImportCommandOptions) => {
      setExit(await importOpenSloCommand(ctx, paths, options));
    });
};

async function importOpenSloCommand(
  ctx: CommandContext,
  paths: string[],
  options: ImportCommandOptions,
): Promise<CommandResult> {
  const [{ importOpenSlo }, { readOpenSloInputs }, { parseDate }, { UsageError }, { resolve, join }] =
    await Promise.all([
      import("../openslo/import-slos.js"),
      import("../openslo/read-inputs.js"),
      import("../core/values/date.js"),
      import("../core/errors.js"),
      import("node:path"),
    ]);
  const start = options.start ?? ctx.io.now().toISOString().slice(0, 10);
  const parsed = parseDate(start);
  if (!parsed.ok) throw new UsageError(`--start: ${parsed.error}`);
  const cwd = resolve(ctx.io.cwd, ctx.globals().dir ?? ".");
  const result = importOpenSlo(readOpenSloInputs(cwd, paths), {
    kind: options.kind.toUpperCase() as "SLA" | "OLA" | "UC",
    provider: options.provider,
    customer: options.customer,
    start,
  });
  // One line per note whatever a value in it holds (a name or query with a line break).
  const lines = result.notes.map((n) => {
    const where = n.file ? `${n.file}: doc ${n.document}${n.object ? ` (${n.object})` : ""}` : n.object;
    return oneLine(`${where}: ${n.message}`);
  });
  const agreements = result.documents.filter((d) => ["SLA", "OLA", "UC"].includes(d.kind)).length;
  lines.push(
    `imported ${result.targets} target${result.targets === 1 ? "" : "s"} into ${agreements} agreement${agreements === 1 ? "" : "s"}; ${result.notes.length} note${result.notes.length === 1 ? "" : "s"} on what was not carried or only approximated`,
  );
  const notice = lines.join("\n");
  // Nothing carried at all is a finding: a pipeline that imports should notice.
  const exit = result.targets > 0 ? 0 : 1;
  const output = { formatters: IMPORT_FORMATTERS, format: "yaml" };
  if (!options.out) return deliver(ctx, output, { result: result.documents, notice, exit });
  const dir = resolve(cwd, options.out);
  const group = (kinds: string[]) => result.documents.filter((d) => kinds.includes(d.kind));
  const files = [
    { path: join(dir, "services.yaml"), result: group(["Service"]) },
    { path: join(dir, "calendars.yaml"), result: group(["Calendar"]) },
    { path: join(dir, "datasources.yaml"), result: group(["DataSource"]) },
    ...group(["SLA", "OLA", "UC"]).map((d) => ({
      path: join(dir, "agreements", `${d.kind.toLowerCase()}-${String(d.metadata.name)}.yaml`),
      result: [d],
    })),
  ].filter((f) => f.result.length > 0);
  return deliver(ctx, output, { files, notice, exit });
}
