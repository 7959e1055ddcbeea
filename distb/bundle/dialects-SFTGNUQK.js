import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  DUCKDB
} from "./chunk-T26QEL4X.js";
import {
  backslashed,
  doubled
} from "./chunk-QEMC5QFC.js";
import "./chunk-KBDRPUOI.js";

// dist/warehouse/bigquery.js
var BIGQUERY = {
  name: "bigquery",
  ident: (name) => backslashed("`", name),
  text: (value) => backslashed("'", value),
  // TIMESTAMP() passes a TIMESTAMP through and reads a DATETIME as UTC.
  epochSeconds: (expr) => `UNIX_SECONDS(TIMESTAMP(${expr}))`,
  div: (expr, by) => `DIV(${expr}, ${by})`,
  isoUtc: (s) => `FORMAT_TIMESTAMP('%Y-%m-%dT%H:%M:%SZ', TIMESTAMP_SECONDS(${s}), 'UTC')`,
  int64: "INT64",
  preamble: []
};

// dist/warehouse/clickhouse.js
var CLICKHOUSE = {
  name: "clickhouse",
  ident: (name) => backslashed('"', name),
  text: (value) => backslashed("'", value),
  epochSeconds: (expr) => `toInt64(toUnixTimestamp(${expr}))`,
  div: (expr, by) => `intDiv(${expr}, ${by})`,
  // %i is minutes in ClickHouse (%M is the month's name since 23.4).
  isoUtc: (s) => `formatDateTime(toDateTime(${s}, 'UTC'), '%Y-%m-%dT%H:%i:%SZ')`,
  int64: "Int64",
  preamble: []
};

// dist/warehouse/postgres.js
var POSTGRES = {
  name: "postgres",
  ident: (name) => doubled('"', name),
  text: (value) => {
    if (value.includes("\0"))
      throw new RangeError("PostgreSQL text cannot hold a NUL character");
    return doubled("'", value);
  },
  epochSeconds: (expr) => `CAST(floor(EXTRACT(EPOCH FROM ${expr})) AS BIGINT)`,
  div: (expr, by) => `((${expr}) / ${by})`,
  isoUtc: (s) => `to_char(to_timestamp(${s}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`,
  int64: "BIGINT",
  preamble: []
};

// dist/warehouse/spark.js
var SPARK = {
  name: "spark",
  ident: (name) => doubled("`", name),
  text: (value) => backslashed("'", value),
  epochSeconds: (expr) => `CAST(unix_timestamp(${expr}) AS BIGINT)`,
  div: (expr, by) => `((${expr}) DIV ${by})`,
  isoUtc: (s) => `from_unixtime(${s}, 'yyyy-MM-dd\\'T\\'HH:mm:ss\\'Z\\'')`,
  // from_unixtime writes the session's wall time; the reader wants UTC.
  int64: "BIGINT",
  preamble: ["-- Spark: run with spark.sql.session.timeZone=UTC (from_unixtime writes the session's time)."]
};

// dist/warehouse/dialects.js
var DIALECTS = {
  duckdb: DUCKDB,
  postgres: POSTGRES,
  bigquery: BIGQUERY,
  clickhouse: CLICKHOUSE,
  spark: SPARK
};
export {
  DIALECTS
};
