import type { IntervalSet } from "../time/interval-set.js";

/**
 * The step function of one monitored service, built while streaming its samples in time order:
 * a sample's status holds from its timestamp until the next sample; a silence longer than
 * `maxGap` is unknown time. Only changes are stored (known time and down time as interval
 * sets that grow when the status flips or a gap opens), so memory follows the number of
 * incidents, not the number of samples.
 */
export class CheckSeries {
  /** Time covered by samples, as a set of intervals. */
  readonly known: IntervalSet = [];
  /** Known time during which the status was down. */
  readonly down: IntervalSet = [];
  first = Number.NaN;
  last = Number.NaN;
  private lastDown = false;
  /** A sample older than the previous one was seen: the series must be rebuilt from sorted samples. */
  outOfOrder = false;

  constructor(
    readonly service: string,
    private readonly maxGap: number,
  ) {}

  /** Adds a sample at instant `t` (tests, the sorted replay of an unsorted export). */
  add(t: number, down: boolean): void {
    const at = { value: t };
    this.addAt(at, down);
  }

  /**
   * Adds a sample at instant `at.value`: the hot loop's form. The instant is read from a holder,
   * and the interval sets are extended here rather than in a helper, because an instant (a double
   * beyond the small-integer range) passed as an argument to a call that is not inlined is boxed:
   * an allocation per row (the loop that calls this inlines much already).
   */
  addAt(at: { readonly value: number }, down: boolean): void {
    const t = at.value;
    const last = this.last;
    if (Number.isNaN(last)) {
      this.first = t;
      this.last = t;
      this.lastDown = down;
      return;
    }
    if (t < last) {
      this.outOfOrder = true;
      return;
    }
    if (t > last) {
      if (t - last <= this.maxGap) {
        // The previous status holds over [last, t).
        const known = this.known;
        const n = known.length;
        if (n > 0 && known[n - 1] === last) known[n - 1] = t;
        else known.push(last, t);
        if (this.lastDown) {
          const downSet = this.down;
          const m = downSet.length;
          if (m > 0 && downSet[m - 1] === last) downSet[m - 1] = t;
          else downSet.push(last, t);
        }
      }
      this.last = t;
    }
    // Equal timestamps: the later row in the file wins.
    this.lastDown = down;
  }

  /** The series as plain data (sent from a worker thread). */
  state(): SeriesState {
    return {
      known: this.known,
      down: this.down,
      first: this.first,
      last: this.last,
      lastDown: this.lastDown,
      outOfOrder: this.outOfOrder,
    };
  }

  /**
   * Appends the series of the samples that come right after this one's (the next byte range of
   * a file read in parallel): the result is the series one pass over both would have built. The
   * later part's first sample closes this part's last status the way `addAt` would have (held
   * up to it unless the silence is longer than maxGap), and intervals that meet are joined — one
   * pass never leaves two intervals touching, so the interval sets come out the same.
   */
  append(later: SeriesState): void {
    if (Number.isNaN(later.last)) return;
    if (Number.isNaN(this.last)) {
      this.first = later.first;
    } else {
      const t = later.first;
      const last = this.last;
      if (t < last) this.outOfOrder = true;
      else if (t > last && t - last <= this.maxGap) {
        extend(this.known, last, t);
        if (this.lastDown) extend(this.down, last, t);
      }
    }
    join(this.known, later.known);
    join(this.down, later.down);
    if (later.outOfOrder) this.outOfOrder = true;
    this.last = Number.isNaN(this.last) ? later.last : Math.max(this.last, later.last);
    this.lastDown = later.lastDown;
  }

  /** Closes the series at the source's latest timestamp: the last status holds until then. */
  finish(latest: number): void {
    if (Number.isNaN(this.last) || !(latest > this.last) || latest - this.last > this.maxGap) return;
    extend(this.known, this.last, latest);
    if (this.lastDown) extend(this.down, this.last, latest);
  }
}

function extend(set: IntervalSet, from: number, to: number): void {
  const n = set.length;
  if (n > 0 && set[n - 1] === from) set[n - 1] = to;
  else set.push(from, to);
}

/** Appends `later` to `set`, joining the first interval of `later` to the last of `set` when they meet. */
function join(set: IntervalSet, later: IntervalSet): void {
  let k = 0;
  const n = set.length;
  if (n > 0 && later.length > 0 && set[n - 1] === later[0]) {
    set[n - 1] = later[1]!;
    k = 2;
  }
  for (; k < later.length; k++) set.push(later[k]!);
}

/** A series as plain data: what `CheckSeries.state()` sends and `append()` takes. */
export interface SeriesState {
  known: IntervalSet;
  down: IntervalSet;
  first: number;
  last: number;
  lastDown: boolean;
  outOfOrder: boolean;
}
