/** The engines `slm sql --engine` writes for (SPEC §18). */
export const ENGINES = ["duckdb", "postgres", "bigquery", "clickhouse", "spark"] as const;
export type EngineName = (typeof ENGINES)[number];

/**
 * What differs between SQL dialects in the warehouse query: quoting, and the few functions on
 * instants. Every value slm writes into a query goes through `ident` or `text` (or is a number
 * slm computed); only the DataSource's `good` expression is SQL as written (docs/warehouse.md).
 */
export interface Dialect {
  readonly name: EngineName;
  /** A quoted identifier (a column, an output header, one part of a table name). */
  ident(name: string): string;
  /** A string literal. */
  text(value: string): string;
  /** Whole seconds since 1970-01-01 UTC of a timestamp expression, as a 64-bit integer. */
  epochSeconds(expr: string): string;
  /** Integer division of a non-negative integer expression by a positive integer. */
  div(expr: string, by: number): string;
  /** Epoch seconds as ISO 8601 text in UTC, `2024-05-01T08:00:00Z` (the reader's default format). */
  isoUtc(seconds: string): string;
  /** The 64-bit integer type (`BIGINT`, BigQuery `INT64`, ClickHouse `Int64`). */
  readonly int64: string;
  /** Lines put before the query (a comment on a session setting the dialect needs). */
  readonly preamble: readonly string[];
}

/** A table name with dotted parts, each quoted (`project.dataset.events`). */
export function qualifiedName(dialect: Dialect, table: string): string {
  return table
    .split(".")
    .map((part) => dialect.ident(part))
    .join(".");
}

/** Quoting with the quote doubled (SQL standard: DuckDB, PostgreSQL, Spark identifiers). */
export function doubled(quote: string, value: string): string {
  return `${quote}${value.replaceAll(quote, quote + quote)}${quote}`;
}

/** Quoting with backslash escapes (BigQuery, ClickHouse, Spark string literals). */
export function backslashed(quote: string, value: string): string {
  const escaped = value.replace(/[\\'"`\n\r\t\0]/g, (c) => {
    switch (c) {
      case "\n":
        return "\\n";
      case "\r":
        return "\\r";
      case "\t":
        return "\\t";
      case "\0":
        return "\\0";
      default:
        return c === quote || c === "\\" ? `\\${c}` : c;
    }
  });
  return `${quote}${escaped}${quote}`;
}
