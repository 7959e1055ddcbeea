import type { DataSource } from "../core/model.js";
import { timestampParser } from "../time/timestamp-parser.js";
import { CellDecoder, parseNumberCell } from "./cell-decoder.js";
import { mapColumns } from "./column-map.js";
import { type Progress, readCsvFiles } from "./read-csv-files.js";
import { instantReason, readInstant } from "./read-instant.js";
import { type InputFile, type MetricRecord, type MetricsData, sourceDataBase } from "./records.js";
import { SkipTally } from "./skip-tally.js";

const FIELDS = ["timestamp", "service", "metric", "good", "total"];

/**
 * Reads a `metrics` source: pre-aggregated buckets (good, total) per service and metric, as a
 * warehouse query produces them (docs/measurement.md). Buckets are few; kept in memory.
 */
export async function readMetrics(
  source: DataSource,
  files: InputFile[],
  progress?: Progress,
): Promise<MetricsData> {
  const tally = new SkipTally(source.metadata.name);
  const rows: MetricRecord[] = [];
  let latest = Number.NEGATIVE_INFINITY;
  await readCsvFiles(
    source,
    files,
    tally,
    (header, file) => {
      const col = mapColumns(source, header, file.file, FIELDS);
      const parse = timestampParser(source.timestampFormat, source.timezone);
      const missing = new CellDecoder(source.missing, undefined, false);
      const service = new CellDecoder(source.missing, source.values.service, true);
      const metric = new CellDecoder(source.missing, source.values.metric, true);
      const constantService = col.service! < 0 ? (source.service ?? null) : null;
      return (row) => {
        const skip = (reason: string) => tally.add(file.file, reason, row.line);
        const timestamp = readInstant(row, col.timestamp!, parse, missing);
        if (timestamp === null) return skip("missing timestamp");
        if (typeof timestamp === "string") return skip(instantReason(timestamp, "timestamp"));
        const svc = constantService ?? service.decode(row, col.service!);
        if (svc === null) return skip("missing service");
        const name = metric.decode(row, col.metric!);
        if (name === null) return skip("missing metric");
        if (missing.isMissing(row, col.good!) || missing.isMissing(row, col.total!))
          return skip("missing good or total");
        const good = parseNumberCell(row, col.good!);
        const total = parseNumberCell(row, col.total!);
        if (!Number.isSafeInteger(good) || !Number.isSafeInteger(total) || good < 0 || total < 0) {
          return skip("good or total is not a whole number");
        }
        if (good > total) return skip("good greater than total");
        if (timestamp > latest) latest = timestamp;
        rows.push({ timestamp, service: svc, metric: name, good, total });
      };
    },
    { hash: true, progress },
  );
  return { ...sourceDataBase(source, files, tally.list(), latest), type: "metrics", rows };
}
