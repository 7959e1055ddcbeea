import { createHash } from "node:crypto";
import { createReadStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DataSource, Model } from "../core/model.js";
import { releaseTemporary, trackTemporary } from "../output/temporaries.js";
import type { ReadDemand } from "../sources/read-demand.js";
import { readMetrics } from "../sources/read-metrics.js";
import type { InputFile, MetricsData } from "../sources/records.js";
import { buildQuery } from "./build-query.js";
import { DUCKDB } from "./duckdb.js";
import { duckdbFiles } from "./duckdb-files.js";
import { runOnDuckdb } from "./run-duckdb.js";
import { type MeasuredTarget, warehousePlan } from "./warehouse-plan.js";

/**
 * `engine: duckdb` (SPEC §18): the warehouse query runs on embedded DuckDB over the DataSource's
 * local event files and writes its metrics rows to a temporary CSV, which the metrics reader then
 * reads exactly as it reads a saved export — same recoding, same checks, same tallies. The
 * report's inputs are the event files, each with its SHA-256.
 */
export async function readOnDuckdb(
  model: Model,
  source: DataSource,
  files: InputFile[],
  targets: readonly MeasuredTarget[],
  demand: ReadDemand,
): Promise<MetricsData> {
  const name = source.metadata.name;
  const query = buildQuery(warehousePlan(model, source, targets), DUCKDB, {
    from: duckdbFiles(
      DUCKDB,
      files.map((f) => f.absolute),
      name,
    ),
  });
  const dir = mkdtempSync(join(tmpdir(), "slm-duckdb-"));
  trackTemporary(dir, "directory");
  try {
    const csv = join(dir, `${name}.csv`);
    await runOnDuckdb(`COPY (${query}) TO ${DUCKDB.text(csv)} (FORMAT csv, HEADER true)`, name);
    const data = await readMetrics(source, [{ file: `${name}.csv`, absolute: csv, sha256: "" }], demand);
    const inputs = await Promise.all(files.map(async (f) => ({ ...f, sha256: await sha256(f.absolute) })));
    return {
      ...data,
      files: inputs,
      notes: [...data.notes, `${name}: aggregated by embedded DuckDB (engine: duckdb)`],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    releaseTemporary(dir);
  }
}

async function sha256(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}
