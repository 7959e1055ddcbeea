import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReportModel } from "../../src/report/report-model.js";
import { removeDir, runCli, tempDir, tempRepo } from "../helpers/cli.js";
import { type PostgresCluster, startPostgres } from "../helpers/postgres.js";
import { eventsCsv, PERIOD, rawEvents, referenceRepo, warehouseRepo } from "./fixture.js";

// SPEC §18: every query is run on a real engine and its rows, saved as the DataSource's CSV, give
// the figures slm computes itself by streaming the same events (test/warehouse/fixture.ts).

const events = rawEvents();
const SLAS = ["acme-api", "globex-web"];
const dirs: string[] = [];

interface Figures {
  value: number | null;
  count: number | null;
  good: number | null;
}

async function figures(root: string): Promise<Map<string, Figures>> {
  const found = new Map<string, Figures>();
  for (const sla of SLAS) {
    const r = await runCli(
      ["report", "--period", PERIOD, "--sla", sla, "--format", "json", "--out", "-", "--trend", "0"],
      { cwd: root },
    );
    expect(r.stderr).toBe("");
    const report = JSON.parse(r.stdout) as ReportModel;
    for (const t of report.targets)
      found.set(`${sla}/${t.name}`, { value: t.value, count: t.count, good: t.good });
  }
  return found;
}

async function query(engine: string): Promise<string> {
  const root = tempRepo(warehouseRepo());
  dirs.push(root);
  const r = await runCli(["sql", "requests", "--engine", engine, "--period", PERIOD], { cwd: root });
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return r.stdout;
}

/** The warehouse repository with `csv` saved as the metrics export: its figures. */
async function figuresOf(csv: string): Promise<Map<string, Figures>> {
  const root = tempRepo({ ...warehouseRepo(), "data/metrics.csv": csv });
  dirs.push(root);
  return figures(root);
}

function rows(csv: string): string[] {
  return csv.trim().split(/\r?\n/);
}

let reference: Map<string, Figures>;
let work: string;
let duckdbCsv: string | undefined;

beforeAll(async () => {
  work = tempDir("slm-engines-");
  writeFileSync(join(work, "events.csv"), eventsCsv(events));
  const root = tempRepo(referenceRepo(events));
  dirs.push(root);
  reference = await figures(root);
}, 120_000);

afterAll(() => {
  for (const d of [...dirs, work]) removeDir(d);
});

describe("the reference (slm streaming the raw events)", () => {
  it("has figures for every target, and acme-api availability matches a naive count", () => {
    expect([...reference.keys()].sort()).toEqual([
      "acme-api/api-latency",
      "acme-api/availability",
      "acme-api/success",
      "globex-web/availability",
      "globex-web/web-latency",
    ]);
    // Independently of slm: api events in March in Kolkata (+05:30, no DST), Mon–Fri 09:00–18:00
    // local, not on Holi (2024-03-25).
    const start = Date.parse("2024-02-29T18:30:00Z");
    const end = Date.parse("2024-03-31T18:30:00Z");
    let count = 0;
    let good = 0;
    for (const e of events) {
      if (e.service !== "api" || e.at < start || e.at >= end) continue;
      const local = new Date(e.at + 5.5 * 3_600_000);
      const minute = local.getUTCHours() * 60 + local.getUTCMinutes();
      const day = local.getUTCDay();
      if (day === 0 || day === 6 || minute < 9 * 60 || minute >= 18 * 60) continue;
      if (local.toISOString().startsWith("2024-03-25")) continue;
      count++;
      if (e.status < 500) good++;
    }
    expect(count).toBeGreaterThan(400);
    expect(reference.get("acme-api/availability")).toMatchObject({ count, good });
  });
});

describe("DuckDB (embedded, @duckdb/node-api)", () => {
  it("runs the query; its rows give slm's own figures for every target", async () => {
    const sql = await query("duckdb");
    const { DuckDBInstance } = await import("@duckdb/node-api");
    const instance = await DuckDBInstance.create(":memory:", { threads: "2" });
    const connection = await instance.connect();
    const out = join(work, "duckdb.csv");
    await connection.run(
      `CREATE TABLE events AS SELECT * FROM read_csv('${join(work, "events.csv")}', header = true,
        columns = {'event_time': 'TIMESTAMPTZ', 'svc': 'VARCHAR', 'status_code': 'INTEGER', 'latency_ms': 'INTEGER'})`,
    );
    await connection.run(`COPY (${sql}) TO '${out}' (FORMAT csv, HEADER true)`);
    connection.closeSync();
    instance.closeSync();
    const { readFileSync } = await import("node:fs");
    duckdbCsv = readFileSync(out, "utf8");
    expect(rows(duckdbCsv)[0]).toBe("bucket_start,service,metric,good,total");
    expect(await figuresOf(duckdbCsv)).toEqual(reference);
  }, 120_000);
});

describe("PostgreSQL (a private cluster on a socket)", () => {
  let pg: PostgresCluster | string;
  beforeAll(() => {
    pg = startPostgres();
    if (typeof pg === "string") {
      // Outside CI a machine without the server skips, saying why; CI must run it (.ci/run installs it).
      if (process.env.CI === "true") throw new Error(`PostgreSQL is required under CI: ${pg}`);
      console.warn(`skipping the PostgreSQL run: ${pg}`);
    }
  }, 120_000);
  afterAll(() => {
    if (typeof pg !== "string") pg.stop();
  });

  it("runs the query; its rows are DuckDB's and give slm's own figures", async (ctx) => {
    if (typeof pg === "string") return ctx.skip();
    // timestamp without time zone: the events' UTC wall time, as many warehouses keep it.
    pg.script(`CREATE TABLE events (event_time timestamp, svc text, status_code integer, latency_ms integer);
\\copy events FROM '${join(work, "events.csv")}' WITH (FORMAT csv, HEADER true)
`);
    const csv = pg.csv(await query("postgres"));
    expect(rows(csv)[0]).toBe("bucket_start,service,metric,good,total");
    expect(rows(csv).length).toBeGreaterThan(1000);
    if (duckdbCsv !== undefined) expect(rows(csv)).toEqual(rows(duckdbCsv));
    expect(await figuresOf(csv)).toEqual(reference);
  }, 120_000);
});
