import { BIGQUERY } from "./bigquery.js";
import { CLICKHOUSE } from "./clickhouse.js";
import type { Dialect, EngineName } from "./dialect.js";
import { DUCKDB } from "./duckdb.js";
import { POSTGRES } from "./postgres.js";
import { SPARK } from "./spark.js";

/** One dialect per engine; the keys are `slm sql --engine`'s choices. */
export const DIALECTS: Record<EngineName, Dialect> = {
  duckdb: DUCKDB,
  postgres: POSTGRES,
  bigquery: BIGQUERY,
  clickhouse: CLICKHOUSE,
  spark: SPARK,
};
