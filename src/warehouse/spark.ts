import { backslashed, type Dialect, doubled } from "./dialect.js";

/** Spark SQL: backquoted identifiers (a backquote doubled), string literals with backslash escapes. */
export const SPARK: Dialect = {
  name: "spark",
  ident: (name) => doubled("`", name),
  text: (value) => backslashed("'", value),
  epochSeconds: (expr) => `CAST(unix_timestamp(${expr}) AS BIGINT)`,
  div: (expr, by) => `((${expr}) DIV ${by})`,
  isoUtc: (s) => `from_unixtime(${s}, 'yyyy-MM-dd\\'T\\'HH:mm:ss\\'Z\\'')`,
  // from_unixtime writes the session's wall time; the reader wants UTC.
  int64: "BIGINT",
  preamble: ["-- Spark: run with spark.sql.session.timeZone=UTC (from_unixtime writes the session's time)."],
};
