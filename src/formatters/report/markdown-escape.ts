import { documentLine } from "../../text/control-characters.js";

/**
 * Markdown has no escaping function in Handlebars, so Markdown reports are rendered with
 * `noEscape` from a copy of the model in which every string has been made inert for GitHub/GitLab
 * flavoured Markdown: one line (a newline would end a table row), control characters shown as
 * escapes (a Markdown report is read in terminals too: `cat`, `less -R`, `glow`), backslash before
 * every character that could start markup, a table cell separator, an HTML tag or an entity.
 */
const SPECIAL = /[\\`*_[\]<>|~$#]/g;
const ENTITY = /&(?=#?[a-zA-Z0-9]+;)/g;
/** At the start of a string (which may start a list item): list markers and ordered-list numbers. */
const LEADING_MARKER = /^(\s*)([-+=]|\d+(?=[.)]))/;

export function escapeMarkdown(text: string): string {
  return documentLine(text)
    .replace(SPECIAL, (c) => `\\${c}`)
    .replace(ENTITY, "\\&")
    .replace(LEADING_MARKER, (_m, space: string, marker: string) =>
      /\d/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`,
    );
}

/** A deep copy of `value` with every string escaped for Markdown; other values are kept. */
export function escapeMarkdownStrings<T>(value: T): T {
  return mapStrings(value, escapeMarkdown);
}

/** A deep copy of `value` with `change` applied to every string; other values are kept. */
export function mapStrings<T>(value: T, change: (text: string) => string): T {
  if (typeof value === "string") return change(value) as T;
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, change)) as T;
  if (value !== null && typeof value === "object") {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = mapStrings(item, change);
    return copy as T;
  }
  return value;
}
