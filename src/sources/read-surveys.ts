import type { DataSource } from "../core/model.js";
import { readDeduped } from "./deduped-read.js";
import type { ReadDemand } from "./read-demand.js";
import { type InputFile, type SurveyRecord, type SurveysData, sourceDataBase } from "./records.js";

const FIELDS = ["id", "service", "timestamp", "score", "ticket"];

/**
 * Reads a `surveys` source (SPEC §15): one row per customer satisfaction response — timestamp,
 * service, score, optionally an id (for `dedupe`: a response exported twice, or corrected later)
 * and the ticket it is about. Nothing is kept per response: each kept one goes to `demand.sink`,
 * where the engine's satisfaction tallies count it (SPEC §19: memory that does not grow with the file).
 */
export async function readSurveys(
  source: DataSource,
  files: InputFile[],
  demand: ReadDemand,
): Promise<SurveysData> {
  const { tally, extremes, outcome } = await readDeduped<SurveyRecord>(
    source,
    files,
    demand,
    FIELDS,
    ({ fields: f, skip: skipRow, submit, first, extremes }) => {
      const id = f.text("id").read;
      const service = f.text("service", { intern: true }).read;
      const ticket = f.text("ticket").read;
      const at = new Float64Array(1);
      const start = f.timestamped(skipRow);
      return (row) => {
        const d = start(row, at);
        if (d === null) return;
        const timestamp = at[0]!;
        if (first && timestamp > extremes[0]!) extremes[0] = timestamp;
        const svc = service(row);
        if (svc === null) return skipRow(row, "missing service");
        if (!demand.services.has(svc)) return;
        if (f.isMissing(row, "score")) return skipRow(row, "missing score");
        const score = f.number(row, "score");
        if (!Number.isFinite(score)) return skipRow(row, "score is not a number");
        submit({ id: id(row), timestamp, service: svc, score, ticket: ticket(row), dims: d });
      };
    },
    (record) => demand.sink.survey?.(record),
    () => demand.sink.restart(),
  );
  return {
    ...sourceDataBase(source, files, tally.list(), extremes[0]!, { duplicates: outcome.dropped }),
    type: "surveys",
  };
}
