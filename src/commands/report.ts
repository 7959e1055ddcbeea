import { Option } from "commander";
import { UsageError } from "../core/errors.js";
import type { RegisterCommand } from "./index.js";
import { formatOption } from "./format-option.js";

const FORMATS = ["md", "html", "json"] as const;
const KINDS = ["sla", "ola", "uc", "all"] as const;

interface ReportOptions {
  period: string;
  format?: (typeof FORMATS)[number];
  out?: string;
  sla?: string;
  customer?: string;
  kind: (typeof KINDS)[number];
  asOf?: string;
  trend?: string;
  data: string[];
  strict?: boolean;
  failOnBreach?: boolean;
  template?: string;
}

/** `slm report`: measure every agreement over a period and write one report each (SPEC §6). */
export const registerReport: RegisterCommand = (program, ctx, setExit) => {
  program
    .command("report")
    .description("measure agreements over a period and write service level reports")
    .requiredOption("--period <period>", "2024-05, 2024-Q2, 2024 or 2024-05-01..2024-05-15")
    .addOption(formatOption(FORMATS, undefined, "report format, default from config, else md"))
    .option("--out <dir>", "output directory (default from config, else reports); - for stdout with --sla")
    .option("--sla <name>", "only this agreement")
    .option("--customer <name>", "only agreements with this customer")
    .addOption(new Option("--kind <kind>", "which agreements").choices(KINDS).default("sla"))
    .option(
      "--as-of <instant>",
      "evaluate open tickets at this ISO 8601 instant (default: latest timestamp in the source)",
    )
    .option("--trend <n>", "number of previous periods in the trend (default from config, else 6)")
    .option(
      "--data <name=file>",
      "read DataSource NAME from FILE (repeatable)",
      (v: string, acc: string[]) => [...acc, v],
      [],
    )
    .option("--strict", "exit 1 when any data row cannot be read")
    .option("--fail-on-breach", "exit 1 when any target is breached")
    .option("--template <file>", "Handlebars template replacing the built-in one (md/html)")
    .action(async (opts: ReportOptions) => {
      const { runReport } = await import("./report-run.js");
      setExit(await runReport(ctx, opts));
    });
};

export type { ReportOptions };

/** Parses `--data NAME=FILE` values. */
export function parseDataOverrides(values: string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const v of values) {
    const eq = v.indexOf("=");
    if (eq <= 0 || eq === v.length - 1) throw new UsageError(`--data ${v}: expected NAME=FILE`);
    map.set(v.slice(0, eq), v.slice(eq + 1));
  }
  return map;
}
