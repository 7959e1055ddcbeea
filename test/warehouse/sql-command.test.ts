import { afterAll, describe, expect, it } from "vitest";
import { removeDir, runCli, tempRepo } from "../helpers/cli.js";

// `slm sql`: what a user sees, and queries with hostile names that run on DuckDB.

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) removeDir(d);
});

function repo(source: string, targets: string, extra: Record<string, string> = {}): string {
  const root = tempRepo({
    "repo.yaml": `apiVersion: slm/v1
kind: Service
metadata: { name: api }
spec: { owner: it }
---
apiVersion: slm/v1
kind: SLA
metadata: { name: acme }
spec:
  service: api
  provider: it
  customer: acme
  term: { start: 2024-01-01 }
  review: { every: 1y, last: 2024-01-15 }
  targets:
${targets}---
apiVersion: slm/v1
kind: DataSource
metadata: { name: requests }
spec:
${source}`,
    ...extra,
  });
  dirs.push(root);
  return root;
}

async function duckdb(setup: string, sql: string): Promise<Record<string, unknown>[]> {
  const { DuckDBInstance } = await import("@duckdb/node-api");
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    await connection.run(setup);
    return (await connection.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

describe("slm sql", () => {
  it("quotes hostile table, column and cell names; the query runs and counts by hand", async () => {
    const root = repo(
      `  type: metrics
  path: data/m.csv
  columns: { timestamp: 'bucket "start"', service: "it's", metric: metric, good: good, total: total }
  values: { service: { "O'Brien \\"Ltd\\"": api } }
  warehouse:
    table: 'my"schema.ev''ents'
    timestamp: 'at"time'
    service: "svc\`x"
    good: "\\"st'x\\" = 'up'"
    bucket: 1h
`,
      "    - { name: availability, metric: availability, objective: 99% }\n",
    );
    const r = await runCli(["sql", "requests", "--engine", "duckdb", "--period", "2024-05"], { cwd: root });
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain(`FROM "my""schema"."ev'ents"`);
    expect(r.stdout).toContain(`slm_service IN ('O''Brien "Ltd"', 'api')`);
    const rows = await duckdb(
      `CREATE SCHEMA "my""schema";
       CREATE TABLE "my""schema"."ev'ents" ("at""time" TIMESTAMP, "svc\`x" VARCHAR, "st'x" VARCHAR);
       INSERT INTO "my""schema"."ev'ents" VALUES
         ('2024-05-02 10:00:00', 'O''Brien "Ltd"', 'up'),
         ('2024-05-02 10:59:59', 'api', 'down'),
         ('2024-05-02 11:00:00', 'api', 'up'),
         ('2024-05-02 11:30:00', 'someone else', 'down'),
         ('2024-06-01 00:00:00', 'api', 'down');`,
      r.stdout,
    );
    // By hand: 10:00–11:00 holds one up and one down of api (under either name), 11:00 one up;
    // the other service and June (outside the period) are not written.
    expect(rows).toEqual([
      {
        'bucket "start"': "2024-05-02T10:00:00Z",
        "it's": 'O\'Brien "Ltd"',
        metric: "availability",
        good: 1n,
        total: 1n,
      },
      {
        'bucket "start"': "2024-05-02T10:00:00Z",
        "it's": "api",
        metric: "availability",
        good: 0n,
        total: 1n,
      },
      {
        'bucket "start"': "2024-05-02T11:00:00Z",
        "it's": "api",
        metric: "availability",
        good: 1n,
        total: 1n,
      },
    ]);
  });

  it("24x7 in UTC with 5-minute buckets: the UTC grid alone, no edge list", async () => {
    const root = repo(
      `  type: metrics
  path: data/m.csv
  columns: { timestamp: ts, service: svc, metric: m, good: g, total: t }
  warehouse: { table: events, timestamp: ts, service: svc, good: "ok" }
`,
      "    - { name: success, metric: success-rate, objective: 99% }\n",
    );
    const r = await runCli(["sql", "requests", "--engine", "postgres", "--period", "2024-05"], { cwd: root });
    expect(r.stderr).toBe("");
    expect(r.stdout).not.toContain("CASE\n");
    expect(r.stdout).toContain("((slm_t) / 300) * 300 AS slm_bucket");
    // May 2024 in UTC: 1714521600 (2024-05-01T00:00Z) to 1717200000 (2024-06-01T00:00Z).
    expect(r.stdout).toContain("slm_t >= 1714521600 AND slm_t < 1717200000");
  });

  it("a single-service DataSource with epoch-second timestamps writes no service column and seconds", async () => {
    const root = repo(
      `  type: metrics
  path: data/m.csv
  service: api
  timestampFormat: t
  columns: { timestamp: ts, metric: m, good: g, total: t }
  warehouse: { table: events, timestamp: ts, good: "ok", bucket: 1h }
`,
      "    - { name: availability, metric: availability, objective: 99% }\n",
    );
    const r = await runCli(["sql", "requests", "--engine", "duckdb", "--period", "2024-05"], { cwd: root });
    expect(r.stderr).toBe("");
    const rows = await duckdb(
      `CREATE TABLE events (ts TIMESTAMPTZ, ok BOOLEAN);
       INSERT INTO events VALUES ('2024-05-01 00:30:00+00', true), ('2024-05-01 00:45:00+00', NULL);`,
      r.stdout,
    );
    // By hand: 2024-05-01T00:00Z is 1714521600; a NULL good is not good.
    expect(rows).toEqual([{ ts: 1714521600n, m: "availability", g: 1n, t: 2n }]);
  });

  it("refuses what it cannot write, with one line and exit 2", async () => {
    const root = repo(
      `  type: metrics
  path: data/m.csv
  columns: { timestamp: ts, service: svc, metric: m, good: g, total: t }
`,
      "    - { name: availability, metric: availability, objective: 99% }\n",
    );
    const none = await runCli(["sql", "requests", "--engine", "duckdb", "--period", "2024-05"], {
      cwd: root,
    });
    expect(none).toMatchObject({
      code: 2,
      stderr: "slm: DataSource requests has no warehouse block (docs/warehouse.md)\n",
    });
    const unknown = await runCli(["sql", "nope", "--engine", "duckdb", "--period", "2024-05"], { cwd: root });
    expect(unknown).toMatchObject({
      code: 2,
      stderr: "slm: no DataSource nope (no DataSource has a warehouse block)\n",
    });
    const engine = await runCli(["sql", "requests", "--engine", "oracle", "--period", "2024-05"], {
      cwd: root,
    });
    expect(engine.code).toBe(2);
    expect(engine.stderr).toContain("duckdb, postgres, bigquery, clickhouse, spark");
  });
});
