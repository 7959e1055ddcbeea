import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  doubled
} from "./chunk-QEMC5QFC.js";

// dist/warehouse/duckdb.js
var DUCKDB = {
  name: "duckdb",
  ident: (name) => doubled('"', name),
  text: (value) => doubled("'", value),
  epochSeconds: (expr) => `CAST(floor(epoch(${expr})) AS BIGINT)`,
  div: (expr, by) => `((${expr}) // ${by})`,
  // make_timestamp(µs) is a TIMESTAMP without zone: strftime does not apply the session's zone.
  isoUtc: (s) => `strftime(make_timestamp(CAST(${s} AS BIGINT) * 1000000), '%Y-%m-%dT%H:%M:%SZ')`,
  int64: "BIGINT",
  preamble: []
};

export {
  DUCKDB
};
