/**
 * Control characters from repository files (a YAML value, a file name, a line of a code frame)
 * must reach no terminal and no Markdown document as themselves: ESC starts sequences that clear
 * the screen, retitle the window or forge hyperlinks, CR overwrites the line already printed, and a
 * line break inside a value starts a new line that CI runners read as a command (`::warning …`).
 *
 * They are shown as JSON-style escapes (`\u001b`): readable, and still the same string when the
 * text is JSON (a C1 character inside a JSON string, which JSON.stringify leaves raw, becomes a
 * valid `\u009b` escape of itself).
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters being escaped
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters being escaped
const CONTROLS_AND_LINE_BREAKS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: detecting exactly those characters
const ANY_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r" };

function escapeOne(c: string): string {
  return NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/** Every C0 and C1 control character (and DEL) made visible; tab and newline are kept. */
export function visibleControls(text: string): string {
  return ANY_CONTROL.test(text) ? text.replace(CONTROLS, escapeOne) : text;
}

/**
 * The text on one line: line breaks (LF, CR, U+2028, U+2029, NEL) are shown as `\n`, `\r`, … like
 * every other control character; tab is kept. One diagnostic, one error message is one line.
 */
export function oneLine(text: string): string {
  return text.replace(CONTROLS_AND_LINE_BREAKS, escapeOne);
}

const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029\u0085]/g;

/**
 * A value on one line of a document (a Markdown table cell, HTML text): line breaks become
 * spaces, as both formats render them anyway, so that no line of the output starts with what a
 * value holds (`::warning …` in a CI log that prints the report); other controls are shown.
 */
export function documentLine(text: string): string {
  return visibleControls(text.replace(LINE_BREAKS, " "));
}

/**
 * SGR parameters slm's own colours use (chalk's bold, dim, italic, underline, their resets and
 * the foreground colours but black and white). Nothing that hides text (conceal, reverse, black
 * or white on the terminal's own background), blinks, or sets a background.
 */
const OWN_SGR = new Set([0, 1, 2, 3, 4, 22, 23, 24, 31, 32, 33, 34, 35, 36, 39, 90, 91, 92, 93, 94, 95, 96]);
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching colour sequences by their ESC
const SGR = /\u001b\[([0-9;]*)m/g;

/**
 * The one gate of terminal output (stdout and stderr of every command): control characters are
 * made visible, tab and newline kept. With colour on, slm's own colour sequences pass; an ESC that
 * starts anything else (cursor moves, screen clearing, window titles, hyperlinks) does not.
 */
export function terminalText(text: string, options: { colour: boolean }): string {
  if (!ANY_CONTROL.test(text)) return text;
  if (!options.colour) return text.replace(CONTROLS, escapeOne);
  let out = "";
  let last = 0;
  for (const match of text.matchAll(SGR)) {
    const params = match[1] === "" ? [0] : match[1]!.split(";").map(Number);
    if (!params.every((p) => OWN_SGR.has(p))) continue;
    out += text.slice(last, match.index).replace(CONTROLS, escapeOne) + match[0];
    last = match.index + match[0].length;
  }
  return out + text.slice(last).replace(CONTROLS, escapeOne);
}
