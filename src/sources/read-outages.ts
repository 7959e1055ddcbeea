import type { DataSource } from "../core/model.js";
import { readDeduped } from "./deduped-read.js";
import type { ReadDemand } from "./read-demand.js";
import { type InputFile, type OutageRecord, type OutagesData, sourceDataBase } from "./records.js";
import { instantOrNull, latestOf } from "./row-fields.js";
import { compileRowFilter, matchesFilter } from "./row-filter.js";

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
  let kept: OutageRecord[] = [];
  const horizon = demand.horizon;
  const sourceFilter = compileRowFilter(source.where, source.dimensions);
  const { tally, extremes, outcome } = await readDeduped<OutageRecord>(
    source,
    files,
    demand,
    FIELDS,
    ({ fields: f, file, skip: skipRow, submit, first, extremes }) => {
      const service = f.text("service", { intern: true }).read;
      const planned = f.text("planned", { intern: true, normalize: (v) => v.toLowerCase() }).read;
      const id = f.text("id").read;
      const cause = f.text("cause", { intern: true }).read;
      const dims = f.dimensions();
      const instants = f.instants(INSTANTS);
      const at = new Float64Array(INSTANTS.length);
      return (row) => {
        const short = f.short(row);
        if (short) return skipRow(row, short);
        const d = dims(row);
        // A row the source's `where` leaves out is not an outage at all (UptimeRobot's Up rows).
        if (!matchesFilter(sourceFilter, d)) return;
        const svc = service(row);
        if (svc === null) return skipRow(row, "missing service");
        const problem = instants(row, at);
        if (problem?.field === "start") return skipRow(row, problem.reason);
        if (Number.isNaN(at[0]!)) return skipRow(row, "missing start");
        if (problem !== undefined) return skipRow(row, problem.reason);
        const start = at[0]!;
        const end = instantOrNull(at[1]!);
        if (end !== null && end < start) return skipRow(row, "end before start");
        if (first) {
          extremes[0] = latestOf(extremes[0]!, at);
          if (start < extremes[1]!) extremes[1] = start;
        }
        if (!demand.services.has(svc)) return;
        const flag = planned(row);
        if (flag !== null && !TRUE.has(flag) && !FALSE.has(flag))
          return skipRow(row, "planned is not true/false");
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
    (outage) => {
      // An open outage may reach into the horizon from any earlier start.
      if (horizon && (outage.start >= horizon.end || (outage.end !== null && outage.end <= horizon.start)))
        return;
      kept.push(outage);
    },
    () => {
      kept = [];
    },
  );
  return {
    ...sourceDataBase(source, files, tally.list(), extremes[0]!, {
      duplicates: outcome.dropped,
    }),
    type: "outages",
    outages: kept,
    earliest: Number.isFinite(extremes[1]!) ? extremes[1]! : null,
  };
}
