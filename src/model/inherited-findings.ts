import type { Diagnostic } from "../core/diagnostic.js";

/**
 * One finding per place: a bad value in a template is found in the template itself and again in
 * every effective agreement that inherits it (SPEC §21). Those are one finding, at the template's
 * line, with `related` at each inheriting agreement — not forty copies of it.
 */
export function mergeInheritedFindings(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const byPlace = new Map<string, Diagnostic>();
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const key = placeKey(d);
    const seen = byPlace.get(key);
    if (!seen) {
      const copy = { ...d, ...(d.related ? { related: [...d.related] } : {}) };
      byPlace.set(key, copy);
      out.push(copy);
      continue;
    }
    for (const r of d.related ?? []) {
      if (!seen.related?.some((s) => s.file === r.file && s.line === r.line && s.column === r.column)) {
        const related = seen.related ?? [];
        related.push(r);
        // `related` stays the last key, as everywhere else.
        delete seen.related;
        seen.related = related;
      }
    }
  }
  return out;
}

function placeKey(d: Diagnostic): string {
  return [d.file, d.document, d.line, d.column, d.pointer, d.code, d.severity, d.message, d.suggestion].join(
    "\0",
  );
}
