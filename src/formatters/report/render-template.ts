import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import Handlebars from "handlebars";
import { InputError } from "../../core/errors.js";
import { DEFAULT_LOCALE, type Locale } from "../../core/locale.js";
import { packagePath } from "../../core/package-files.js";
import type { ReportModel } from "../../report/report-model.js";
import { documentLine } from "../../text/control-characters.js";
import { localeText } from "../../text/locale-text.js";
import { reportHelpers } from "./helpers.js";
import { localisedModel } from "./localised-model.js";
import { escapeMarkdownStrings, mapStrings } from "./markdown-escape.js";

export type ReportFormat = "md" | "html";

export interface RenderOptions {
  /** A user's template (`--template FILE`) that replaces the built-in one for this format. */
  templatePath?: string;
  /** The language of the words, numbers and dates (default en); the template sees it as `@locale`. */
  locale?: Locale;
}

/** `templates/` at the package root. */
export const TEMPLATE_DIR = packagePath("templates/");

/**
 * Renders one report as Markdown or self-contained HTML. The template (built-in, or the user's)
 * receives the documented report model and the helpers and partials of docs/templates.md.
 * HTML: every string of the model is put on one line (a line break renders as a space anyway, and a
 * report printed in a CI log must not start a line with a value), then Handlebars escapes every
 * `{{value}}`. Markdown: every string of the model is escaped for Markdown beforehand and the
 * template is compiled with `noEscape`.
 * Output depends on the model and the locale only (no clock, not the machine's locale or zone),
 * so the same model gives the same bytes.
 */
export function renderReport(model: ReportModel, format: ReportFormat, options: RenderOptions = {}): string {
  const { hb, builtIn } = environment(format);
  const file = options.templatePath ?? join(TEMPLATE_DIR, `report.${format}.hbs`);
  const locale = options.locale ?? DEFAULT_LOCALE;
  const worded = localisedModel(model, localeText(locale));
  const context = format === "md" ? escapeMarkdownStrings(worded) : mapStrings(worded, documentLine);
  try {
    // A user's template is read and compiled on every call (it may change between calls).
    const template =
      options.templatePath === undefined ? builtIn : hb.compile(readTemplate(file), compileOptions(format));
    return template(context, { data: { slmTimezone: model.timezone, locale } });
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`template ${file}: ${oneLine(error)}`);
  }
}

type CompileOptions = NonNullable<Parameters<typeof Handlebars.compile>[1]>;
type Template = ReturnType<typeof Handlebars.compile>;

function compileOptions(format: ReportFormat): CompileOptions {
  return { strict: true, noEscape: format === "md", preventIndent: true };
}

/**
 * One private Handlebars environment per format (helpers and partials registered on it, never on
 * the global instance), built once per process: compiling the templates costs far more than
 * rendering them, and a run may render hundreds of reports.
 */
const environments = new Map<ReportFormat, { hb: typeof Handlebars; builtIn: Template }>();

function environment(format: ReportFormat): { hb: typeof Handlebars; builtIn: Template } {
  let env = environments.get(format);
  if (!env) {
    env = createEnvironment(format);
    environments.set(format, env);
  }
  return env;
}

function createEnvironment(format: ReportFormat): { hb: typeof Handlebars; builtIn: Template } {
  const options = compileOptions(format);
  const hb = Handlebars.create();
  for (const [name, helper] of Object.entries(reportHelpers())) hb.registerHelper(name, helper);
  const dir = join(TEMPLATE_DIR, "partials");
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".hbs"))
    .sort()) {
    hb.registerPartial(basename(file, ".hbs"), hb.compile(readTemplate(join(dir, file)), options));
  }
  const builtIn = hb.compile(readTemplate(join(TEMPLATE_DIR, `report.${format}.hbs`)), options);
  return { hb, builtIn };
}

function readTemplate(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read template ${file}${code ? ` (${code})` : ""}`);
  }
}

/** Handlebars parse errors span several lines (source excerpt, caret): keep what names the problem. */
function oneLine(error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error))
    // Strict mode: '"nmae" not defined in [object Object] - 1:19' (0-based column).
    .replace(
      / in \[object \w+\] - (\d+):(\d+)$/,
      (_m, line, column) => ` (line ${line}, column ${Number(column) + 1})`,
    );
  const lines = message
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !/^[-^]+$/.test(l));
  const keep = lines.filter((l, i) => i === 0 || l.startsWith("Expecting") || l.startsWith("Got"));
  return keep.join(" ").replace(/: (Expecting|Got)/g, ": $1");
}
