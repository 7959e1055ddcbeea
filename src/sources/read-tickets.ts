import type { DataSource } from "../core/model.js";
import { readDeduped } from "./deduped-read.js";
import { unmappedPriorityNotes } from "./priority-notes.js";
import type { ReadDemand } from "./read-demand.js";
import { readTicketEvents } from "./read-ticket-events.js";
import { type InputFile, sourceDataBase, type TicketRecord, type TicketsData } from "./records.js";
import { instantOrNull, latestOf } from "./row-fields.js";
import { compileRowFilter, matchesFilter } from "./row-filter.js";

const FIELDS = ["id", "service", "priority", "opened", "responded", "resolved", "paused"];
const INSTANTS = ["opened", "responded", "resolved"];

/**
 * Reads a `tickets` source (an event log: `readTicketEvents`). Nothing is kept per ticket: each kept ticket (after `dedupe`) goes to
 * `demand.sink`, where the engine's per-target tallies count it. A row of a service no target
 * reads is decoded only as far as its service and timestamps (the latest of which is the default
 * as-of instant, SPEC §6).
 */
export async function readTickets(
  source: DataSource,
  files: InputFile[],
  demand: ReadDemand,
): Promise<TicketsData> {
  if (source.layout === "events") return readTicketEvents(source, files, demand);
  // A priority the `values` map does not know is kept as written and so matches no target's
  // priority: say which values those were, or the tickets would vanish from the report unexplained.
  const unmappedPriorities = new Set<string>();
  const sourceFilter = compileRowFilter(source.where, source.dimensions);
  const { tally, extremes, outcome } = await readDeduped<TicketRecord>(
    source,
    files,
    demand,
    FIELDS,
    ({ fields: f, file, skip: skipRow, submit, first, extremes }) => {
      const id = f.text("id").read;
      const service = f.text("service", { intern: true }).read;
      // Priorities are few and their spelling varies by export ("Critical", "critical").
      const priority = f.text("priority", { intern: true, foldCase: true });
      const dims = f.dimensions();
      const instants = f.instants(INSTANTS);
      const at = new Float64Array(INSTANTS.length);
      return (row) => {
        const short = f.short(row);
        if (short) return skipRow(row, short);
        const svc = service(row);
        if (svc === null) return skipRow(row, "missing service");
        const problem = instants(row, at);
        if (!demand.services.has(svc)) {
          if (problem === undefined && first) extremes[0] = latestOf(extremes[0]!, at);
          return;
        }
        const d = dims(row);
        if (!matchesFilter(sourceFilter, d)) return;
        const ticketId = id(row);
        if (ticketId === null) return skipRow(row, "missing id");
        const prio = priority.read(row);
        if (prio === null) return skipRow(row, "missing priority");
        const unmapped = priority.decoder?.unmapped;
        if (unmapped && unmapped.size > 0) {
          for (const v of unmapped) unmappedPriorities.add(v);
          unmapped.clear();
        }
        if (problem?.field === "opened") return skipRow(row, problem.reason);
        if (Number.isNaN(at[0]!)) return skipRow(row, "missing opened");
        if (problem !== undefined) return skipRow(row, problem.reason);
        const opened = at[0]!;
        const responded = instantOrNull(at[1]!);
        const resolved = instantOrNull(at[2]!);
        if (responded !== null && responded < opened) return skipRow(row, "responded before opened");
        if (resolved !== null && resolved < opened) return skipRow(row, "resolved before opened");
        let pausedMs = 0;
        if (!f.isMissing(row, "paused")) {
          const seconds = f.number(row, "paused");
          if (!(seconds >= 0)) return skipRow(row, "paused is not a number of seconds");
          pausedMs = Math.round(seconds * 1000);
        }
        if (first) extremes[0] = latestOf(extremes[0]!, at);
        submit({
          id: ticketId,
          service: svc,
          priority: prio,
          opened,
          responded,
          resolved,
          pausedMs,
          pauses: null,
          dims: d,
          line: row.line,
          file: file.file,
        });
      };
    },
    (ticket) => demand.sink.ticket(ticket),
    () => demand.sink.restart(),
  );
  const notes = unmappedPriorityNotes(source, unmappedPriorities);
  return {
    ...sourceDataBase(source, files, tally.list(), extremes[0]!, { duplicates: outcome.dropped, notes }),
    type: "tickets",
  };
}
