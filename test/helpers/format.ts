import { Chalk } from "chalk";
import type { FormatContext, FormatterTable } from "../../src/formatters/formatter.js";

/** A no-colour context, as the CLI builds it for a pipe. */
export const PLAIN: FormatContext = {
  colors: new Chalk({ level: 0 }),
  version: "0.1.0",
  failSeverity: "error",
};

/** Loads a formatter from its table and applies it, as the command wrapper does. */
export async function format<R>(
  table: FormatterTable<R>,
  name: string,
  result: R,
  ctx: Partial<FormatContext> = {},
): Promise<string> {
  const load = table[name];
  if (!load) throw new Error(`no formatter ${name}`);
  return (await load())(result, { ...PLAIN, ...ctx });
}
