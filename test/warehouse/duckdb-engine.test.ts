import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InputError } from "../../src/core/errors.js";
import type { ReportModel } from "../../src/report/report-model.js";
import { loadDuckDb } from "../../src/warehouse/run-duckdb.js";
import { removeDir, runCli, tempRepo } from "../helpers/cli.js";
import { eventsCsv, PERIOD, rawEvents, referenceRepo, warehouseRepo, warehouseSource } from "./fixture.js";

// SPEC §18: with engine: duckdb, `slm report` runs the warehouse query itself on embedded DuckDB
// over local CSV or Parquet files; its figures are those slm streams from the same events.

const events = rawEvents();
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) removeDir(d);
});

async function report(root: string, sla: string): Promise<ReportModel> {
  const r = await runCli(
    ["report", "--period", PERIOD, "--sla", sla, "--format", "json", "--out", "-", "--trend", "1"],
    { cwd: root },
  );
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as ReportModel;
}

function figures(r: ReportModel) {
  return {
    targets: r.targets.map((t) => ({
      name: t.name,
      value: t.value,
      count: t.count,
      good: t.good,
      status: t.status,
    })),
    trend: r.trend,
  };
}

let reference: Record<string, ReturnType<typeof figures>>;
beforeAll(async () => {
  const root = tempRepo(referenceRepo(events));
  dirs.push(root);
  reference = {};
  for (const sla of ["acme-api", "globex-web"]) reference[sla] = figures(await report(root, sla));
}, 120_000);

describe("engine: duckdb", () => {
  it("over CSV files: the same figures and trend as slm streaming the events; the inputs are the event files", async () => {
    const root = tempRepo({
      ...warehouseRepo(warehouseSource({ engine: "duckdb", path: "data/events/*.csv" })),
      // Two files: the glob's files are all read.
      "data/events/a.csv": eventsCsv(events.filter((e) => e.at < Date.UTC(2024, 1, 15))),
      "data/events/b.csv": eventsCsv(events.filter((e) => e.at >= Date.UTC(2024, 1, 15))),
    });
    dirs.push(root);
    for (const sla of ["acme-api", "globex-web"]) {
      const r = await report(root, sla);
      expect(figures(r)).toEqual(reference[sla]);
      expect(r.inputs.map((i) => i.file)).toEqual([
        "agreements.yaml",
        "data/events/a.csv",
        "data/events/b.csv",
        "datasources.yaml",
      ]);
      expect(r.inputs.every((i) => /^[0-9a-f]{64}$/.test(i.sha256))).toBe(true);
    }
  }, 120_000);

  it("over Parquet files", async () => {
    const root = tempRepo({
      ...warehouseRepo(warehouseSource({ engine: "duckdb", path: "data/events.parquet" })),
      "events.csv": eventsCsv(events),
      "data/.keep": "",
    });
    dirs.push(root);
    const { DuckDBInstance } = await import("@duckdb/node-api");
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    await connection.run(
      `COPY (SELECT * FROM read_csv('${root}/events.csv', header = true)) TO '${root}/data/events.parquet' (FORMAT parquet)`,
    );
    connection.closeSync();
    instance.closeSync();
    expect(figures(await report(root, "acme-api"))).toEqual(reference["acme-api"]);
  }, 120_000);

  it("without the optional package: one line saying how to add it", async () => {
    const error = await loadDuckDb("requests", "@duckdb/not-a-package").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(
      "DataSource requests has engine: duckdb, which needs the optional package @duckdb/node-api@1.5.6-r.1: run `npm install @duckdb/node-api@1.5.6-r.1` where slm is installed (or remove engine and save the query's result as the DataSource's CSV)",
    );
  });
});
