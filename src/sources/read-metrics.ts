import type { DataSource } from "../core/model.js";
import type { CsvRow } from "./csv-stream.js";
import { readCsvFiles } from "./read-csv-files.js";
import type { ReadDemand } from "./read-demand.js";
import { type InputFile, type MetricsData, sourceDataBase } from "./records.js";
import { RowFields } from "./row-fields.js";
import { matchesFilter } from "./row-filter.js";
import { SkipTally } from "./skip-tally.js";
import { countThresholdSample, numberOfCell, type ThresholdDemand } from "./threshold-demand.js";

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
  // Running extremes in a typed array: a captured `let` would box a number at every change.
  const extremes = new Float64Array([Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY]);
  const thresholds = new Map<string, ThresholdDemand[]>();
  for (const d of demand.thresholds) thresholds.set(d.service, [...(thresholds.get(d.service) ?? []), d]);
  await readCsvFiles(
    source,
    files,
    tally,
    (header, file) => {
      const f = new RowFields(source, header, file.file, FIELDS);
      const service = f.text("service", { intern: true }).read;
      const metric = f.text("metric", { intern: true }).read;
      const at = new Float64Array(1);
      // Not a closure per row: one allocated per row was garbage enough to grow the heap.
      const skipRow = (row: CsvRow, reason: string) => tally.add(file.file, reason, row.line);
      const start = f.timestamped(skipRow);
      return (row) => {
        const d = start(row, at);
        if (d === null) return;
        const timestamp = at[0]!;
        if (timestamp > extremes[0]!) extremes[0] = timestamp;
        const svc = service(row);
        if (svc === null) return skipRow(row, "missing service");
        if (!demand.services.has(svc)) return;
        const name = metric(row);
        if (name === null) return skipRow(row, "missing metric");
        if (f.isMissing(row, "good") || f.isMissing(row, "total"))
          return skipRow(row, "missing good or total");
        const good = f.number(row, "good");
        const total = f.number(row, "total");
        if (!Number.isSafeInteger(good) || !Number.isSafeInteger(total) || good < 0 || total < 0) {
          return skipRow(row, "good or total is not a whole number");
        }
        if (good > total) return skipRow(row, "good greater than total");
        demand.sink.metric({ timestamp, service: svc, metric: name, good, total, dims: d });
        const limits = thresholds.get(svc);
        if (limits)
          for (const l of limits)
            if (matchesFilter(l.filter, d))
              countThresholdSample(l, timestamp, sampleValue(l, good, total, d));
      };
    },
    { hash: true, progress: demand.progress },
  );
  return { ...sourceDataBase(source, files, tally.list(), extremes[0]!), type: "metrics" };
}

/** A threshold target's value of a metrics row: `good`, `total`, or a numeric column mapped beside them. */
function sampleValue(demand: ThresholdDemand, good: number, total: number, dims: (string | null)[]): number {
  if (demand.dimension >= 0) return numberOfCell(dims[demand.dimension]);
  return demand.compare.field === "good" ? good : demand.compare.field === "total" ? total : Number.NaN;
}
