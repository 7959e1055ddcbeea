import { UsageError } from "../core/errors.js";
import type { SkippedBreach } from "../improve/draft-improvements.js";
import type { RegisterCommand } from "./command.js";
import { generationTime } from "./io.js";
import { runOnModel } from "./run-command.js";

interface ImproveNewOptions {
  fromReport: string;
  out?: string;
  force?: boolean;
  raised?: string;
}

/** `slm improve new --from-report FILE.json`: Improvement drafts for a report's breaches (SPEC §15, docs/iso-20000.md). */
export const registerImprove: RegisterCommand = (program, ctx, setExit) => {
  const improve = program.command("improve").description("the improvement register (kind: Improvement)");
  improve
    .command("new")
    .description(
      "draft one Improvement per breached target of a report (slm report --format json), cause lines filled from the breach causes",
    )
    .requiredOption("--from-report <file>", "a report written by slm report --format json")
    .option("--out <dir>", "the folder to write the drafts into (default: improvements/ in the repository)")
    .option("--force", "overwrite draft files that exist")
    .option("--raised <date>", "the raised date of the drafts (default: SOURCE_DATE_EPOCH's day, else today)")
    .action(async (opts: ImproveNewOptions) => {
      const [
        { resolve, relative, join },
        { readFile, access },
        { parseDate },
        { describeSystemError },
        { InputError },
      ] = await Promise.all([
        import("node:path"),
        import("node:fs/promises"),
        import("../core/values/date.js"),
        import("../core/system-errors.js"),
        import("../core/errors.js"),
      ]);
      const raised = parseDate(opts.raised ?? generationTime(ctx.io).toISOString().slice(0, 10));
      if (!raised.ok) throw new UsageError(`--raised: ${raised.error}`);
      const file = resolve(ctx.io.cwd, opts.fromReport);
      const text = await readFile(file, "utf8").catch((error: unknown) => {
        throw new InputError(`cannot read ${opts.fromReport}: ${describeSystemError(error)}`);
      });
      const { IMPROVE_FORMATTERS } = await import("../formatters/improve/index.js");
      setExit(
        await runOnModel(ctx, { formatters: IMPROVE_FORMATTERS, format: "yaml" }, async ({ load, model }) => {
          const { draftImprovements, reportsFromJson } = await import("../improve/draft-improvements.js");
          const reports = reportsFromJson(text, opts.fromReport);
          const { drafts, skipped } = draftImprovements(model, reports, raised.value.text);
          const outDir =
            opts.out === undefined ? join(load.root, "improvements") : resolve(ctx.io.cwd, opts.out);
          const shown = opts.out ?? "improvements";
          const files = drafts.map((d) => ({ path: join(outDir, `${d.name}.yaml`), result: d }));
          if (!opts.force) {
            const existing: string[] = [];
            for (const f of files)
              if (
                await access(f.path).then(
                  () => true,
                  () => false,
                )
              )
                existing.push(f.path);
            if (existing.length > 0) {
              const names = existing.map((p) => relative(ctx.io.cwd, p)).join(", ");
              throw new UsageError(`${names}: already there (use --force to overwrite); nothing written`);
            }
          }
          for (const s of skipped) ctx.io.stderr(`slm: ${describeSkipped(s)}\n`);
          return {
            outDir,
            files,
            notice:
              drafts.length === 0
                ? `slm: no Improvement drafted: ${reports.some((r) => r.breaches.length > 0) ? "every breach of the report is addressed or still running" : "the report has no breach"}`
                : `drafted ${drafts.length} Improvement${drafts.length === 1 ? "" : "s"} in ${shown}: ${drafts.map((d) => `${d.name}.yaml`).join(", ")}`,
            exit: 0,
          };
        }),
      );
    });
};

function describeSkipped(s: SkippedBreach): string {
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
