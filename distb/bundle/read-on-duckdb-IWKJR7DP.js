import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  DUCKDB
} from "./chunk-T26QEL4X.js";
import {
  buildQuery
} from "./chunk-BQXYU4DC.js";
import "./chunk-QEMC5QFC.js";
import {
  duckdbFiles
} from "./chunk-L2XC4MU7.js";
import {
  warehousePlan
} from "./chunk-2LJOM6GX.js";
import {
  readMetrics
} from "./chunk-JQOUH4MK.js";
import "./chunk-532D2S4Q.js";
import "./chunk-Z3KBX553.js";
import "./chunk-WALSUJ65.js";
import "./chunk-C2TRXQNV.js";
import "./chunk-WWBM2P7X.js";
import "./chunk-GBT7NRET.js";
import "./chunk-B6ZPJPSO.js";
import "./chunk-JKYJYC5M.js";
import "./chunk-MPPKPTIV.js";
import {
  releaseTemporary,
  trackTemporary
} from "./chunk-RPUZS6BB.js";
import "./chunk-TWB6RIXN.js";
import "./chunk-XI5ZFPBU.js";
import "./chunk-JMGTLOBI.js";
import "./chunk-3DFEWKER.js";
import "./chunk-MNMDZN6F.js";
import "./chunk-BMYYV2CW.js";
import "./chunk-XH2FNGPU.js";
import "./chunk-VEAA5MQJ.js";
import "./chunk-VYAAX46D.js";
import "./chunk-YUZ4Y2P5.js";
import "./chunk-ADLZAIGX.js";
import {
  InputError
} from "./chunk-RMJS7MV5.js";
import "./chunk-2EXGQLEF.js";
import "./chunk-KBDRPUOI.js";

// dist/warehouse/read-on-duckdb.js
import { createHash } from "node:crypto";
import { createReadStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// dist/warehouse/run-duckdb.js
var DUCKDB_PACKAGE = "@duckdb/node-api@1.5.6-r.1";
async function runOnDuckdb(sql, sourceName, threads = 2) {
  const api = await loadDuckDb(sourceName);
  const instance = await api.DuckDBInstance.create(":memory:", { threads: String(threads) });
  try {
    const connection = await instance.connect();
    try {
      await connection.run(sql);
    } catch (error) {
      throw new InputError(`DataSource ${sourceName}: DuckDB could not run the warehouse query: ${error.message.split("\n")[0]}`);
    } finally {
      connection.closeSync();
    }
  } finally {
    instance.closeSync();
  }
}
async function loadDuckDb(sourceName, name = "@duckdb/node-api") {
  try {
    return await import(name);
  } catch (error) {
    const code = error.code;
    if (code !== "ERR_MODULE_NOT_FOUND" && code !== "MODULE_NOT_FOUND")
      throw error;
    throw new InputError(`DataSource ${sourceName} has engine: duckdb, which needs the optional package ${DUCKDB_PACKAGE}: run \`npm install ${DUCKDB_PACKAGE}\` where slm is installed (or remove engine and save the query's result as the DataSource's CSV)`);
  }
}

// dist/warehouse/read-on-duckdb.js
async function readOnDuckdb(model, source, files, targets, demand) {
  const name = source.metadata.name;
  const query = buildQuery(warehousePlan(model, source, targets), DUCKDB, {
    from: duckdbFiles(DUCKDB, files.map((f) => f.absolute), name)
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
      notes: [...data.notes, `${name}: aggregated by embedded DuckDB (engine: duckdb)`]
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    releaseTemporary(dir);
  }
}
async function sha256(path) {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path))
    hash.update(chunk);
  return hash.digest("hex");
}
export {
  readOnDuckdb
};
