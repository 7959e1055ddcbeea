import type { Diagnostic } from "../core/diagnostic.js";
import { fullMessage } from "../core/diagnostic.js";
import { oneLine } from "../text/control-characters.js";
import type { Io } from "./io.js";

/**
 * What coverage and report print when the repository has validation errors (SPEC §4: every
 * other command stops with exit 1 after printing the diagnostics). Errors only, one per line,
 * to stderr so that stdout stays clean for machine formats. One finding is one line, whatever a
 * value in it holds: a line of a CI log that starts with `::` is a workflow command.
 */
export function printInvalidRepository(io: Io, diagnostics: readonly Diagnostic[]): 1 {
  const errors = diagnostics.filter((d) => d.severity === "error");
  for (const d of errors)
    io.stderr(`${oneLine(d.file)}:${d.line}:${d.column}: error ${d.code}: ${oneLine(fullMessage(d))}\n`);
  io.stderr(
    `slm: the repository has ${errors.length} validation error${errors.length === 1 ? "" : "s"}; run \`slm validate\` for details\n`,
  );
  return 1;
}
