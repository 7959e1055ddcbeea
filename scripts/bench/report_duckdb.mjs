#!/usr/bin/env node
// The DuckDB equivalent of `slm report` on a checks export (SPEC §19 benchmark): embedded DuckDB
// (@duckdb/node-api, 2 threads), read_csv and a lead() window per monitor, then the same
// availability figure for "web" in May 2024 as report_pandas.py: each sample's status holds until
// the next sample of the same monitor, the last one until the file's latest timestamp, and a
// silence longer than 10 minutes is unknown time. Prints the figure; exits 3 without DuckDB.
const path = process.argv[2];
let api;
try {
  api = await import("@duckdb/node-api");
} catch {
  console.error("@duckdb/node-api not installed");
  process.exit(3);
}
const instance = await api.DuckDBInstance.create(":memory:", { threads: "2" });
const connection = await instance.connect();
const file = `'${path.replaceAll("'", "''")}'`;
const result = await connection.runAndReadAll(`
WITH s AS (
  SELECT epoch_ms("timestamp") AS t, monitor, status
  FROM read_csv(${file}, header = true,
    columns = {'timestamp': 'TIMESTAMPTZ', 'monitor': 'VARCHAR', 'status': 'VARCHAR', 'latency_ms': 'INTEGER'})
),
w AS (
  SELECT monitor, status, t,
    coalesce(lead(t) OVER (PARTITION BY monitor ORDER BY t), (SELECT max(t) FROM s)) AS nxt
  FROM s
),
k AS (
  SELECT monitor, status,
    CASE WHEN nxt - t <= 600000
      THEN least(greatest(nxt, 1714521600000), 1717200000000) - least(greatest(t, 1714521600000), 1717200000000)
      ELSE 0 END AS known
  FROM w
)
SELECT CAST(sum(known) - sum(CASE WHEN status = 'down' THEN known ELSE 0 END) AS DOUBLE) / sum(known) AS availability
FROM k WHERE monitor = 'web'`);
console.log(String(result.getRows()[0][0]));
connection.closeSync();
instance.closeSync();
