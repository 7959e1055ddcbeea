import { backslashed, type Dialect } from "./dialect.js";

/** BigQuery GoogleSQL: backquoted identifiers and backslash escapes in both kinds of quotes. */
export const BIGQUERY: Dialect = {
  name: "bigquery",
  ident: (name) => backslashed("`", name),
  text: (value) => backslashed("'", value),
  // TIMESTAMP() passes a TIMESTAMP through and reads a DATETIME as UTC.
  epochSeconds: (expr) => `UNIX_SECONDS(TIMESTAMP(${expr}))`,
  div: (expr, by) => `DIV(${expr}, ${by})`,
  isoUtc: (s) => `FORMAT_TIMESTAMP('%Y-%m-%dT%H:%M:%SZ', TIMESTAMP_SECONDS(${s}), 'UTC')`,
  int64: "INT64",
  preamble: [],
};
