import type { DataSource } from "../core/model.js";
import { dedupeStream } from "./dedupe.js";
import { readCsvFiles } from "./read-csv-files.js";
import type { ReadDemand } from "./read-demand.js";
import { type InputFile, type OutageRecord, type OutagesData, sourceDataBase } from "./records.js";
import { compileRowFilter, matchesFilter } from "./row-filter.js";
import { type Instants, latestOf, RowFields } from "./row-fields.js";
import { SkipTally } from "./skip-tally.js";

const FIELDS = ["service", "start", "end", "planned", "id", "cause"];
const INSTANTS = ["start", "end"];
const TRUE = new Set(["true", "yes", "y", "1"]);
const FALSE = new Set(["false", "no", "n", "0"]);

/**
 * Reads an `outages` source. An empty end means still down. Only the outages of the services
 * read that overlap the measured horizon are kept (downtime is a union of intervals, so the
 * measurers need the outages themselves; their number follows the services' incidents in the
 * reported months, not the size of the log). Rows of other services cost their service and
 * timestamp cells only.
 */
export async function readOutages(
  source: DataSource,
  files: InputFile[],
  demand: ReadDemand,
): Promise<OutagesData> {
  const name = source.metadata.name;
  let tally = new SkipTally(name);
  let latest = Number.NEGATIVE_INFINITY;
  let earliest = Number.POSITIVE_INFINITY;
  let kept: OutageRecord[] = [];
  const horizon = demand.horizon;
  const sourceFilter = compileRowFilter(source.where, source.dimensions);
  const outcome = await dedupeStream<OutageRecord>(
    source.dedupe,
    (submit, first) => {
      const skips = first ? tally : new SkipTally(name);
      return readCsvFiles(
        source,
        files,
        skips,
        (header, file) => {
          const f = new RowFields(source, header, file.file, FIELDS);
          const service = f.text("service", { intern: true }).read;
          const planned = f.text("planned", { intern: true, normalize: (v) => v.toLowerCase() }).read;
          const id = f.text("id").read;
          const cause = f.text("cause", { intern: true }).read;
          const dims = f.dimensions();
          const instants = f.instants(INSTANTS);
          const at: Instants = {};
          return (row) => {
            const skip = (reason: string) => skips.add(file.file, reason, row.line);
            const short = f.short(row);
            if (short) return skip(short);
            const d = dims(row);
            // A row the source's `where` leaves out is not an outage at all (UptimeRobot's Up rows).
            if (!matchesFilter(sourceFilter, d)) return;
            const svc = service(row);
            if (svc === null) return skip("missing service");
            const problem = instants(row, at);
            if (problem?.field === "start") return skip(problem.reason);
            if (at.start === null) return skip("missing start");
            if (problem !== undefined) return skip(problem.reason);
            const start = at.start!;
            const end = at.end ?? null;
            if (end !== null && end < start) return skip("end before start");
            if (first) {
              latest = latestOf(latest, at, INSTANTS);
              if (start < earliest) earliest = start;
            }
            if (!demand.services.has(svc)) return;
            const flag = planned(row);
            if (flag !== null && !TRUE.has(flag) && !FALSE.has(flag))
              return skip("planned is not true/false");
            submit({
              id: id(row),
              service: svc,
              start,
              end,
              planned: flag !== null && TRUE.has(flag),
              cause: cause(row),
              dims: d,
              line: row.line,
              file: file.file,
            });
          };
        },
        { hash: first, progress: first ? demand.progress : undefined },
      );
    },
    (outage) => {
      // An open outage may reach into the horizon from any earlier start.
      if (horizon && (outage.start >= horizon.end || (outage.end !== null && outage.end <= horizon.start)))
        return;
      kept.push(outage);
    },
    () => {
      tally = new SkipTally(name);
      latest = Number.NEGATIVE_INFINITY;
      earliest = Number.POSITIVE_INFINITY;
      kept = [];
    },
  );
  return {
    ...sourceDataBase(source, files, tally.list(), latest, {
      duplicates: outcome.dropped,
    }),
    type: "outages",
    outages: kept,
    earliest: Number.isFinite(earliest) ? earliest : null,
  };
}
