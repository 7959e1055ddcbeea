import type { Diagnostic } from "../core/diagnostic.js";

/**
 * One finding per place: a bad value in a template is found in the template itself and again in
 * every effective agreement that inherits it (SPEC §21). Those are one finding, at the template's
 * line, with `related` at each inheriting agreement — not forty copies of it. The template's own
 * wording wins (an agreement's schema may word an unknown property's alternatives differently).
 */
export function mergeInheritedFindings(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const inherited = (d: Diagnostic) =>
    d.related?.some((r) => r.message?.startsWith("inherited by ")) ?? false;
  const places = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const key = placeKey(d);
    const group = places.get(key);
    if (group) group.push(d);
    else places.set(key, [d]);
  }
  const out: Diagnostic[] = [];
  for (const group of places.values()) {
    if (!group.some(inherited)) {
      out.push(...group);
      continue;
    }
    const own = group.find((d) => !inherited(d)) ?? group[0]!;
    const related: NonNullable<Diagnostic["related"]> = [];
    for (const d of [own, ...group.filter((d) => d !== own)]) {
      for (const r of d.related ?? []) {
        if (!related.some((s) => s.file === r.file && s.line === r.line && s.column === r.column))
          related.push(r);
      }
    }
    const { related: _related, ...rest } = own;
    out.push({ ...rest, related });
  }
  return out;
}

function placeKey(d: Diagnostic): string {
  return [d.file, d.document, d.line, d.column, d.pointer, d.code, d.severity].join("\0");
}
