import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { init, parse } from "@guanmingchiu/sqlparser-ts";
import { SparkSQL } from "dt-sql-parser";
import nodeSqlParser from "node-sql-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeDir, runCli, tempRepo } from "../helpers/cli.js";
import { PERIOD, warehouseRepo } from "./fixture.js";

// SPEC §18: the dialects no test can run here (BigQuery, ClickHouse, Spark) are parsed by a
// parser for that dialect, and the queries are pinned as golden files (regenerate them with
// SLM_UPDATE_GOLDEN=1 after a deliberate change, and read the diff).

const GOLDEN = join(import.meta.dirname, "golden");
const HEADERS = ["bucket_start", "service", "metric", "good", "total"];
let root: string;
const queries = new Map<string, string>();

beforeAll(async () => {
  await init();
  root = tempRepo(warehouseRepo());
  for (const engine of ["bigquery", "clickhouse", "spark"]) {
    const r = await runCli(["sql", "requests", "--engine", engine, "--period", PERIOD], { cwd: root });
    expect(r.stderr).toBe("");
    queries.set(engine, r.stdout);
  }
}, 120_000);
afterAll(() => removeDir(root));

function golden(engine: string): string {
  const file = join(GOLDEN, `${engine}.sql`);
  if (process.env.SLM_UPDATE_GOLDEN === "1") writeFileSync(file, queries.get(engine)!);
  return readFileSync(file, "utf8");
}

/** The output column names of the outermost SELECT, from sqlparser-rs's AST. */
function outputNames(ast: unknown): string[] {
  const body = (ast as { Query: { body: { Select: { projection: unknown[] } } } }).Query.body.Select;
  return body.projection.map(
    (p) => (p as { ExprWithAlias: { alias: { value: string } } }).ExprWithAlias.alias.value,
  );
}

describe.each([
  ["bigquery", "bigquery"],
  ["clickhouse", "clickhouse"],
])("%s", (engine, dialect) => {
  it("is the pinned query", () => {
    expect(queries.get(engine)).toBe(golden(engine));
  });
  it(`parses with sqlparser-rs's ${dialect} dialect as one query whose columns carry the DataSource's headers`, () => {
    const statements = parse(queries.get(engine)!, dialect as "bigquery");
    expect(statements).toHaveLength(1);
    expect(outputNames(statements[0])).toEqual(HEADERS);
  });
});

describe("bigquery, a second parser", () => {
  it("parses with node-sql-parser's BigQuery grammar", () => {
    const parser = new nodeSqlParser.Parser();
    const ast = parser.astify(queries.get("bigquery")!, { database: "bigquery" });
    const statement = (Array.isArray(ast) ? ast : [ast])[0] as { type: string };
    expect(statement.type).toBe("select");
  });
});

describe("spark", () => {
  it("is the pinned query", () => {
    expect(queries.get("spark")).toBe(golden("spark"));
  });
  it("parses with dt-sql-parser's Spark SQL grammar (Spark's own ANTLR grammar) without an error", () => {
    const spark = new SparkSQL();
    expect(spark.validate(queries.get("spark")!)).toEqual([]);
    // A query the grammar rejects is reported: the check can fail.
    expect(spark.validate("SELECT FROM WHERE").length).toBeGreaterThan(0);
  });
});
