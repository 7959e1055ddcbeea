import { Option } from "commander";
import { OPENSLO_FORMATTERS } from "../formatters/openslo/index.js";
import type { RegisterCommand } from "./command.js";
import { runOnModel } from "./run-command.js";

const KINDS = ["sla", "ola", "uc", "all"] as const;

/** `slm export openslo`: the targets for monitoring tools (SPEC §7). */
export const registerExport: RegisterCommand = (program, ctx, setExit) => {
  const exporter = program.command("export").description("export agreements to other formats");
  exporter
    .command("openslo")
    .description(
      "each SLA/OLA/UC target as an OpenSLO v1 SLO document, with the DataSources they read (stdout, or files)",
    )
    .option(
      "--out <dir>",
      "write <dir>/<kind>-<agreement>.yaml per agreement (and datasources.yaml) instead of printing to stdout",
    )
    .addOption(new Option("--kind <kind>", "which agreements").choices(KINDS).default("all"))
    .action(async (opts: { out?: string; kind: (typeof KINDS)[number] }) => {
      setExit(
        await runOnModel(ctx, { formatters: OPENSLO_FORMATTERS, format: "yaml" }, async ({ model }) => {
          const [{ exportOpenSlo }, { resolve, join }] = await Promise.all([
            import("../openslo/export-slos.js"),
            import("node:path"),
          ]);
          const agreements = model.agreements.filter(
            (a) => opts.kind === "all" || a.kind.toLowerCase() === opts.kind,
          );
          if (!opts.out) return { result: exportOpenSlo(model, agreements), exit: 0 };
          const dir = resolve(ctx.io.cwd, opts.out);
          // The DataSources once, in their own file: a tool reading the whole folder sees each name once.
          const dataSources = exportOpenSlo(model, agreements).filter((d) => d.kind === "DataSource");
          const files = agreements.map((a) => ({
            path: join(dir, `${a.kind.toLowerCase()}-${a.metadata.name}.yaml`),
            result: exportOpenSlo(model, [a]).filter((d) => d.kind === "SLO"),
          }));
          if (dataSources.length > 0)
            files.push({ path: join(dir, "datasources.yaml"), result: dataSources });
          return {
            outDir: dir,
            files,
            notice: `wrote ${files.length} file${files.length === 1 ? "" : "s"} to ${opts.out}`,
            exit: 0,
          };
        }),
      );
    });
};
