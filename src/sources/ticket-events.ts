import type { TicketRecord } from "./records.js";

/** What a state means for the clock (SPEC §23). */
export const OTHER_STATE = 0;
export const PAUSED_STATE = 1;
export const STOPPED_STATE = 2;

/** One readable row of an event log, as the accumulator takes it (instants in epoch ms, NaN: none). */
export interface EventRow {
  service: string;
  priority: string;
  opened: number;
  responded: number;
  resolved: number;
  updated: number;
  /** OTHER_STATE, PAUSED_STATE or STOPPED_STATE. */
  state: number;
  dims: (string | null)[];
  line: number;
}

/** A ticket rebuilt from its rows, or why it cannot be read (reported at its last row). */
export type TicketOutcome = { ticket: TicketRecord; problem?: undefined } | { problem: string; line: number };

/**
 * The rows of one ticket of an event log (SPEC §23), kept compactly while they arrive: per row only
 * its `updated` instant and what its state means (9 bytes), plus the first row's `opened` and the
 * last row's other fields. Reused from ticket to ticket, so a log grouped by ticket costs the rows
 * of its longest ticket, whatever its length.
 */
export class TicketEvents {
  id = "";
  private count = 0;
  private updated = new Float64Array(16);
  private states = new Uint8Array(16);
  private order = new Int32Array(16);
  private opened = Number.NaN;
  private last: EventRow | null = null;
  /** The file of the ticket's first row (where its problems are reported). */
  file = "";

  /** Starts a new ticket. */
  begin(id: string, file: string): void {
    this.id = id;
    this.file = file;
    this.count = 0;
    this.last = null;
    this.opened = Number.NaN;
  }

  get rows(): number {
    return this.count;
  }

  add(row: EventRow): void {
    if (this.count === this.updated.length) this.grow();
    if (this.count === 0) this.opened = row.opened;
    this.updated[this.count] = row.updated;
    this.states[this.count] = row.state;
    this.count++;
    this.last = row;
  }

  /**
   * The ticket: fields of its last row in file order, `opened` of its first; its rows ordered by
   * `updated` (ties in file order), each row's state holding until the next row's `updated` and the
   * last one's holding on; the stop is `resolved` of the last row when `resolved` is mapped, else
   * the start of the last run of stopped states (none when the ticket was reopened after it).
   */
  finish(resolvedMapped: boolean): TicketOutcome {
    const last = this.last!;
    const opened = this.opened;
    const responded = Number.isNaN(last.responded) ? null : last.responded;
    if (responded !== null && responded < opened)
      return { problem: "responded before opened", line: last.line };
    const n = this.count;
    const order = this.sortedOrder();
    let resolved: number | null;
    if (resolvedMapped) {
      resolved = Number.isNaN(last.resolved) ? null : last.resolved;
      if (resolved !== null && resolved < opened)
        return { problem: "resolved before opened", line: last.line };
    } else {
      resolved = null;
      let k = n - 1;
      if (this.states[order[k]!] === STOPPED_STATE) {
        while (k > 0 && this.states[order[k - 1]!] === STOPPED_STATE) k--;
        // A stopped row updated before the ticket was opened stops it at its opening.
        resolved = Math.max(opened, this.updated[order[k]!]!);
      }
    }
    return {
      ticket: {
        id: this.id,
        service: last.service,
        priority: last.priority,
        opened,
        responded,
        resolved,
        pausedMs: 0,
        pauses: this.pauseIntervals(order),
        dims: last.dims,
        line: last.line,
        file: this.file,
      },
    };
  }

  /** Paused runs as [start, end, …]: empty runs (ties) dropped, touching runs merged; null when never paused. */
  private pauseIntervals(order: Int32Array): Float64Array | null {
    const n = this.count;
    let runs = 0;
    for (let k = 0; k < n; k++) if (this.states[order[k]!] === PAUSED_STATE) runs++;
    if (runs === 0) return null;
    const out = new Float64Array(2 * runs);
    let m = 0;
    for (let k = 0; k < n; k++) {
      if (this.states[order[k]!] !== PAUSED_STATE) continue;
      const start = this.updated[order[k]!]!;
      const end = k + 1 < n ? this.updated[order[k + 1]!]! : Number.POSITIVE_INFINITY;
      if (!(end > start)) continue;
      if (m > 0 && out[m - 1] === start) out[m - 1] = end;
      else {
        out[m++] = start;
        out[m++] = end;
      }
    }
    return m === 0 ? null : out.slice(0, m);
  }

  /** Row indices by `updated`, ties in file order: an insertion sort, linear on an already ordered log. */
  private sortedOrder(): Int32Array {
    const order = this.order;
    const updated = this.updated;
    for (let i = 0; i < this.count; i++) {
      let j = i;
      while (j > 0 && updated[order[j - 1]!]! > updated[i]!) {
        order[j] = order[j - 1]!;
        j--;
      }
      order[j] = i;
    }
    return order;
  }

  private grow(): void {
    const size = this.updated.length * 2;
    const updated = new Float64Array(size);
    updated.set(this.updated);
    const states = new Uint8Array(size);
    states.set(this.states);
    this.updated = updated;
    this.states = states;
    this.order = new Int32Array(size);
  }
}
