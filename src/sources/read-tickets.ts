import type { DataSource } from "../core/model.js";
import { dedupeStream } from "./dedupe.js";
import { readCsvFiles } from "./read-csv-files.js";
import type { ReadDemand } from "./read-demand.js";
import { type InputFile, sourceDataBase, type TicketRecord, type TicketsData } from "./records.js";
import { compileRowFilter, matchesFilter } from "./row-filter.js";
import { type Instants, latestOf, RowFields } from "./row-fields.js";
import { SkipTally } from "./skip-tally.js";

const FIELDS = ["id", "service", "priority", "opened", "responded", "resolved", "paused"];
const INSTANTS = ["opened", "responded", "resolved"];

/**
 * Reads a `tickets` source. Nothing is kept per ticket: each kept ticket (after `dedupe`) goes to
 * `demand.sink`, where the engine's per-target tallies count it. A row of a service no target
 * reads is decoded only as far as its service and timestamps (the latest of which is the default
 * as-of instant, SPEC §6).
 */
export async function readTickets(
  source: DataSource,
  files: InputFile[],
  demand: ReadDemand,
): Promise<TicketsData> {
  const name = source.metadata.name;
  let tally = new SkipTally(name);
  let latest = Number.NEGATIVE_INFINITY;
  // A priority the `values` map does not know is kept as written and so matches no target's
  // priority: say which values those were, or the tickets would vanish from the report unexplained.
  const unmappedPriorities = new Set<string>();
  const sourceFilter = compileRowFilter(source.where, source.dimensions);
  const outcome = await dedupeStream<TicketRecord>(
    source.dedupe,
    (submit, first) => {
      const skips = first ? tally : new SkipTally(name);
      return readCsvFiles(
        source,
        files,
        skips,
        (header, file) => {
          const f = new RowFields(source, header, file.file, FIELDS);
          const id = f.text("id").read;
          const service = f.text("service", { intern: true }).read;
          // Priorities are few and their spelling varies by export ("Critical", "critical").
          const priority = f.text("priority", { intern: true, foldCase: true });
          const dims = f.dimensions();
          const instants = f.instants(INSTANTS);
          const at: Instants = {};
          return (row) => {
            const skip = (reason: string) => skips.add(file.file, reason, row.line);
            const short = f.short(row);
            if (short) return skip(short);
            const svc = service(row);
            if (svc === null) return skip("missing service");
            const problem = instants(row, at);
            if (!demand.services.has(svc)) {
              if (problem === undefined && first) latest = latestOf(latest, at, INSTANTS);
              return;
            }
            const d = dims(row);
            if (!matchesFilter(sourceFilter, d)) return;
            const ticketId = id(row);
            if (ticketId === null) return skip("missing id");
            const prio = priority.read(row);
            if (prio === null) return skip("missing priority");
            const unmapped = priority.decoder?.unmapped;
            if (unmapped && unmapped.size > 0) {
              for (const v of unmapped) unmappedPriorities.add(v);
              unmapped.clear();
            }
            if (problem?.field === "opened") return skip(problem.reason);
            if (at.opened === null) return skip("missing opened");
            if (problem !== undefined) return skip(problem.reason);
            const opened = at.opened!;
            const responded = at.responded ?? null;
            const resolved = at.resolved ?? null;
            if (responded !== null && responded < opened) return skip("responded before opened");
            if (resolved !== null && resolved < opened) return skip("resolved before opened");
            let pausedMs = 0;
            if (!f.isMissing(row, "paused")) {
              const seconds = f.number(row, "paused");
              if (!(seconds >= 0)) return skip("paused is not a number of seconds");
              pausedMs = Math.round(seconds * 1000);
            }
            if (first) latest = Math.max(latest, opened, responded ?? opened, resolved ?? opened);
            submit({
              id: ticketId,
              service: svc,
              priority: prio,
              opened,
              responded,
              resolved,
              pausedMs,
              dims: d,
              line: row.line,
              file: file.file,
            });
          };
        },
        { hash: first, progress: first ? demand.progress : undefined },
      );
    },
    (ticket) => demand.sink.ticket(ticket),
    () => {
      tally = new SkipTally(name);
      latest = Number.NEGATIVE_INFINITY;
      demand.sink.restart();
    },
  );
  const notes = unmappedNotes(source, unmappedPriorities);
  return {
    ...sourceDataBase(source, files, tally.list(), latest, { duplicates: outcome.dropped, notes }),
    type: "tickets",
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
