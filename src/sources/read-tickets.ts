import type { DataSource } from "../core/model.js";
import { timestampParser } from "../time/timestamp-parser.js";
import { CellDecoder, parseNumberCell } from "./cell-decoder.js";
import { mapColumns } from "./column-map.js";
import { dedupeById } from "./dedupe.js";
import { type Progress, readCsvFiles } from "./read-csv-files.js";
import { instantReason, readInstant } from "./read-instant.js";
import { type InputFile, sourceDataBase, type TicketRecord, type TicketsData } from "./records.js";
import { SkipTally } from "./skip-tally.js";

const FIELDS = ["id", "service", "priority", "opened", "responded", "resolved", "paused"];

/** Reads a `tickets` source: one record per ticket after dedupe (tickets are few; kept in memory). */
export async function readTickets(
  source: DataSource,
  files: InputFile[],
  progress?: Progress,
): Promise<TicketsData> {
  const tally = new SkipTally(source.metadata.name);
  const records: TicketRecord[] = [];
  let latest = Number.NEGATIVE_INFINITY;
  // A priority the `values` map does not know is kept as written and so matches no target's
  // priority: say which values those were, or the tickets would vanish from the report unexplained.
  const unmappedPriorities = new Set<string>();
  await readCsvFiles(
    source,
    files,
    tally,
    (header, file) => {
      const col = mapColumns(source, header, file.file, FIELDS);
      const parse = timestampParser(source.timestampFormat, source.timezone);
      const text = (field: string, intern: boolean) =>
        new CellDecoder(source.missing, source.values[field], intern);
      const id = text("id", false);
      const service = text("service", true);
      // Priorities are few and their spelling varies by export ("Critical", "critical").
      const priority = new CellDecoder(source.missing, source.values.priority, true, undefined, true);
      const missing = new CellDecoder(source.missing, undefined, false);
      const constantService = col.service! < 0 ? (source.service ?? null) : null;
      return (row) => {
        const skip = (reason: string) => tally.add(file.file, reason, row.line);
        const ticketId = id.decode(row, col.id!);
        if (ticketId === null) return skip("missing id");
        const svc = constantService ?? service.decode(row, col.service!);
        if (svc === null) return skip("missing service");
        const prio = priority.decode(row, col.priority!);
        if (prio === null) return skip("missing priority");
        if (priority.unmapped.size > 0) {
          for (const v of priority.unmapped) unmappedPriorities.add(v);
          priority.unmapped.clear();
        }
        const opened = readInstant(row, col.opened!, parse, missing);
        if (opened === null) return skip("missing opened");
        if (typeof opened === "string") return skip(instantReason(opened, "opened"));
        const responded = readInstant(row, col.responded!, parse, missing);
        if (typeof responded === "string") return skip(instantReason(responded, "responded"));
        const resolved = readInstant(row, col.resolved!, parse, missing);
        if (typeof resolved === "string") return skip(instantReason(resolved, "resolved"));
        if (responded !== null && responded < opened) return skip("responded before opened");
        if (resolved !== null && resolved < opened) return skip("resolved before opened");
        let pausedMs = 0;
        if (col.paused! >= 0 && !missing.isMissing(row, col.paused!)) {
          const seconds = parseNumberCell(row, col.paused!);
          if (!(seconds >= 0)) return skip("paused is not a number of seconds");
          pausedMs = Math.round(seconds * 1000);
        }
        for (const t of [opened, responded, resolved]) if (t !== null && t > latest) latest = t;
        records.push({
          id: ticketId,
          service: svc,
          priority: prio,
          opened,
          responded,
          resolved,
          pausedMs,
          line: row.line,
          file: file.file,
        });
      };
    },
    { hash: true, progress },
  );
  const { kept, dropped } = dedupeById(records, source.dedupe);
  const notes = unmappedNotes(source, unmappedPriorities);
  return {
    ...sourceDataBase(source, files, tally.list(), latest, { duplicates: dropped, notes }),
    type: "tickets",
    tickets: kept,
  };
}

function unmappedNotes(source: DataSource, values: Set<string>): string[] {
  const map = source.values.priority;
  if (!map) return [];
  // A cell that already holds a recoded value ("P1") needs no mapping.
  const canonical = new Set(Object.values(map));
  const unknown = [...values].filter((v) => !canonical.has(v));
  if (unknown.length === 0) return [];
  const shown = unknown
    .sort()
    .slice(0, 5)
    .map((v) => JSON.stringify(v));
  return [
    `${source.metadata.name}: priority values not in its \`values\` map, so no priority target counts those tickets: ${shown.join(", ")}${unknown.length > 5 ? ", …" : ""}`,
  ];
}
