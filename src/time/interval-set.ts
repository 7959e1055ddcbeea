/**
 * Sets of half-open time intervals [start, end) in epoch ms, kept as sorted, disjoint, flat
 * arrays `[s0, e0, s1, e1, …]`. Downtime is always computed through these, so overlapping
 * outages are merged and never counted twice.
 */
export type IntervalSet = number[];

/** Merges arbitrary (possibly overlapping, unsorted) intervals into a set. */
export function unionOf(intervals: ReadonlyArray<readonly [number, number]>): IntervalSet {
  const sorted = intervals.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: IntervalSet = [];
  for (const [s, e] of sorted) {
    const last = out.length - 1;
    if (last > 0 && s <= out[last]!) {
      if (e > out[last]!) out[last] = e;
    } else {
      out.push(s, e);
    }
  }
  return out;
}

/** The union of several sets. */
export function unionOfSets(sets: readonly IntervalSet[]): IntervalSet {
  const pairs: [number, number][] = [];
  for (const set of sets) for (let i = 0; i < set.length; i += 2) pairs.push([set[i]!, set[i + 1]!]);
  return unionOf(pairs);
}

export function fromPairs(pairs: ReadonlyArray<readonly [number, number]>): IntervalSet {
  return unionOf(pairs);
}

export function intersect(a: IntervalSet, b: IntervalSet): IntervalSet {
  const out: IntervalSet = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const s = Math.max(a[i]!, b[j]!);
    const e = Math.min(a[i + 1]!, b[j + 1]!);
    if (e > s) out.push(s, e);
    if (a[i + 1]! < b[j + 1]!) i += 2;
    else j += 2;
  }
  return out;
}

export function subtract(a: IntervalSet, b: IntervalSet): IntervalSet {
  const out: IntervalSet = [];
  let j = 0;
  for (let i = 0; i < a.length; i += 2) {
    let s = a[i]!;
    const e = a[i + 1]!;
    while (j < b.length && b[j + 1]! <= s) j += 2;
    let k = j;
    while (k < b.length && b[k]! < e) {
      if (b[k]! > s) out.push(s, b[k]!);
      s = Math.max(s, b[k + 1]!);
      k += 2;
    }
    if (s < e) out.push(s, e);
  }
  return out;
}

export function clip(a: IntervalSet, start: number, end: number): IntervalSet {
  return intersect(a, [start, end]);
}

export function totalLength(a: IntervalSet): number {
  let sum = 0;
  for (let i = 0; i < a.length; i += 2) sum += a[i + 1]! - a[i]!;
  return sum;
}

/** Whether instant t lies in the set (binary search). */
export function containsInstant(a: IntervalSet, t: number): boolean {
  let lo = 0;
  let hi = a.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (t < a[2 * mid]!) hi = mid - 1;
    else if (t >= a[2 * mid + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}
