import { describe, expect, it } from "vitest";
import { parseSqlExpression } from "../../src/core/values/sql-expression.js";
import { DIALECTS } from "../../src/warehouse/dialects.js";
import { brief, validateFiles } from "../helpers/validate-harness.js";
import { warehouseRepo, warehouseSource } from "./fixture.js";

describe("quoting per dialect (every name and value slm writes into a query)", () => {
  const name = 'a"b`c\\d';
  it("identifiers", () => {
    // By hand: standard SQL doubles the double quote; Spark doubles the backquote; BigQuery and
    // ClickHouse escape their quote and the backslash with a backslash.
    expect(DIALECTS.duckdb.ident(name)).toBe('"a""b`c\\d"');
    expect(DIALECTS.postgres.ident(name)).toBe('"a""b`c\\d"');
    expect(DIALECTS.spark.ident(name)).toBe('`a"b``c\\d`');
    expect(DIALECTS.bigquery.ident(name)).toBe('`a"b\\`c\\\\d`');
    expect(DIALECTS.clickhouse.ident(name)).toBe('"a\\"b`c\\\\d"');
  });
  it("string literals", () => {
    const value = "it's \\ a\nb";
    expect(DIALECTS.duckdb.text(value)).toBe("'it''s \\ a\nb'");
    expect(DIALECTS.postgres.text(value)).toBe("'it''s \\ a\nb'");
    for (const d of ["bigquery", "clickhouse", "spark"] as const)
      expect(DIALECTS[d].text(value)).toBe("'it\\'s \\\\ a\\nb'");
    expect(() => DIALECTS.postgres.text("a\0b")).toThrow(/NUL/);
  });
});

describe("warehouse.good: one SQL expression", () => {
  it.each([
    ["status_code < 500", true],
    ["status = 'up;down' AND region <> 'x--y'", true],
    ["(a OR b) AND c", true],
    ["1 = 1; DROP TABLE events", false],
    ["ok -- comment", false],
    ["ok /* hidden */", false],
    ["status = 'open", false],
    ["a) OR (b", false],
    ["(a", false],
    ["", false],
  ])("%s → %s", (text, valid) => {
    expect(parseSqlExpression(text).ok).toBe(valid);
  });
});

describe("validation of the warehouse block (datasource/warehouse)", () => {
  const validate = (spec: string) =>
    brief(
      validateFiles({
        ...warehouseRepo(),
        "datasources.yaml": `apiVersion: slm/v1\nkind: DataSource\nmetadata: { name: requests }\nspec:\n${spec}`,
      }),
    ).filter((line) => line.startsWith("datasource/warehouse") || line.startsWith("schema/"));

  it("accepts the fixture's blocks, with a table and with engine: duckdb", () => {
    for (const source of [warehouseSource(), warehouseSource({ engine: "duckdb" })]) {
      expect(brief(validateFiles(warehouseRepo(source))).filter((l) => l.startsWith("datasource/"))).toEqual(
        [],
      );
    }
  });

  it("names each problem at its line", () => {
    const found = validate(`  type: metrics
  path: data/m.csv
  header: false
  timestampFormat: "yyyy-MM-dd HH:mm"
  columns: { timestamp: 1, service: 2, metric: 3, good: 4, total: 5, customer: 6 }
  warehouse:
    timestamp: at
    good: "ok; DROP TABLE x"
    bucket: 1500ms
`);
    // In the order of their lines (spec, header, timestampFormat, columns, warehouse).
    expect(found.map((l) => l.replace(/ \d+:\d+ /, " "))).toEqual([
      "datasource/warehouse the warehouse query names its output columns by header; remove header: false",
      'datasource/warehouse the warehouse query writes bucket starts as ISO 8601 (no timestampFormat) or epoch seconds (t) or milliseconds (T), not "yyyy-MM-dd HH:mm"',
      "datasource/warehouse the warehouse query does not write dimensions yet (customer); aggregate one DataSource per scope",
      "datasource/warehouse the warehouse query writes timestamp under a header name; map it to one (not a position or an object)",
      "datasource/warehouse the warehouse query writes service under a header name; map it to one (not a position or an object)",
      "datasource/warehouse the warehouse query writes metric under a header name; map it to one (not a position or an object)",
      "datasource/warehouse the warehouse query writes good under a header name; map it to one (not a position or an object)",
      "datasource/warehouse the warehouse query writes total under a header name; map it to one (not a position or an object)",
      "datasource/warehouse columns maps service: name the event table's service column in warehouse.service",
      "datasource/warehouse name the event table in warehouse.table (or set engine: duckdb to read local files)",
      "datasource/warehouse warehouse.good: a ; would end the query: write one expression",
      "datasource/warehouse bucket 1500ms is not a whole number of seconds (1s or more)",
    ]);
  });

  it("refuses a block on another type, an engine without a block, a table with engine: duckdb", () => {
    expect(
      validate(`  type: checks
  path: data/c.csv
  columns: { timestamp: t, service: s, status: st }
  warehouse: { table: e, timestamp: t, good: "ok" }
`).map((l) => l.split(" ").slice(2).join(" ")),
    ).toEqual(["a warehouse query writes metrics rows; this DataSource has type checks"]);
    expect(
      validate(`  type: metrics
  path: data/m.csv
  engine: duckdb
  columns: { timestamp: a, service: b, metric: c, good: d, total: e }
`).map((l) => l.split(" ").slice(2).join(" ")),
    ).toEqual(["engine: duckdb runs the warehouse query; add a warehouse block"]);
    expect(
      validate(`  type: metrics
  path: data/events.json
  engine: duckdb
  columns: { timestamp: a, service: b, metric: c, good: d, total: e }
  warehouse: { table: events, timestamp: t, service: s, good: "ok" }
`).map((l) => l.split(" ").slice(2).join(" ")),
    ).toEqual([
      "engine: duckdb reads Parquet or CSV files (.parquet, .csv, .csv.gz, .tsv); path is data/events.json",
      "with engine: duckdb the events are the Parquet or CSV files of path; remove warehouse.table",
    ]);
  });

  it("the schema refuses unknown keys and an engine other than duckdb", () => {
    const found = validate(`  type: metrics
  path: data/m.csv
  engine: sqlite
  columns: { timestamp: a, service: b, metric: c, good: d, total: e }
  warehouse: { table: events, timestamp: t, service: s, good: "ok", grain: 5m }
`);
    expect(found).toEqual([
      'schema/enum 7:11 "sqlite" is not one of: duckdb',
      'schema/unknown-property 9:69 unknown property "grain" (expected one of: table, timestamp, service, good, latency, bucket)',
    ]);
  });
});
