import type { Model } from "../core/model.js";
import { VERSION } from "../core/version.js";
import type { FormatContext, FormatterTable } from "../formatters/formatter.js";
import type { LoadResult } from "../repository/loader.js";
import type { CommandContext, CommandResult } from "./context.js";

/** A repository that passed validation, as every command but `validate` needs it. */
export interface ValidRepository {
  load: LoadResult;
  model: Model;
}

/** What a command computed; the wrapper formats it and writes it. */
export interface CommandOutcome<R> {
  exit: CommandResult;
  /** Printed to stdout with the chosen formatter. */
  result?: R;
  /**
   * Printed to stdout one after the other, each with its own additions to the format context (a
   * report in its agreement's locale); after `result` when both are given.
   */
  results?: { result: R; context?: Partial<FormatContext> }[];
  /**
   * Each formatted with the chosen formatter (and its own additions to the format context) and
   * written atomically, all rendered before the first is written.
   */
  files?: { path: string; result: R; context?: Partial<FormatContext> }[];
  /** One line for stderr once everything is written ("wrote 4 reports to …"). */
  notice?: string;
}

/** The format chosen on the command line, and what the formatter needs beyond the result. */
export interface OutputChoice<R> {
  formatters: FormatterTable<R>;
  format: string;
  context?: Partial<FormatContext>;
}

/**
 * THE command wrapper (Redocly's `commandWrapper`): load the repository, stop on invalid input
 * (SPEC §4: exit 1 after the errors), run the command's own step, then format and write.
 */
export async function runOnModel<R>(
  ctx: CommandContext,
  output: OutputChoice<R>,
  step: (repository: ValidRepository) => Promise<CommandOutcome<R>>,
): Promise<CommandResult> {
  const repository = await loadValidRepository(ctx);
  if (typeof repository === "number") return repository;
  return deliver(ctx, output, await step(repository));
}

/** Loads and validates the repository of `-C DIR` (or the current directory); prints the errors and returns 1 when invalid. */
export async function loadValidRepository(ctx: CommandContext, cwd?: string): Promise<ValidRepository | 1> {
  const { loadModel } = await import("../model/load-model.js");
  const loaded = await loadModel({
    cwd: cwd ?? ctx.io.cwd,
    dir: cwd === undefined ? ctx.globals().dir : undefined,
    now: ctx.io.now(),
  });
  if (!loaded.model) {
    const { printInvalidRepository } = await import("./invalid-repository.js");
    return printInvalidRepository(ctx.io, loaded.diagnostics);
  }
  return { load: loaded.load, model: loaded.model };
}

/** The last step of every command: format the outcome and write it (stdout, files, a notice). */
export async function deliver<R>(
  ctx: CommandContext,
  output: OutputChoice<R>,
  outcome: CommandOutcome<R>,
): Promise<CommandResult> {
  const load = output.formatters[output.format];
  if (!load) throw new Error(`no formatter "${output.format}"`);
  const formatter = await load();
  const formatContext: FormatContext = {
    colors: await ctx.colors(),
    version: VERSION,
    failSeverity: "error",
    ...output.context,
  };
  if (outcome.files && outcome.files.length > 0) {
    const { writeFileAtomic } = await import("../output/write-atomic.js");
    // Render everything first: a failing template leaves no file of this run half-written.
    const rendered = outcome.files.map(
      (f) => [f.path, formatter(f.result, { ...formatContext, ...f.context })] as const,
    );
    for (const [path, text] of rendered) await writeFileAtomic(path, text);
  }
  if (outcome.result !== undefined) ctx.io.stdout(formatter(outcome.result, formatContext));
  if (outcome.results !== undefined) {
    // Rendered first, printed after: a failing template prints nothing of this run.
    const texts = outcome.results.map((r) => formatter(r.result, { ...formatContext, ...r.context }));
    for (const text of texts) ctx.io.stdout(text);
  }
  if (outcome.notice !== undefined) ctx.io.stderr(`${outcome.notice}\n`);
  return outcome.exit;
}
