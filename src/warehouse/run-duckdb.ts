import { createRequire } from "node:module";
import { InputError } from "../core/errors.js";

/** The optional package and the version slm is tested with (package.json `optionalDependencies`). */
export const DUCKDB_PACKAGE = "@duckdb/node-api@1.5.6-r.1";

/** The part of `@duckdb/node-api` slm uses (typed here: the package is optional). */
interface DuckDbApi {
  DuckDBInstance: {
    create(
      path: string,
      options?: Record<string, string>,
    ): Promise<{
      connect(): Promise<{ run(sql: string): Promise<unknown>; closeSync(): void }>;
      closeSync(): void;
    }>;
  };
}

/**
 * Runs statements on a fresh in-memory DuckDB (embedded, `threads` worker threads). The package is
 * an optional dependency: slm installs and runs without it, and says how to add it when a
 * DataSource asks for it.
 */
export async function runOnDuckdb(sql: string, sourceName: string, threads = 2): Promise<void> {
  const api = await loadDuckDb(sourceName);
  const instance = await api.DuckDBInstance.create(":memory:", { threads: String(threads) });
  try {
    const connection = await instance.connect();
    try {
      await connection.run(sql);
    } catch (error) {
      throw new InputError(
        `DataSource ${sourceName}: DuckDB could not run the warehouse query: ${(error as Error).message.split("\n")[0]}`,
      );
    } finally {
      connection.closeSync();
    }
  } finally {
    instance.closeSync();
  }
}

/** The optional package, or an InputError saying how to add it (`name` differs only in a test). */
export async function loadDuckDb(sourceName: string, name = "@duckdb/node-api"): Promise<DuckDbApi> {
  // Required, not imported: the package is CommonJS, and the bundled CLI runs as a script that
  // has no dynamic import (bin/slm.js). A variable specifier: the type checker and the bundler
  // leave the optional package alone.
  try {
    return createRequire(import.meta.url)(name) as DuckDbApi;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== "ERR_MODULE_NOT_FOUND" && code !== "MODULE_NOT_FOUND") throw error;
    throw new InputError(
      `DataSource ${sourceName} has engine: duckdb, which needs the optional package ${DUCKDB_PACKAGE}: run \`npm install ${DUCKDB_PACKAGE}\` where slm is installed (or remove engine and save the query's result as the DataSource's CSV)`,
    );
  }
}
