/** Half-open intervals [start, end) of instants (ms), kept sorted and disjoint. */
export type Interval = [number, number];

/** Sorted, disjoint union of any intervals; touching intervals are merged. */
export function unionIntervals(sets: ReadonlyArray<ReadonlyArray<Interval>>): Interval[] {
  const all = sets.flat().filter(([s, e]) => e > s);
  all.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Interval[] = [];
  for (const [s, e] of all) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** `a` minus `b`, both sorted and disjoint: one linear sweep, whatever the lengths of the intervals. */
export function subtractIntervals(a: ReadonlyArray<Interval>, b: ReadonlyArray<Interval>): Interval[] {
  const out: Interval[] = [];
  let j = 0;
  for (const [start, end] of a) {
    let cursor = start;
    while (j < b.length && b[j]![1] <= cursor) j++;
    let k = j;
    while (k < b.length && b[k]![0] < end) {
      const [bs, be] = b[k]!;
      if (bs > cursor) out.push([cursor, bs]);
      cursor = Math.max(cursor, be);
      if (cursor >= end) break;
      k++;
    }
    if (cursor < end) out.push([cursor, end]);
  }
  return out;
}
