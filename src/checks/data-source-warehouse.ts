import { parseDuration } from "../core/values/duration.js";
import { parseSqlExpression } from "../core/values/sql-expression.js";
import type { Check, Finding } from "./check.js";
import { dataSourceDocuments, dimensionsOf, settingPointer } from "./data-source-shapes.js";

const OUTPUT_FIELDS = ["timestamp", "service", "metric", "good", "total"];

/**
 * A `warehouse` block (SPEC §18) is checked here so that `slm sql` and `engine: duckdb` never
 * generate a query whose result slm could not read back as the DataSource's own export.
 */
export const dataSourceWarehouse: Check = (ctx) => {
  for (const d of dataSourceDocuments(ctx)) {
    const spec = d.spec;
    const report = (message: string, pointer: string, extra: Partial<Finding> = {}) =>
      ctx.report(d, {
        code: "datasource/warehouse",
        message,
        pointer: settingPointer(d, pointer),
        ...extra,
      });
    const w = spec.warehouse;
    if (w === undefined) {
      if (spec.engine !== undefined)
        report(`engine: ${spec.engine} runs the warehouse query; add a warehouse block`, "/spec/engine");
      continue;
    }
    if (spec.type !== "metrics") {
      report(
        `a warehouse query writes metrics rows; this DataSource has type ${spec.type}`,
        "/spec/warehouse",
      );
      continue;
    }
    if (spec.header === false)
      report("the warehouse query names its output columns by header; remove header: false", "/spec/header");
    for (const field of OUTPUT_FIELDS) {
      const column = spec.columns?.[field];
      if (column === undefined) continue;
      if (typeof column !== "string")
        report(
          `the warehouse query writes ${field} under a header name; map it to one (not a position or an object)`,
          `/spec/columns/${field}`,
        );
    }
    for (const field of ["metric", "good", "total", "timestamp"]) {
      if (spec.constants?.[field] !== undefined)
        report(
          `the warehouse query writes ${field} on every row; it cannot be a constant`,
          `/spec/constants/${field}`,
        );
    }
    const format = spec.timestampFormat;
    if (format !== undefined && format !== "t" && format !== "T")
      report(
        `the warehouse query writes bucket starts as ISO 8601 (no timestampFormat) or epoch seconds (t) or milliseconds (T), not "${format}"`,
        "/spec/timestampFormat",
      );
    const dimensions = dimensionsOf(spec);
    if (dimensions.length > 0)
      report(
        `the warehouse query does not write dimensions yet (${dimensions.join(", ")}); aggregate one DataSource per scope`,
        "/spec/columns",
      );
    if (spec.columns?.service !== undefined && w.service === undefined)
      report(
        "columns maps service: name the event table's service column in warehouse.service",
        "/spec/warehouse",
        {
          onKey: true,
        },
      );
    const good = parseSqlExpression(w.good);
    if (!good.ok) report(`warehouse.good: ${good.error}`, "/spec/warehouse/good");
    if (w.bucket !== undefined) {
      const bucket = parseDuration(w.bucket);
      if (bucket.ok && (bucket.value < 1000 || bucket.value % 1000 !== 0))
        report(`bucket ${w.bucket} is not a whole number of seconds (1s or more)`, "/spec/warehouse/bucket");
    }
    if (spec.engine === "duckdb") {
      if (w.table !== undefined)
        report(
          "with engine: duckdb the events are the Parquet or CSV files of path; remove warehouse.table",
          "/spec/warehouse/table",
          { onKey: true },
        );
      if (spec.path !== undefined && !/\.(parquet|csv|csv\.gz|tsv)$/i.test(spec.path))
        report(
          `engine: duckdb reads Parquet or CSV files (.parquet, .csv, .csv.gz, .tsv); path is ${spec.path}`,
          "/spec/path",
        );
    } else if (w.table === undefined) {
      report(
        "name the event table in warehouse.table (or set engine: duckdb to read local files)",
        "/spec/warehouse",
        {
          onKey: true,
        },
      );
    }
  }
};
