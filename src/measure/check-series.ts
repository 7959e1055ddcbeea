import type { IntervalSet } from "./intervals.js";

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

  add(t: number, down: boolean): void {
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
      if (t - last <= this.maxGap) this.hold(last, t);
      this.last = t;
    }
    // Equal timestamps: the later row in the file wins.
    this.lastDown = down;
  }

  /** Closes the series at the source's latest timestamp: the last status holds until then. */
  finish(latest: number): void {
    if (!Number.isNaN(this.last) && latest > this.last && latest - this.last <= this.maxGap)
      this.hold(this.last, latest);
  }

  private hold(from: number, to: number): void {
    extend(this.known, from, to);
    if (this.lastDown) extend(this.down, from, to);
  }
}

function extend(set: IntervalSet, from: number, to: number): void {
  const n = set.length;
  if (n > 0 && set[n - 1] === from) set[n - 1] = to;
  else set.push(from, to);
}
