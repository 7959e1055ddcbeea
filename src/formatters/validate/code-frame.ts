import { visibleControls } from "../../text/control-characters.js";

/** Width of the source excerpt: a minified or generated line is cut around the column. */
const MAX_WIDTH = 160;

/**
 * The offending line with a caret under the column (1-based), as plain text lines without
 * colour. Tabs before the column are kept so the caret lines up in any tab width; control
 * characters are shown as escapes here (not only at the terminal) so the caret lines up with them.
 */
export function codeFrame(
  text: string,
  line: number,
  column: number,
): { gutter: string; source: string; caret: string } | undefined {
  const lines = text.split(/\r?\n/);
  const source = lines[line - 1];
  if (source === undefined) return undefined;
  let start = 0;
  if (source.length > MAX_WIDTH) start = Math.max(0, Math.min(column - 1 - 40, source.length - MAX_WIDTH));
  const shown =
    (start > 0 ? "…" : "") +
    visibleControls(source.slice(start, start + MAX_WIDTH)) +
    (start + MAX_WIDTH < source.length ? "…" : "");
  const before = (start > 0 ? " " : "") + visibleControls(source.slice(start, Math.max(start, column - 1)));
  const caret = `${before.replace(/[^\t]/g, " ")}^`;
  return { gutter: String(line), source: shown, caret };
}
