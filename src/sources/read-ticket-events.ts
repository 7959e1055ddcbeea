import type { DataSource } from "../core/model.js";
import type { CsvRow } from "./csv-stream.js";
import { compareIds } from "./dedupe.js";
import { IdTable } from "./id-table.js";
import { unmappedPriorityNotes } from "./priority-notes.js";
import { readCsvFiles } from "./read-csv-files.js";
import type { ReadDemand } from "./read-demand.js";
import { type InputFile, sourceDataBase, type TicketsData } from "./records.js";
import { latestOf, RowFields } from "./row-fields.js";
import { compileRowFilter, matchesFilter } from "./row-filter.js";
import { SkipTally } from "./skip-tally.js";
import { type EventRow, OTHER_STATE, PAUSED_STATE, STOPPED_STATE, TicketEvents } from "./ticket-events.js";

const FIELDS = ["id", "service", "priority", "opened", "responded", "resolved", "state", "updated"];
const INSTANTS = ["opened", "responded", "resolved", "updated"];
/** Distinct states remembered for the note on configured states that never occur (a state column has a handful). */
const MAX_STATES = 10_000;

const UNSORTED = Symbol("rows not sorted by id");

/**
 * Reads a tickets source with `layout: events` (SPEC §23): one row per update, rebuilt into one
 * ticket per id with its paused intervals and its stop, each handed to `demand.sink` as soon as
 * its last row has been read.
 *
 * Memory: a log sorted by ticket id (ServiceNow's export order; ids non-decreasing, shorter ids
 * first) is read once, holding the rows of one ticket (9 bytes per row). Otherwise the pass stops
 * at the first id out of order and the files are read twice: once to find each id's last row
 * (`IdTable`, about 40 bytes per distinct id), once to rebuild each ticket, holding the rows of
 * the tickets whose last row has not come yet: one ticket for a log grouped by ticket in any order,
 * the tickets open at the same time for a log ordered by time.
 */
export async function readTicketEvents(
  source: DataSource,
  files: InputFile[],
  demand: ReadDemand,
): Promise<TicketsData> {
  const name = source.metadata.name;
  const classOf = new Map<string, number>(source.states.paused.map((s) => [s, PAUSED_STATE]));
  const resolvedMapped = source.columns.resolved !== undefined || source.durations.resolved !== undefined;
  if (!resolvedMapped)
    for (const s of source.states.stopped) if (!classOf.has(s)) classOf.set(s, STOPPED_STATE);
  const sourceFilter = compileRowFilter(source.where, source.dimensions);
  let tally = new SkipTally(name);
  let latest = Number.NEGATIVE_INFINITY;
  let seen = new Set<string>();

  const emit = (events: TicketEvents) => {
    const outcome = events.finish(resolvedMapped);
    if (outcome.problem !== undefined) tally.add(events.file, outcome.problem, outcome.line);
    else demand.sink.ticket(outcome.ticket);
  };
  const unmappedPriorities = new Set<string>();

  /** One pass over the files; `row` gets each readable row with its ticket id. */
  const pass = (first: boolean, row: (id: string, r: EventRow, file: string) => void) => {
    const skips = first ? tally : new SkipTally(name);
    return readCsvFiles(
      source,
      files,
      skips,
      (header, file) => {
        const f = new RowFields(source, header, file.file, FIELDS);
        const id = f.text("id").read;
        const service = f.text("service", { intern: true }).read;
        const priorityField = f.text("priority", { intern: true, foldCase: true });
        const priority = priorityField.read;
        const unmapped = priorityField.decoder?.unmapped;
        const state = f.text("state", { intern: true }).read;
        const dims = f.dimensions();
        const instants = f.instants(INSTANTS);
        const at = new Float64Array(INSTANTS.length);
        const skip = (r: CsvRow, reason: string) => skips.add(file.file, reason, r.line);
        return (r: CsvRow) => {
          const short = f.short(r);
          if (short) return skip(r, short);
          const svc = service(r);
          if (svc === null) return skip(r, "missing service");
          const d = dims(r);
          if (!matchesFilter(sourceFilter, d)) return;
          const ticketId = id(r);
          if (ticketId === null) return skip(r, "missing id");
          const prio = priority(r);
          if (prio === null) return skip(r, "missing priority");
          if (unmapped && unmapped.size > 0) {
            for (const v of unmapped) unmappedPriorities.add(v);
            unmapped.clear();
          }
          const problem = instants(r, at);
          if (problem !== undefined) return skip(r, problem.reason);
          if (Number.isNaN(at[0]!)) return skip(r, "missing opened");
          if (Number.isNaN(at[3]!)) return skip(r, "missing updated");
          const st = state(r);
          if (st === null) return skip(r, "missing state");
          if (first) {
            latest = latestOf(latest, at);
            if (seen.size < MAX_STATES) seen.add(st);
          }
          row(
            ticketId,
            {
              service: svc,
              priority: prio,
              opened: at[0]!,
              responded: at[1]!,
              resolved: at[2]!,
              updated: at[3]!,
              state: classOf.get(st) ?? OTHER_STATE,
              dims: d,
              line: r.line,
            },
            file.file,
          );
        };
      },
      { hash: first, progress: first ? demand.progress : undefined },
    );
  };

  let held = 0;
  try {
    const current = new TicketEvents();
    await pass(true, (id, r, file) => {
      if (current.rows > 0 && id !== current.id) {
        if (compareIds(id, current.id) < 0) throw UNSORTED;
        emit(current);
        current.begin(id, file);
      } else if (current.rows === 0) current.begin(id, file);
      current.add(r);
    });
    if (current.rows > 0) emit(current);
  } catch (error) {
    if (error !== UNSORTED) throw error;
    tally = new SkipTally(name);
    latest = Number.NEGATIVE_INFINITY;
    seen = new Set();
    demand.sink.restart();
    held = await readUnsorted(pass, emit);
  }
  const notes = [
    ...unmappedPriorityNotes(source, unmappedPriorities),
    ...stateNotes(source, resolvedMapped, seen),
  ];
  if (held > 0)
    notes.push(
      `${name}: the event log is not sorted by ticket id, so it was read twice, holding the ${held} ticket ids in memory (sort it by id to read it once in constant memory)`,
    );
  return { ...sourceDataBase(source, files, tally.list(), latest, { notes }), type: "tickets" };
}

