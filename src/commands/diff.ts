import type { Snapshot } from "../diff/git-revision.js";
import { DIFF_FORMATTERS } from "../formatters/diff/index.js";
import { formatNames } from "../formatters/formatter.js";
import type { RegisterCommand } from "./command.js";
import { formatOption } from "./format-option.js";
import { deliver, loadValidRepository } from "./run-command.js";

/** `slm diff [BASE [HEAD]]`: what changes in the customers' terms between two revisions (SPEC §7). */
export const registerDiff: RegisterCommand = (program, ctx, setExit) => {
  program
    .command("diff [base] [head]")
    .description(
      "semantic diff of the agreements between two git revisions (default: merge base with the default branch → work tree)",
    )
    .addOption(formatOption(formatNames(DIFF_FORMATTERS), "text", "output format"))
    .action(async (baseArg: string | undefined, headArg: string | undefined, opts: { format: string }) => {
      const [{ findRepositoryRoot }, revision, { diffAgreements }, { coverageChanges }, path] =
        await Promise.all([
          import("../repository/repository-root.js"),
          import("../diff/git-revision.js"),
          import("../diff/agreement-diff.js"),
          import("../diff/coverage-diff.js"),
          import("node:path"),
        ]);
      const root = findRepositoryRoot(path.resolve(ctx.io.cwd, ctx.globals().dir ?? "."));
      const base = baseArg ?? (await revision.defaultBase(root));
      // Two repositories instead of one: each revision is loaded and validated like the work tree,
      // from a snapshot that is removed once both are loaded, whatever happened.
      const snapshots: Snapshot[] = [];
      const load = async (rev: string | undefined) => {
        if (rev === undefined) return loadValidRepository(ctx, root);
        const snapshot = await revision.checkoutRevision(root, rev);
        snapshots.push(snapshot);
        return loadValidRepository(ctx, snapshot.dir);
      };
      const settled = await Promise.allSettled([load(base), load(headArg)]);
      await Promise.all(snapshots.map((s) => s.remove()));
      const [before, after] = settled.map((s) => {
        if (s.status === "rejected") throw s.reason;
        return s.value;
      }) as [Awaited<ReturnType<typeof load>>, Awaited<ReturnType<typeof load>>];
      for (const [label, loaded] of [
        [base, before],
        [headArg ?? "work tree", after],
      ] as const) {
        if (typeof loaded === "number") {
          ctx.io.stderr(`slm: the agreements at ${label} do not validate\n`);
          setExit(loaded);
          return;
        }
      }
      const [b, a] = [before, after] as [Exclude<typeof before, number>, Exclude<typeof after, number>];
      const result = {
        base,
        head: headArg ?? "work tree",
        changes: diffAgreements(b.model, a.model),
        coverage: coverageChanges(b.model, a.model),
      };
      setExit(await deliver(ctx, { formatters: DIFF_FORMATTERS, format: opts.format }, { result, exit: 0 }));
    });
};
