/**
 * Code-unit order of strings, the same on every machine and locale (unlike `localeCompare`), so
 * sorted output is byte-for-byte reproducible.
 */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorts by a string key, in code-unit order. */
export function byKey<T>(key: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => compareStrings(key(a), key(b));
}
