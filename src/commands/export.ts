import { Option } from "commander";
import type { RegisterCommand } from "./index.js";

const KINDS = ["sla", "ola", "uc", "all"] as const;

export const registerExport: RegisterCommand = (program, ctx, setExit) => {
  const exporter = program.command("export").description("export agreements to other formats");
  exporter
    .command("openslo")
    .description("each SLA/OLA/UC target as an OpenSLO v1 SLO document (stdout, or one file per agreement)")
    .option("--out <dir>", "write <dir>/<kind>-<agreement>.yaml instead of printing to stdout")
    .addOption(new Option("--kind <kind>", "which agreements").choices(KINDS).default("all"))
    .action(async (opts: { out?: string; kind: (typeof KINDS)[number] }) => {
      const [{ loadModel }, { exportOpenSlo }, { stringify }, { writeFileAtomic }] = await Promise.all([
        import("../model/load-model.js"),
        import("../export/openslo.js"),
        import("yaml"),
        import("../output/write-atomic.js"),
      ]);
      const loaded = await loadModel({ cwd: ctx.io.cwd, dir: ctx.globals().dir, now: ctx.io.now() });
      if (!loaded.model) {
        const { printInvalidRepository } = await import("./invalid-repository.js");
        setExit(printInvalidRepository(ctx.io, loaded.diagnostics));
        return;
      }
      const model = loaded.model;
      const agreements = model.agreements.filter(
        (a) => opts.kind === "all" || a.kind.toLowerCase() === opts.kind,
      );
      const toYaml = (docs: object[]) => docs.map((d) => `---\n${stringify(d, { lineWidth: 0 })}`).join("");
      if (!opts.out) {
        ctx.io.stdout(toYaml(exportOpenSlo(model, agreements)));
        setExit(0);
        return;
      }
      const { resolve, join } = await import("node:path");
      const dir = resolve(ctx.io.cwd, opts.out);
      for (const a of agreements) {
        await writeFileAtomic(
          join(dir, `${a.kind.toLowerCase()}-${a.metadata.name}.yaml`),
          toYaml(exportOpenSlo(model, [a])),
        );
      }
      ctx.io.stderr(`wrote ${agreements.length} file${agreements.length === 1 ? "" : "s"} to ${opts.out}\n`);
      setExit(0);
    });
};
