import { UsageError } from "../core/errors.js";
import { DAY_MS } from "../core/units.js";
import type { DiffResult } from "../diff/diff-result.js";
import { DIFF_FORMATTERS } from "../formatters/diff/index.js";
import { formatNames } from "../formatters/formatter.js";
import type { HistoryReader } from "../history/revisions.js";
import type { RegisterCommand } from "./command.js";
import type { CommandContext, CommandResult } from "./context.js";
import { formatOption } from "./format-option.js";
import { type ValidRepository, deliver, loadValidRepository } from "./run-command.js";

interface DiffOptions {
  format: string;
  replay?: string;
  asOf?: string;
}

/** `slm diff [BASE [HEAD]]`: what changes in the customers' terms between two revisions (SPEC §7, §16). */
export const registerDiff: RegisterCommand = (program, ctx, setExit) => {
  program
    .command("diff [base] [head]")
    .description(
      "semantic diff of the agreements between two git revisions (default: merge base with the default branch → work tree)",
    )
    .addOption(formatOption(formatNames(DIFF_FORMATTERS), "text", "output format"))
    .option(
      "--replay <n>",
      "re-measure the last N complete periods (of each target's window: months, quarters, years) under the base and the head terms",
    )
    .option(
      "--as-of <instant>",
      "with --replay: the periods complete at this ISO 8601 instant, open tickets evaluated then (default: now)",
    )
    .action(async (baseArg: string | undefined, headArg: string | undefined, opts: DiffOptions) => {
      setExit(await diff(ctx, baseArg, headArg, opts));
    });
};

async function diff(
  ctx: CommandContext,
  baseArg: string | undefined,
  headArg: string | undefined,
  opts: DiffOptions,
): Promise<CommandResult> {
  if (opts.replay !== undefined && !/^[1-9]\d{0,2}$/.test(opts.replay))
    throw new UsageError(`--replay ${opts.replay}: expected a number of periods from 1 to 999`);
  if (opts.asOf !== undefined && opts.replay === undefined)
    throw new UsageError("--as-of applies to --replay");
  const [
    { loadRepository },
    { HistoryReader },
    { defaultBase },
    { modelOf },
    { diffAgreements },
    { coverageChanges },
    { templateChanges },
    { effectiveDocuments },
    { retroactiveChanges },
    { printInvalidRepository },
  ] = await Promise.all([
    import("../repository/loader.js"),
    import("../history/revisions.js"),
    import("../diff/git-revision.js"),
    import("../model/load-model.js"),
    import("../diff/agreement-diff.js"),
    import("../diff/coverage-diff.js"),
    import("../diff/template-changes.js"),
    import("../model/effective-agreements.js"),
    import("../diff/retroactive-changes.js"),
    import("./invalid-repository.js"),
  ]);
  // The work tree decides what an agreement file is in every revision (its slm.config.yaml).
  const work = await loadRepository({ cwd: ctx.io.cwd, dir: ctx.globals().dir });
  const reader = new HistoryReader(work);
  try {
    const base = baseArg ?? (await defaultBase(work.root));
    const revision = async (rev: string): Promise<ValidRepository | 1> => {
      const { load } = await reader.revision(rev);
      const built = modelOf(load, ctx.io.now());
      if (!built.model) {
        printInvalidRepository(ctx.io, built.diagnostics);
        ctx.io.stderr(`slm: the agreements at ${rev} do not validate\n`);
        return 1;
      }
      return { load, model: built.model };
    };
    const before = await revision(base);
    if (before === 1) return 1;
    const after = headArg === undefined ? await loadValidRepository(ctx) : await revision(headArg);
    if (after === 1) {
      if (headArg === undefined) ctx.io.stderr("slm: the agreements at work tree do not validate\n");
      return 1;
    }
    const coverage = coverageChanges(before.model, after.model);
    const inherited = templateChanges(
      diffAgreements(before.model, after.model),
      coverage,
      effectiveDocuments(before.load.documents).documents,
      effectiveDocuments(after.load.documents).documents,
    );
    const changes = inherited.changes;
    const result: DiffResult = {
      base,
      head: headArg ?? "work tree",
      changes,
      coverage,
      ...(inherited.templates.length > 0 ? { templates: inherited.templates } : {}),
      warnings: retroactiveChanges(before.model, after.model, changes),
    };
    if (opts.replay !== undefined) {
      result.replay = await replayOf(
        ctx,
        reader,
        { base, head: headArg, before, after },
        Number(opts.replay),
        opts.asOf,
      );
    }
    return deliver(ctx, { formatters: DIFF_FORMATTERS, format: opts.format }, { result, exit: 0 });
  } finally {
    reader.close();
  }
}

async function replayOf(
  ctx: CommandContext,
  reader: HistoryReader,
  sides: { base: string; head?: string; before: ValidRepository; after: ValidRepository },
  periods: number,
  asOfOption: string | undefined,
) {
  const [
    { replay },
    { termsFromHistory },
    { SnapshotModels },
    { parseInstantOption },
    { isoInstant },
    { generationTime },
  ] = await Promise.all([
    import("../diff/replay.js"),
    import("../model/terms-from-history.js"),
    import("../model/terms-in-force.js"),
    import("../time/instant-option.js"),
    import("../text/local-time.js"),
    import("./io.js"),
  ]);
  const now = ctx.io.now();
  const asOf = parseInstantOption("--as-of", asOfOption);
  const at = asOf ?? now.getTime();
  const models = new SnapshotModels(now);
  const [baseTerms, headTerms] = await Promise.all([
    termsFromHistory(sides.before, { now, tip: sides.base, reader, models }),
    termsFromHistory(sides.after, {
      now,
      ...(sides.head === undefined ? {} : { tip: sides.head }),
      reader,
      models,
    }),
  ]);
  return replay({
    load: sides.after.load,
    model: sides.after.model,
    cwd: ctx.io.cwd,
    generatedAt: generationTime(ctx.io),
    asOf,
    dataOverrides: new Map(),
    base: { model: sides.before.model, terms: baseTerms },
    head: { model: sides.after.model, terms: headTerms },
    periods,
    today: Math.floor(at / DAY_MS),
    asOfText: isoInstant(at),
  });
}
