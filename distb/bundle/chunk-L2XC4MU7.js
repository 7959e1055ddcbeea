import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-RMJS7MV5.js";

// dist/warehouse/duckdb-files.js
function duckdbFiles(d, files, sourceName) {
  const parquet = files.filter((f) => /\.parquet$/i.test(f));
  if (parquet.length > 0 && parquet.length < files.length)
    throw new InputError(`DataSource ${sourceName}: engine: duckdb reads one kind of file; path matches Parquet and CSV files`);
  const list = `[${files.map((f) => d.text(f)).join(", ")}]`;
  return parquet.length > 0 ? `read_parquet(${list})` : `read_csv(${list}, header = true)`;
}

export {
  duckdbFiles
};
