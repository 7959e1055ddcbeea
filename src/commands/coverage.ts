import { Option } from "commander";
import type { RegisterCommand } from "./index.js";
import { formatOption } from "./format-option.js";

// Kept in step with COVERAGE_FORMATTERS / FAIL_ON (a test checks it) so registration stays cheap:
// the formatters and the coverage core are imported only when the command runs.
export const COVERAGE_FORMAT_NAMES = ["table", "markdown", "json"] as const;
export const FAIL_ON_NAMES = ["at-risk", "uncovered", "never"] as const;

interface CoverageOptions {
  format: (typeof COVERAGE_FORMAT_NAMES)[number];
  failOn: (typeof FAIL_ON_NAMES)[number];
  sla?: string;
  customer?: string;
}

export const registerCoverage: RegisterCommand = (program, ctx, setExit) => {
  program
    .command("coverage")
    .description(
      "prove every SLA target is underpinned by OLA/UC targets; exit 1 on gaps at or beyond --fail-on",
    )
    .addOption(formatOption(COVERAGE_FORMAT_NAMES, "table", "output format"))
    .addOption(
      new Option("--fail-on <verdict>", "exit 1 when a target is at or beyond this verdict")
        .choices(FAIL_ON_NAMES)
        .default("at-risk"),
    )
    .option("--sla <name>", "only this SLA")
    .option("--customer <name>", "only SLAs with this customer")
    .action(async (opts: CoverageOptions) => {
      const [{ UsageError }, { loadModel }, { computeCoverage }, { failsAt }] = await Promise.all([
        import("../core/errors.js"),
        import("../model/load-model.js"),
        import("../coverage/compute-coverage.js"),
        import("../coverage/verdict.js"),
      ]);
      const loaded = await loadModel({ cwd: ctx.io.cwd, dir: ctx.globals().dir, now: ctx.io.now() });
      if (!loaded.model) {
        const { printInvalidRepository } = await import("./invalid-repository.js");
        setExit(printInvalidRepository(ctx.io, loaded.diagnostics));
        return;
      }
      const slas = loaded.model.agreements.filter((a) => a.kind === "SLA");
      if (opts.sla !== undefined && !slas.some((a) => a.metadata.name === opts.sla)) {
        throw new UsageError(`--sla: no SLA named "${opts.sla}"${known(slas.map((a) => a.metadata.name))}`);
      }
      if (opts.customer !== undefined && !slas.some((a) => a.customer === opts.customer)) {
        throw new UsageError(
          `--customer: no SLA has customer "${opts.customer}"${known(slas.map((a) => a.customer))}`,
        );
      }
      const result = computeCoverage(loaded.model, { sla: opts.sla, customer: opts.customer });
      const { COVERAGE_FORMATTERS } = await import("../formatters/coverage/index.js");
      ctx.io.stdout(COVERAGE_FORMATTERS[opts.format](result, { colors: await ctx.colors() }));
      setExit(failsAt(result, opts.failOn) ? 1 : 0);
    });
};

function known(names: string[]): string {
  const unique = [...new Set(names)].sort();
  if (unique.length === 0) return " (the repository has no SLA)";
  const shown = unique.slice(0, 10).join(", ");
  return ` (known: ${shown}${unique.length > 10 ? `, … ${unique.length - 10} more` : ""})`;
}
