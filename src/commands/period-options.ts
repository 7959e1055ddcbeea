import type { Command, Option } from "commander";
import { DEFAULT_LOCALE, type Locale } from "../core/locale.js";
import type { Period } from "../time/period.js";
import { localeOption } from "./locale-option.js";

/** The options of a command that judges one period from the sources into one localised result. */
export interface PeriodOptions {
  period: string;
  asOf?: string;
  locale?: Locale;
}

/**
 * `--period P` (required) and `--as-of INSTANT`, as `slm credits` and `slm kpi` read them: both
 * measure the period as `slm report` does, so open tickets are evaluated the same way.
 */
export function addPeriodOptions(command: Command): Command {
  return command
    .requiredOption("--period <period>", "2024-05, 2024-Q2, 2024 or 2024-05-01..2024-05-15")
    .option(
      "--as-of <instant>",
      "evaluate open tickets at this ISO 8601 instant (default: latest in each source)",
    );
}

/** `--locale` of the human formats named (`"table and markdown formats"`), defaulting from the config. */
export function periodLocaleOption(formats: string): Option {
  return localeOption(`language of the ${formats} (default: reports.locale in slm.config.yaml, else en)`);
}

/** Parsed before the repository loads, so a bad period or instant is a usage error (exit 2) first. */
export async function parsePeriodOptions(
  opts: PeriodOptions,
): Promise<{ period: Period; asOf: number | undefined }> {
  const [{ parsePeriod }, { parseInstantOption }] = await Promise.all([
    import("../time/period.js"),
    import("../time/instant-option.js"),
  ]);
  return { period: parsePeriod(opts.period), asOf: parseInstantOption("--as-of", opts.asOf) };
}

/** The language of the human formats: `--locale`, else `reports.locale` of slm.config.yaml, else en. */
export function periodLocale(opts: PeriodOptions, config: { reports: { locale?: Locale } }): Locale {
  return opts.locale ?? config.reports.locale ?? DEFAULT_LOCALE;
}
