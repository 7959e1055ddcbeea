import { readdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import Handlebars from "handlebars";
import { InputError } from "../../core/errors.js";
import type { ReportModel } from "../report-model.js";
import { reportHelpers } from "./helpers.js";
import { escapeMarkdownStrings } from "./markdown-escape.js";

export type ReportFormat = "md" | "html";

export interface RenderOptions {
  /** A user's template (`--template FILE`) that replaces the built-in one for this format. */
  templatePath?: string;
}

/** `templates/` at the package root: three levels up from both src/report/render and dist/report/render. */
export const TEMPLATE_DIR = fileURLToPath(new URL("../../../templates/", import.meta.url));

/**
 * Renders one report as Markdown or self-contained HTML. The template (built-in, or the user's)
 * receives the documented report model and the helpers and partials of docs/templates.md.
 * HTML: Handlebars escapes every `{{value}}`. Markdown: every string of the model is escaped for
 * Markdown beforehand and the template is compiled with `noEscape`.
 * Output depends on the model only (no clock, no locale), so the same model gives the same bytes.
 */
export async function renderReport(
  model: ReportModel,
  format: ReportFormat,
  options: RenderOptions = {},
): Promise<string> {
  const compileOptions: CompileOptions = { strict: true, noEscape: format === "md", preventIndent: true };
  const hb = Handlebars.create();
  for (const [name, helper] of Object.entries(reportHelpers(model.timezone))) hb.registerHelper(name, helper);
  await registerPartials(hb, join(TEMPLATE_DIR, "partials"), compileOptions);

  const file = options.templatePath ?? join(TEMPLATE_DIR, `report.${format}.hbs`);
  const source = await readTemplate(file);
  const context = format === "md" ? escapeMarkdownStrings(model) : model;
  try {
    const template = hb.compile<ReportModel>(source, compileOptions);
    return template(context);
  } catch (error) {
    throw new InputError(`template ${file}: ${oneLine(error)}`);
  }
}

type CompileOptions = NonNullable<Parameters<typeof Handlebars.compile>[1]>;

async function registerPartials(hb: typeof Handlebars, dir: string, options: CompileOptions): Promise<void> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(".hbs")).sort();
  for (const file of files) {
    const path = join(dir, file);
    const partial = hb.compile(await readTemplate(path), options);
    hb.registerPartial(basename(file, ".hbs"), partial);
  }
}

async function readTemplate(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read template ${file}${code ? ` (${code})` : ""}`);
  }
}

/** Handlebars parse errors span several lines (source excerpt, caret): keep what names the problem. */
function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const lines = message.split("\n").map((l) => l.trim()).filter((l) => l !== "" && !/^[-^]+$/.test(l));
  const keep = lines.filter((l, i) => i === 0 || l.startsWith("Expecting") || l.startsWith("Got"));
  return keep.join("; ");
}
