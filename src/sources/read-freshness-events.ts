import { COUNTING_EVENT_STATUSES, type DataSource } from "../core/model.js";
import type { CsvRow } from "./csv-stream.js";
import { FreshnessSeries } from "./freshness-series.js";
import { readCsvFiles } from "./read-csv-files.js";
import type { ReadDemand } from "./read-demand.js";
import { type EventsData, type InputFile, sourceDataBase } from "./records.js";
import { RowFields } from "./row-fields.js";
import { matchesFilter, type RowFilter } from "./row-filter.js";
import { SkipTally } from "./skip-tally.js";

const FIELDS = ["timestamp", "service", "status"];

/**
 * Reads a DataSource of `type: events` (SPEC §22): one row per run or delivery (a backup, a
 * pipeline load, a replication checkpoint), for freshness targets. Not the tickets' `layout:
 * events` (SPEC §23, read-ticket-events.ts), which is a ticket's state changes. Streams once and
 * keeps, per freshness demand, only the union of fresh stretches (FreshnessSeries); a row counts
 * when its status, after `values` recoding and in lower case, is ok or success, or when the
 * source maps no status.
 */
export async function readFreshnessEvents(
  source: DataSource,
  files: InputFile[],
  demand: ReadDemand,
): Promise<EventsData> {
  const tally = new SkipTally(source.metadata.name);
  const latest = new Float64Array([Number.NEGATIVE_INFINITY]);
  const series = new Map<string, FreshnessSeries>();
  const byService = new Map<string, { filter: RowFilter | null; series: FreshnessSeries }[]>();
  for (const d of demand.freshness) {
    let s = series.get(d.key);
    if (!s) {
      s = new FreshnessSeries(d.thresholdMs);
      series.set(d.key, s);
      byService.set(d.service, [...(byService.get(d.service) ?? []), { filter: d.filter, series: s }]);
    }
  }
  await readCsvFiles(
    source,
    files,
    tally,
    (header, file) => {
      const f = new RowFields(source, header, file.file, FIELDS);
      const service = f.text("service", { intern: true }).read;
      const statusMapped = (f.col.status ?? -1) >= 0 || source.constants.status !== undefined;
      const status = f.text("status", { intern: true, normalize: (v) => v.toLowerCase() }).read;
      const at = new Float64Array(1);
      const holder = { value: 0 };
      const skipRow = (row: CsvRow, reason: string) => tally.add(file.file, reason, row.line);
      const start = f.timestamped(skipRow);
      return (row) => {
        const d = start(row, at);
        if (d === null) return;
        if (at[0]! > latest[0]!) latest[0] = at[0]!;
        const svc = service(row);
        if (svc === null) return skipRow(row, "missing service");
        const wanted = byService.get(svc);
        if (!wanted) return;
        if (statusMapped) {
          const s = status(row);
          if (s === null) return skipRow(row, "missing status");
          if (!COUNTING_EVENT_STATUSES.includes(s)) return;
        }
        holder.value = at[0]!;
        for (const w of wanted) if (matchesFilter(w.filter, d)) w.series.addAt(holder);
      };
    },
    { hash: true, progress: demand.progress },
  );
  return { ...sourceDataBase(source, files, tally.list(), latest[0]!), type: "events", freshness: series };
}
