import { IdTable } from "./id-table.js";

export type DedupeMode = "none" | "first" | "last";

/** One pass over a source's files, handing each readable record of interest to `submit`. */
export type Pass<R> = (submit: (record: R) => void, first: boolean) => Promise<void>;

export interface DedupeOutcome {
  /** Records dropped as duplicates of another record's id. */
  dropped: number;
  /** How the ids were matched: streamed (sorted by id) or held in a table (ids held). */
  held: number;
}

const UNSORTED = Symbol("rows not sorted by id");

/** The order in which a sorted export lists ids: shorter first (INC9 before INC10), then code units. */
export function compareIds(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * Rows sharing an id (SPEC §3 `dedupe`): `first` keeps the first in file order, `last` the last
 * (a later export's state of a ticket); records without an id are always kept. Streams: kept
 * records go to `emit` as the files are read, never into a list.
 *
 * An export sorted by id (the usual ServiceNow or PagerDuty order) is deduplicated with one record
 * held back. When an id comes out of order, the pass stops, `restart` lets the caller forget what
 * it counted, and the ids are kept in a compact table instead (`first`: one more pass; `last`: a
 * pass to find each id's last record, then one to emit it). Memory then grows with the number of
 * distinct ids (docs/measurement.md gives the figure).
 */
export async function dedupeStream<R extends { id: string | null }>(
  mode: DedupeMode,
  pass: Pass<R>,
  emit: (record: R) => void,
  restart: () => void,
): Promise<DedupeOutcome> {
  if (mode === "none") {
    await pass(emit, true);
    return { dropped: 0, held: 0 };
  }
  let dropped = 0;
  let held: R | null = null;
  try {
    await pass((r) => {
      if (r.id === null) return emit(r);
      if (held !== null) {
        const order = compareIds(r.id, held.id!);
        if (order === 0) {
          dropped++;
          if (mode === "last") held = r;
          return;
        }
        if (order < 0) throw UNSORTED;
        emit(held);
      }
      held = r;
    }, true);
    if (held !== null) emit(held);
    return { dropped, held: 0 };
  } catch (error) {
    if (error !== UNSORTED) throw error;
  }
  restart();
  dropped = 0;
  const table = new IdTable();
  if (mode === "first") {
    await pass((r) => {
      if (r.id === null || table.set(r.id, 0)) emit(r);
      else dropped++;
    }, true);
    return { dropped, held: table.size };
  }
  let ordinal = 0;
  await pass((r) => {
    const n = ordinal++;
    if (r.id !== null) table.set(r.id, n);
  }, true);
  ordinal = 0;
  await pass((r) => {
    const n = ordinal++;
    if (r.id === null || table.get(r.id) === n) emit(r);
    else dropped++;
  }, false);
  return { dropped, held: table.size };
}
