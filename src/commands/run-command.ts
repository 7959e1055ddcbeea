import { resolve } from "node:path";
import { UsageError } from "../core/errors.js";
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
  /** Each formatted with the chosen formatter and written atomically, all rendered before the first is written. */
  files?: { path: string; result: R }[];
  /** The output directory every file of `files` must really be inside (symbolic links resolved). */
  outDir?: string;
  /** For stderr once everything is written ("wrote 4 reports to …"); a newline ends it. */
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
  options: LoadHooks = {},
): Promise<CommandResult> {
  const repository = await loadValidRepository(ctx, undefined, options);
  if (typeof repository === "number") return repository;
  return deliver(ctx, output, await step(repository));
}

/** What a command may do between reading the repository and validating it. */
export interface LoadHooks {
  /** Called with the documents as read, before validation (the report command starts its reader threads). */
  onLoaded?: (load: LoadResult) => void;
}

/** Loads and validates the repository of `-C DIR` (or the current directory); prints the errors and returns 1 when invalid. */
export async function loadValidRepository(
  ctx: CommandContext,
  cwd?: string,
  hooks: LoadHooks = {},
): Promise<ValidRepository | 1> {
  const { loadModel } = await import("../model/load-model.js");
  const { dir, config } = ctx.globals();
  const loaded = await loadModel({
    cwd: cwd ?? ctx.io.cwd,
    dir: cwd === undefined ? dir : undefined,
    // Resolved against where the command started: a revision checked out elsewhere (diff) reads the same file.
    config: config === undefined ? undefined : resolve(ctx.io.cwd, dir ?? ".", config),
    now: ctx.io.now(),
    onLoaded: hooks.onLoaded,
  });
  if (!loaded.model) {
    const { printInvalidRepository } = await import("./invalid-repository.js");
    return printInvalidRepository(ctx.io, loaded.diagnostics);
  }
  return { load: loaded.load, model: loaded.model };
}

/**
 * The last step of every command: format the outcome and write it — the files, stdout (or
 * `--output FILE`), every `--format NAME=FILE`, then a notice. Everything is rendered before the
 * first byte is written, so a failing formatter leaves no file of this run half-written.
 */
export async function deliver<R>(
  ctx: CommandContext,
  output: OutputChoice<R>,
  outcome: CommandOutcome<R>,
): Promise<CommandResult> {
  const formatContext: FormatContext = {
    colors: await ctx.colors(),
    version: VERSION,
    failSeverity: "error",
    ...output.context,
  };
  const render = async (format: string, result: R): Promise<string> => {
    const load = output.formatters[format];
    if (!load) throw new Error(`no formatter "${format}"`);
    return (await load())(result, formatContext);
  };
  const { output: outputFile, formatFiles } = ctx.globals();
  if (outcome.result === undefined) {
    if (outputFile !== undefined) {
      throw new UsageError(
        `--output: this command writes its own files and prints nothing to put in ${outputFile}`,
      );
    }
    const [first] = formatFiles;
    if (first) {
      throw new UsageError(
        `--format ${first.format}=${first.path}: this command writes its own files; choose one --format`,
      );
    }
  }
  // [path, text, the directory it must stay inside]
  const writes: [string, string, string | undefined][] = [];
  for (const f of outcome.files ?? [])
    writes.push([f.path, await render(output.format, f.result), outcome.outDir]);
  let stdout: string | undefined;
  if (outcome.result !== undefined) {
    const text = await render(output.format, outcome.result);
    if (outputFile === undefined) stdout = text;
    else writes.push([resolve(ctx.io.cwd, outputFile), text, undefined]);
    for (const { format, path } of formatFiles) {
      // Machine formats of the same run never carry colour, whatever stdout is.
      const colors = formatContext.colors.level === 0 ? formatContext.colors : await noColors();
      const plain = (await output.formatters[format]!())(outcome.result, { ...formatContext, colors });
      writes.push([resolve(ctx.io.cwd, path), plain, undefined]);
    }
  }
  if (writes.length > 0) {
    const { writeFileAtomic } = await import("../output/write-atomic.js");
    for (const [path, text, inside] of writes) await writeFileAtomic(path, text, { inside });
  }
  if (stdout !== undefined) ctx.io.stdout(stdout);
  if (outcome.notice !== undefined) ctx.io.stderr(`${outcome.notice}\n`);
  return outcome.exit;
}

async function noColors() {
  const { Chalk } = await import("chalk");
  return new Chalk({ level: 0 });
}
