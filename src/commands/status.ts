import { Option } from "commander";
import { DEFAULT_LOCALE, type Locale } from "../core/locale.js";
import { formatNames } from "../formatters/formatter.js";
import { STATUS_FORMATTERS } from "../formatters/status/index.js";
import { STATUS_FAIL_ON, type StatusFailOn } from "../status/fail-on.js";
import type { KindOption } from "./agreement-selection.js";
import type { RegisterCommand } from "./command.js";
import { formatOption } from "./format-option.js";
import { localeOption } from "./locale-option.js";
import { runOnModel } from "./run-command.js";

const KINDS = ["sla", "ola", "uc", "all"] as const;

interface StatusOptions {
  asOf?: string;
  kind: KindOption;
  failOn: StatusFailOn;
  format: string;
  sla?: string;
  customer?: string;
  data: string[];
  locale?: Locale;
}

/** `slm status`: every target's window in progress, its burn rate and forecast (SPEC §20). */
export const registerStatus: RegisterCommand = (program, ctx, setExit) => {
  program
    .command("status")
    .description(
      "the assessment windows in progress: budget used, burn rate and forecast; exit 1 at --fail-on",
    )
    .option("--as-of <instant>", "judge the windows holding this ISO 8601 instant, up to it (default: now)")
    .addOption(new Option("--kind <kind>", "which agreements").choices(KINDS).default("sla"))
    .addOption(
      new Option(
        "--fail-on <state>",
        "exit 1 when a target is at risk or forecast breached (at-risk), only breached (breach), or never",
      )
        .choices(STATUS_FAIL_ON)
        .default("at-risk"),
    )
    .addOption(formatOption(formatNames(STATUS_FORMATTERS), "table", "output format"))
    .addOption(
      localeOption(
        "language of the table and markdown formats (default: reports.locale in slm.config.yaml, else en)",
      ),
    )
    .option("--sla <name>", "only this agreement")
    .option("--customer <name>", "only agreements with this customer")
    .option(
      "--data <name=file>",
      "read DataSource NAME from FILE (repeatable)",
      (v: string, acc: string[]) => [...acc, v],
      [],
    )
    .action(async (opts: StatusOptions) => {
      const [{ parseInstantOption }, { parseDataOverrides }] = await Promise.all([
        import("../time/instant-option.js"),
        import("./report.js"),
      ]);
      const asOf = parseInstantOption("--as-of", opts.asOf) ?? ctx.io.now().getTime();
      const dataOverrides = parseDataOverrides(opts.data);
      const output = {
        formatters: STATUS_FORMATTERS,
        format: opts.format,
        context: { locale: DEFAULT_LOCALE },
      };
      setExit(
        await runOnModel(ctx, output, async ({ load, model }) => {
          output.context.locale = opts.locale ?? load.config.reports.locale ?? DEFAULT_LOCALE;
          const [{ portfolioStatus }, { statusFails }, { checkSelection }] = await Promise.all([
            import("../status/portfolio-status.js"),
            import("../status/fail-on.js"),
            import("./agreement-selection.js"),
          ]);
          const selection = { kind: opts.kind, sla: opts.sla, customer: opts.customer };
          checkSelection(model, selection);
          const result = await portfolioStatus({
            load,
            model,
            cwd: ctx.io.cwd,
            asOf,
            dataOverrides,
            ...selection,
          });
          return { result, exit: statusFails(result, opts.failOn) ? 1 : 0 };
        }),
      );
    });
};
