import { Option } from "commander";
import { DEFAULT_LOCALE, type Locale } from "../core/locale.js";
import { FAIL_ON, type FailOn } from "../coverage/verdict.js";
import { COVERAGE_FORMATTERS } from "../formatters/coverage/index.js";
import { formatNames } from "../formatters/formatter.js";
import type { RegisterCommand } from "./command.js";
import { formatOption } from "./format-option.js";
import { localeOption } from "./locale-option.js";
import { runOnModel } from "./run-command.js";

interface CoverageOptions {
  format: string;
  failOn: FailOn;
  sla?: string;
  customer?: string;
  locale?: Locale;
}

/** `slm coverage`: is every SLA target underpinned by OLA/UC targets (SPEC §5). */
export const registerCoverage: RegisterCommand = (program, ctx, setExit) => {
  program
    .command("coverage")
    .description(
      "prove every SLA target is underpinned by OLA/UC targets; exit 1 on gaps at or beyond --fail-on",
    )
    .addOption(formatOption(formatNames(COVERAGE_FORMATTERS), "table", "output format"))
    .addOption(
      new Option("--fail-on <verdict>", "exit 1 when a target is at or beyond this verdict")
        .choices(FAIL_ON)
        .default("at-risk"),
    )
    .option("--sla <name>", "only this SLA")
    .option("--customer <name>", "only SLAs with this customer")
    .addOption(
      localeOption("language of the markdown format (default: reports.locale in slm.config.yaml, else en)"),
    )
    .action(async (opts: CoverageOptions) => {
      const output = {
        formatters: COVERAGE_FORMATTERS,
        format: opts.format,
        context: { locale: DEFAULT_LOCALE },
      };
      setExit(
        await runOnModel(ctx, output, async ({ load, model }) => {
          output.context.locale = opts.locale ?? load.config.reports.locale ?? DEFAULT_LOCALE;
          const [{ computeCoverage }, { failsAt }, { checkSelection }] = await Promise.all([
            import("../coverage/compute-coverage.js"),
            import("../coverage/verdict.js"),
            import("./agreement-selection.js"),
          ]);
          checkSelection(model, { kind: "sla", sla: opts.sla, customer: opts.customer }, "coverage");
          const result = computeCoverage(model, { sla: opts.sla, customer: opts.customer });
          return { result, exit: failsAt(result, opts.failOn) ? 1 : 0 };
        }),
      );
    });
};
