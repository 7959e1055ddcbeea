import { backslashed, type Dialect } from "./dialect.js";

/** ClickHouse: double-quoted identifiers and string literals with backslash escapes. */
export const CLICKHOUSE: Dialect = {
  name: "clickhouse",
  ident: (name) => backslashed('"', name),
  text: (value) => backslashed("'", value),
  epochSeconds: (expr) => `toInt64(toUnixTimestamp(${expr}))`,
  div: (expr, by) => `intDiv(${expr}, ${by})`,
  // %i is minutes in ClickHouse (%M is the month's name since 23.4).
  isoUtc: (s) => `formatDateTime(toDateTime(${s}, 'UTC'), '%Y-%m-%dT%H:%i:%SZ')`,
  int64: "Int64",
  preamble: [],
};
