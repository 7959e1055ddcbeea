import { InputError } from "../core/errors.js";
import type { DataSource } from "../core/model.js";

/** At most this many headers are listed in an error (a file may have a million columns). */
const HEADERS_SHOWN = 20;
/** …each cut to this many characters. */
const HEADER_CHARS = 60;

/**
 * Column index per field (-1 when the field is not mapped): a header name is looked up in the
 * header (exact, then trimmed), a number is a 1-based position. A mapped column missing from the
 * header is an error naming it and listing (some of) the headers found (SPEC §3), since every row
 * would otherwise be skipped for the same reason; so is a mapped header that occurs twice (Jira
 * repeats `Comment`, `Labels`…: harmless unless mapped).
 */
export function mapColumns(
  source: DataSource,
  header: readonly string[] | null,
  file: string,
  fields: readonly string[],
): Record<string, number> {
  const trimmed = header?.map((h) => h.trim());
  const indices: Record<string, number> = {};
  for (const field of fields) {
    const column = source.columns[field];
    if (column === undefined) {
      indices[field] = -1;
      continue;
    }
    const what = `field ${field} of DataSource ${source.metadata.name}`;
    if (typeof column === "number") {
      if (header && column > header.length) {
        throw new InputError(
          `${file}: column ${column} (${what}) is beyond the header's ${header.length} columns`,
        );
      }
      indices[field] = column - 1;
      continue;
    }
    if (!header || !trimmed) {
      throw new InputError(
        `${file}: column "${column}" (${what}) is a header name, but the file has no header`,
      );
    }
    let index = header.indexOf(column);
    let list: readonly string[] = header;
    if (index === -1) {
      index = trimmed.indexOf(column.trim());
      list = trimmed;
    }
    if (index === -1) {
      throw new InputError(
        `${file}: column "${column}" (${what}) is not in the header; headers found: ${headerList(header)}`,
      );
    }
    const again = list.indexOf(list[index]!, index + 1);
    if (again !== -1) {
      throw new InputError(
        `${file}: column "${column}" (${what}) appears twice in the header, at positions ${index + 1} and ${again + 1}; map one by its position`,
      );
    }
    indices[field] = index;
  }
  return indices;
}

function headerList(header: readonly string[]): string {
  const shown = header
    .slice(0, HEADERS_SHOWN)
    .map((h) => JSON.stringify(h.length > HEADER_CHARS ? `${h.slice(0, HEADER_CHARS)}…` : h));
  const more = header.length - shown.length;
  return `${shown.join(", ")}${more > 0 ? ` … and ${more.toLocaleString("en")} more` : ""}`;
}
