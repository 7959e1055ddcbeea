import type { RegisterCommand } from "./index.js";
import { formatOption } from "./format-option.js";

const FORMATS = ["text", "markdown", "json"] as const;

export const registerDiff: RegisterCommand = (program, ctx, setExit) => {
  program
    .command("diff [base] [head]")
    .description(
      "semantic diff of the agreements between two git revisions (default: merge base with the default branch → work tree)",
    )
    .addOption(formatOption(FORMATS, "text", "output format"))
    .action(
      async (
        baseArg: string | undefined,
        headArg: string | undefined,
        opts: { format: (typeof FORMATS)[number] },
      ) => {
        const [
          { loadModel },
          { findRepositoryRoot },
          revision,
          { diffAgreements },
          { coverageChanges },
          { DIFF_FORMATTERS },
          path,
        ] = await Promise.all([
          import("../model/load-model.js"),
          import("../repository/repository-root.js"),
          import("../diff/git-revision.js"),
          import("../diff/agreement-diff.js"),
          import("../diff/coverage-diff.js"),
          import("../formatters/diff/index.js"),
          import("node:path"),
        ]);
        const root = findRepositoryRoot(path.resolve(ctx.io.cwd, ctx.globals().dir ?? "."));
        const base = baseArg ?? (await revision.defaultBase(root));
        const now = ctx.io.now();
        const load = async (rev: string | undefined) => {
          const dir = rev === undefined ? root : await revision.checkoutRevision(root, rev);
          return loadModel({ cwd: dir, now });
        };
        const [before, after] = await Promise.all([load(base), load(headArg)]);
        for (const [label, loaded] of [
          [base, before],
          [headArg ?? "work tree", after],
        ] as const) {
          if (!loaded.model) {
            const { printInvalidRepository } = await import("./invalid-repository.js");
            ctx.io.stderr(`slm: the agreements at ${label} do not validate\n`);
            setExit(printInvalidRepository(ctx.io, loaded.diagnostics));
            return;
          }
        }
        const result = {
          base,
          head: headArg ?? "work tree",
          changes: diffAgreements(before.model!, after.model!),
          coverage: coverageChanges(before.model!, after.model!),
        };
        ctx.io.stdout(DIFF_FORMATTERS[opts.format](result, { colors: await ctx.colors() }));
        setExit(0);
      },
    );
};
