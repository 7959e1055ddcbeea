import type { ChalkInstance } from "chalk";
import type { Locale } from "../core/locale.js";
import type { Severity } from "../core/severity.js";
import type { ReportModel } from "../report/report-model.js";

/** What every formatter may read besides the result; the command decides each field. */
export interface FormatContext {
  /** Colours for human formats: a no-colour instance unless colour is allowed. Machine formats ignore it. */
  colors: ChalkInstance;
  /** slm's version, for formats that name their tool (SARIF, JUnit). */
  version: string;
  /** Findings at or above this severity fail the run (validate; JUnit failures). */
  failSeverity: Severity;
  /** A user's Handlebars template replacing the built-in one (report md/html). */
  templatePath?: string;
  /**
   * Prepended to repository-relative paths by the CI formats (github, sarif), which name files
   * from the git work-tree root: "platform/slm/" when slm's root is that folder of the work tree.
   */
  workTreePrefix?: string;
  /** The language of human formats that are localised (report md/html, kpi and coverage markdown); machine formats ignore it. */
  locale?: Locale;
  /**
   * The language of each report of one run (report md/html), which may differ per agreement
   * (SPEC §18: `spec.locale`); `locale` when absent.
   */
  reportLocale?: (report: ReportModel) => Locale;
}

/** The one formatter contract (Spectral's): a pure function from a command's result to the whole output. */
export type Formatter<R> = (result: R, ctx: FormatContext) => string;

/**
 * A command's formats, name → loader. The names feed commander's `.choices()` when the command is
 * registered, which happens on every start: the loaders keep the formatter modules unloaded until
 * one is used.
 */
export type FormatterTable<R> = Readonly<Record<string, () => Promise<Formatter<R>>>>;

export function formatNames<R>(table: FormatterTable<R>): string[] {
  return Object.keys(table);
}
