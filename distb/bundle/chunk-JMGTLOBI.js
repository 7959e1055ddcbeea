import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);

// dist/time/interval-set.js
function unionOf(intervals) {
  const sorted = intervals.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out = [];
  for (const [s, e] of sorted) {
    const last = out.length - 1;
    if (last > 0 && s <= out[last]) {
      if (e > out[last])
        out[last] = e;
    } else {
      out.push(s, e);
    }
  }
  return out;
}
function unionOfSets(sets) {
  const pairs = [];
  for (const set of sets)
    for (let i = 0; i < set.length; i += 2)
      pairs.push([set[i], set[i + 1]]);
  return unionOf(pairs);
}
function intersect(a, b) {
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const s = Math.max(a[i], b[j]);
    const e = Math.min(a[i + 1], b[j + 1]);
    if (e > s)
      out.push(s, e);
    if (a[i + 1] < b[j + 1])
      i += 2;
    else
      j += 2;
  }
  return out;
}
function subtract(a, b) {
  const out = [];
  let j = 0;
  for (let i = 0; i < a.length; i += 2) {
    let s = a[i];
    const e = a[i + 1];
    while (j < b.length && b[j + 1] <= s)
      j += 2;
    let k = j;
    while (k < b.length && b[k] < e) {
      if (b[k] > s)
        out.push(s, b[k]);
      s = Math.max(s, b[k + 1]);
      k += 2;
    }
    if (s < e)
      out.push(s, e);
  }
  return out;
}
function totalLength(a) {
  let sum = 0;
  for (let i = 0; i < a.length; i += 2)
    sum += a[i + 1] - a[i];
  return sum;
}
function containsInstant(a, t) {
  let lo = 0;
  let hi = a.length / 2 - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    if (t < a[2 * mid])
      hi = mid - 1;
    else if (t >= a[2 * mid + 1])
      lo = mid + 1;
    else
      return true;
  }
  return false;
}

export {
  unionOf,
  unionOfSets,
  intersect,
  subtract,
  totalLength,
  containsInstant
};
