import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import "./chunk-KBDRPUOI.js";

// dist/diff/retroactive-changes.js
var TARGET_FIELDS = /* @__PURE__ */ new Set([
  "target",
  "objective",
  "threshold",
  "metric",
  "priority",
  "window",
  "exclusions",
  "credits",
  "calendar",
  "service hours"
]);
var AGREEMENT_FIELDS = /* @__PURE__ */ new Set(["service", "calendar", "fee", "creditCap", "service hours"]);
function retroactiveChanges(base, head, changes) {
  const key = (a) => `${a.kind}/${a.name}`;
  const before = new Map(base.agreements.map((a) => [key({ kind: a.kind, name: a.metadata.name }), a]));
  const after = new Map(head.agreements.map((a) => [key({ kind: a.kind, name: a.metadata.name }), a]));
  const byAgreement = /* @__PURE__ */ new Map();
  for (const c of changes) {
    const fields = c.target === null ? AGREEMENT_FIELDS : TARGET_FIELDS;
    if (!fields.has(c.field))
      continue;
    const list = byAgreement.get(key(c)) ?? [];
    const what = c.target === null ? c.field : `${c.target}: ${c.field}`;
    if (!list.includes(what))
      list.push(what);
    byAgreement.set(key(c), list);
  }
  const out = [];
  for (const [k, list] of byAgreement) {
    const a = before.get(k);
    const b = after.get(k);
    if (!a || !b || a.effective.day !== b.effective.day)
      continue;
    out.push({
      kind: b.kind,
      name: b.metadata.name,
      effective: b.effective.text,
      changes: list,
      message: `${list.join(", ")} ${list.length === 1 ? "changes" : "change"} while effective stays ${b.effective.text}: the new terms reach back to ${b.effective.text} and re-judge periods already reported; set spec.effective to the day they take effect`
    });
  }
  return out;
}
export {
  retroactiveChanges
};
