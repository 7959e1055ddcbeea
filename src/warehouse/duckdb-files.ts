import { InputError } from "../core/errors.js";
import type { Dialect } from "./dialect.js";

/**
 * The FROM expression of embedded DuckDB over local event files: `read_parquet` for Parquet,
 * `read_csv` (types detected, header read) for CSV. One kind of file per DataSource.
 */
export function duckdbFiles(d: Dialect, files: readonly string[], sourceName: string): string {
  const parquet = files.filter((f) => /\.parquet$/i.test(f));
  if (parquet.length > 0 && parquet.length < files.length)
    throw new InputError(
      `DataSource ${sourceName}: engine: duckdb reads one kind of file; path matches Parquet and CSV files`,
    );
  const list = `[${files.map((f) => d.text(f)).join(", ")}]`;
  return parquet.length > 0 ? `read_parquet(${list})` : `read_csv(${list}, header = true)`;
}
