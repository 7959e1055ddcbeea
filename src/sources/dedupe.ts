/**
 * Rows sharing an id (SPEC §3 `dedupe`): `first` keeps the first in file order, `last` the last
 * (an event-log export's final state of a ticket); rows without an id are always kept.
 * Returns the kept records in the order their ids first appeared, and how many were dropped.
 */
export function dedupeById<T extends { id: string | null }>(
  records: T[],
  mode: "none" | "first" | "last",
): { kept: T[]; dropped: number } {
  if (mode === "none") return { kept: records, dropped: 0 };
  const byId = new Map<string, T>();
  const kept: (T | string)[] = [];
  for (const r of records) {
    if (r.id === null) {
      kept.push(r);
      continue;
    }
    if (!byId.has(r.id)) {
      byId.set(r.id, r);
      kept.push(r.id);
    } else if (mode === "last") {
      byId.set(r.id, r);
    }
  }
  const out = kept.map((k) => (typeof k === "string" ? byId.get(k)! : k));
  return { kept: out, dropped: records.length - out.length };
}