/**
 * A log not sorted by id: a pass to find each id's last row, then one to rebuild each ticket,
 * emitted at its last row. Returns how many ids the table held.
 */
async function readUnsorted(
  pass: (first: boolean, row: (id: string, r: EventRow, file: string) => void) => Promise<void>,
  emit: (events: TicketEvents) => void,
): Promise<number> {
  const table = new IdTable();
  let ordinal = 0;
  await pass(true, (id) => {
    table.set(id, ordinal++);
  });
  ordinal = 0;
  const open = new Map<string, TicketEvents>();
  await pass(false, (id, r, file) => {
    const n = ordinal++;
    let events = open.get(id);
    if (!events) {
      events = new TicketEvents();
      events.begin(id, file);
      open.set(id, events);
    }
    events.add(r);
    if (table.get(id) === n) {
      open.delete(id);
      emit(events);
    }
  });
  return table.size;
}

/**
 * States the source names that never occur in its files: a misspelt "Awaiting Vendr" would pause
 * nothing without a word (issue 21). Stopped states count only when they are used.
 */
function stateNotes(source: DataSource, resolvedMapped: boolean, seen: ReadonlySet<string>): string[] {
  if (seen.size >= MAX_STATES) return [];
  const named = [
    ...source.states.paused.map((s) => ["paused", s] as const),
    ...(resolvedMapped ? [] : source.states.stopped.map((s) => ["stopped", s] as const)),
  ];
  const absent = named.filter(([, s]) => !seen.has(s));
  if (absent.length === 0) return [];
  const occurring = [...seen]
    .sort()
    .slice(0, 12)
    .map((s) => JSON.stringify(s));
  return absent.map(
    ([kind, s]) =>
      `${source.metadata.name}: states.${kind} names ${JSON.stringify(s)}, which occurs in no row of its files, so it ${kind === "paused" ? "pauses" : "stops"} nothing (states found: ${occurring.join(", ")}${seen.size > 12 ? ", …" : ""})`,
  );
}
