import type { IntervalSet } from "../time/interval-set.js";
import type { RowFilter } from "./row-filter.js";

/**
 * What a freshness target asks of an `events` source (SPEC §22): the counting events of one
 * service (narrowed by a scope or `where`), judged against one threshold.
 */
export interface FreshnessDemand {
  /** The series key with the threshold: targets sharing both share the series. */
  key: string;
  service: string;
  filter: RowFilter | null;
  thresholdMs: number;
}

/**
 * The fresh time of one service for one threshold, built while its events stream by: each counting
 * event at `e` makes [e, e + threshold] fresh (an event exactly `threshold` old is still fresh),
 * and only the union is kept, so memory follows the number of stale stretches, not of events.
 * Events out of time order are merged in place (slower, still exact).
 */
export class FreshnessSeries {
  readonly fresh: IntervalSet = [];
  /** The first and the latest counting event (NaN: none yet). */
  first = Number.NaN;
  last = Number.NaN;

  constructor(readonly thresholdMs: number) {}

  /** Adds a counting event at `at.value` (read from a holder: an instant argument would be boxed per row). */
  addAt(at: { readonly value: number }): void {
    const t = at.value;
    const end = t + this.thresholdMs;
    const fresh = this.fresh;
    const n = fresh.length;
    if (Number.isNaN(this.first) || t < this.first) this.first = t;
    if (Number.isNaN(this.last) || t > this.last) this.last = t;
    if (n === 0 || t > fresh[n - 1]!) {
      fresh.push(t, end);
      return;
    }
    if (t >= fresh[n - 2]!) {
      if (end > fresh[n - 1]!) fresh[n - 1] = end;
      return;
    }
    insertInterval(fresh, t, end);
  }

  add(t: number): void {
    this.addAt({ value: t });
  }

  /**
   * The time this series knows about: from the first counting event (before it, nobody can say how
   * old the data was) to the later of the source's latest row and the end of the last event's
   * fresh stretch (fresh time is known whatever came after it). Empty without a counting event.
   */
  known(sourceLatest: number | null): IntervalSet {
    if (Number.isNaN(this.first)) return [];
    const end = Math.max(sourceLatest ?? Number.NEGATIVE_INFINITY, this.last + this.thresholdMs);
    return end > this.first ? [this.first, end] : [];
  }
}

/** Merges [start, end] into a sorted, disjoint interval set (touching intervals join). */
function insertInterval(set: IntervalSet, start: number, end: number): void {
  let i = 0;
  while (i < set.length && set[i + 1]! < start) i += 2;
  let j = i;
  let s = start;
  let e = end;
  while (j < set.length && set[j]! <= e) {
    s = Math.min(s, set[j]!);
    e = Math.max(e, set[j + 1]!);
    j += 2;
  }
  set.splice(i, j - i, s, e);
}
