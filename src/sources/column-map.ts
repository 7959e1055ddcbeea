import { InputError } from "../core/errors.js";
import type { DataSource } from "../core/model.js";

/**
 * Column index per mapped field (-1 when the field is not mapped). A mapped column missing from
 * the header is an error naming it and listing the headers found (SPEC §3), since every row
 * would otherwise be skipped for the same reason.
 */
export function mapColumns(
  source: DataSource,
  header: string[],
  file: string,
  fields: string[],
): Record<string, number> {
  const trimmed = header.map((h) => h.trim());
  const indices: Record<string, number> = {};
  for (const field of fields) {
    const column = source.columns[field];
    if (column === undefined) {
      indices[field] = -1;
      continue;
    }
    let index = header.indexOf(column);
    if (index === -1) index = trimmed.indexOf(column.trim());
    if (index === -1) {
      const found = header.map((h) => JSON.stringify(h)).join(", ");
      throw new InputError(
        `${file}: column "${column}" (field ${field} of DataSource ${source.metadata.name}) is not in the header; headers found: ${found}`,
      );
    }
    indices[field] = index;
  }
  return indices;
}
