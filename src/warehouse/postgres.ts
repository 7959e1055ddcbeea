import { type Dialect, doubled } from "./dialect.js";

/** PostgreSQL (standard_conforming_strings on, the default since 9.1: a backslash is a backslash). */
export const POSTGRES: Dialect = {
  name: "postgres",
  ident: (name) => doubled('"', name),
  text: (value) => {
    if (value.includes("\0")) throw new RangeError("PostgreSQL text cannot hold a NUL character");
    return doubled("'", value);
  },
  epochSeconds: (expr) => `CAST(floor(EXTRACT(EPOCH FROM ${expr})) AS BIGINT)`,
  div: (expr, by) => `((${expr}) / ${by})`,
  isoUtc: (s) => `to_char(to_timestamp(${s}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`,
  int64: "BIGINT",
  preamble: [],
};
