import type { DataSource } from "../core/model.js";
import { timestampParser } from "../time/timestamp-parser.js";
import { CellDecoder } from "./cell-decoder.js";
import { mapColumns } from "./column-map.js";
import { dedupeById } from "./dedupe.js";
import { type Progress, readCsvFiles } from "./read-csv-files.js";
import { instantReason, readInstant } from "./read-instant.js";
import { type InputFile, type OutageRecord, type OutagesData, sourceDataBase } from "./records.js";
import { SkipTally } from "./skip-tally.js";

const FIELDS = ["service", "start", "end", "planned", "id", "cause"];
const TRUE = new Set(["true", "yes", "y", "1"]);
const FALSE = new Set(["false", "no", "n", "0"]);

/** Reads an `outages` source (outages are few; kept in memory). An empty end means still down. */
export async function readOutages(
  source: DataSource,
  files: InputFile[],
  progress?: Progress,
): Promise<OutagesData> {
  const tally = new SkipTally(source.metadata.name);
  const records: OutageRecord[] = [];
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
      const planned = new CellDecoder(source.missing, source.values.planned, true, (v) => v.toLowerCase());
      const id = new CellDecoder(source.missing, source.values.id, false);
      const cause = new CellDecoder(source.missing, source.values.cause, true);
      const constantService = col.service! < 0 ? (source.service ?? null) : null;
      return (row) => {
        const skip = (reason: string) => tally.add(file.file, reason, row.line);
        const svc = constantService ?? service.decode(row, col.service!);
        if (svc === null) return skip("missing service");
        const start = readInstant(row, col.start!, parse, missing);
        if (start === null) return skip("missing start");
        if (typeof start === "string") return skip(instantReason(start, "start"));
        const end = readInstant(row, col.end!, parse, missing);
        if (typeof end === "string") return skip(instantReason(end, "end"));
        if (end !== null && end < start) return skip("end before start");
        const flag = col.planned! >= 0 ? planned.decode(row, col.planned!) : null;
        if (flag !== null && !TRUE.has(flag) && !FALSE.has(flag)) return skip("planned is not true/false");
        for (const t of [start, end]) if (t !== null && t > latest) latest = t;
        records.push({
          id: col.id! >= 0 ? id.decode(row, col.id!) : null,
          service: svc,
          start,
          end,
          planned: flag !== null && TRUE.has(flag),
          cause: col.cause! >= 0 ? cause.decode(row, col.cause!) : null,
          line: row.line,
          file: file.file,
        });
      };
    },
    { hash: true, progress },
  );
  const { kept, dropped } = dedupeById(records, source.dedupe);
  return {
    ...sourceDataBase(source, files, tally.list(), latest, { duplicates: dropped }),
    type: "outages",
    outages: kept,
  };
}
