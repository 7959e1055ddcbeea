import type { DataSource } from "../core/model.js";
import { readCsvFiles } from "./read-csv-files.js";
import type { ReadDemand } from "./read-demand.js";
import { type InputFile, type MetricsData, sourceDataBase } from "./records.js";
import { compileRowFilter, matchesFilter } from "./row-filter.js";
import { type Instants, RowFields } from "./row-fields.js";
import { SkipTally } from "./skip-tally.js";

const FIELDS = ["timestamp", "service", "metric", "good", "total"];

/**
 * Reads a `metrics` source: pre-aggregated buckets (good, total) per service and metric, as a
 * warehouse query produces them (docs/measurement.md). Each row of a service some target reads
 * goes to `demand.sink`; none is kept.
 */
export async function readMetrics(
  source: DataSource,
  files: InputFile[],
  demand: ReadDemand,
): Promise<MetricsData> {
  const tally = new SkipTally(source.metadata.name);
  let latest = Number.NEGATIVE_INFINITY;
  const sourceFilter = compileRowFilter(source.where, source.dimensions);
  await readCsvFiles(
    source,
    files,
    tally,
    (header, file) => {
      const f = new RowFields(source, header, file.file, FIELDS);
      const service = f.text("service", { intern: true }).read;
      const metric = f.text("metric", { intern: true }).read;
      const dims = f.dimensions();
      const instants = f.instants(["timestamp"]);
      const at: Instants = {};
      return (row) => {
        const skip = (reason: string) => tally.add(file.file, reason, row.line);
        const short = f.short(row);
        if (short) return skip(short);
        const d = dims(row);
        if (!matchesFilter(sourceFilter, d)) return;
        const problem = instants(row, at);
        if (problem !== undefined) return skip(problem.reason);
        if (at.timestamp === null) return skip("missing timestamp");
        const timestamp = at.timestamp!;
        if (timestamp > latest) latest = timestamp;
        const svc = service(row);
        if (svc === null) return skip("missing service");
        if (!demand.services.has(svc)) return;
        const name = metric(row);
        if (name === null) return skip("missing metric");
        if (f.isMissing(row, "good") || f.isMissing(row, "total")) return skip("missing good or total");
        const good = f.number(row, "good");
        const total = f.number(row, "total");
        if (!Number.isSafeInteger(good) || !Number.isSafeInteger(total) || good < 0 || total < 0) {
          return skip("good or total is not a whole number");
        }
        if (good > total) return skip("good greater than total");
        demand.sink.metric({ timestamp, service: svc, metric: name, good, total, dims: d });
      };
    },
    { hash: true, progress: demand.progress },
  );
  return { ...sourceDataBase(source, files, tally.list(), latest), type: "metrics" };
}
