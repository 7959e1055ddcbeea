import type { Check, NamedDocument } from "./check.js";

/** Names are unique per kind (an SLA and a Service may share one): references would be ambiguous. */
export const duplicateNames: Check = (ctx) => {
  const first = new Map<string, NamedDocument>();
  for (const d of ctx.named) {
    const key = `${d.kind}/${d.name}`;
    const original = first.get(key);
    if (!original) {
      first.set(key, d);
      continue;
    }
    ctx.report(d, {
      code: "name/duplicate",
      message: `${d.kind} "${d.name}" is already defined in ${original.doc.file}`,
      pointer: "/metadata/name",
      related: [{ doc: original.doc, pointer: "/metadata/name", message: "first defined here" }],
    });
  }
};
