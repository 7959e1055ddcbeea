import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  valueOrigin
} from "./chunk-56227VBS.js";
import "./chunk-C2E5FT65.js";
import {
  compareStrings
} from "./chunk-2EXGQLEF.js";
import "./chunk-KBDRPUOI.js";

// dist/diff/template-changes.js
function templateChanges(changes, coverage, base, head) {
  const [before, after] = [agreementsByKey(base), agreementsByKey(head)];
  const groups = /* @__PURE__ */ new Map();
  const marked = changes.map((c) => {
    if (c.via || c.field === "agreement")
      return c;
    const doc = (c.direction === "removed" ? before : after).get(`${c.kind}/${c.name}`);
    const pointer = doc && pointerOf(doc, c);
    const template = pointer === void 0 ? void 0 : templateOf(doc, pointer);
    if (template === void 0)
      return c;
    const key = [template, c.target, c.field, c.from, c.to, c.direction].join("\0");
    let group = groups.get(key);
    if (!group) {
      group = {
        template,
        target: c.target,
        field: c.field,
        from: c.from,
        to: c.to,
        direction: c.direction,
        agreements: [],
        coverage: []
      };
      groups.set(key, group);
    }
    group.agreements.push(`${c.kind}/${c.name}`);
    return { ...c, template };
  });
  for (const group of groups.values()) {
    group.agreements.sort(compareStrings);
    group.coverage = coverage.filter((v) => group.agreements.includes(`SLA/${v.sla}`) && (group.target === null || v.target === group.target));
  }
  const templates = [...groups.values()].sort((a, b) => compareStrings(a.template, b.template) || compareStrings(a.target ?? "", b.target ?? "") || compareStrings(a.field, b.field));
  return { changes: marked, templates };
}
function agreementsByKey(documents) {
  const out = /* @__PURE__ */ new Map();
  for (const doc of documents) {
    if (!doc.origins)
      continue;
    const value = doc.value;
    out.set(`${value.kind}/${value.metadata.name}`, doc);
  }
  return out;
}
function pointerOf(doc, c) {
  const path = c.field === "target" ? "" : `/${c.field.split(".").join("/")}`;
  if (c.target === null)
    return `/spec${path}`;
  const targets = doc.value.spec.targets ?? [];
  const index = targets.findIndex((t) => t?.name === c.target);
  return index < 0 ? void 0 : `/spec/targets/${index}${path}`;
}
function templateOf(doc, pointer) {
  const origin = valueOrigin(doc, pointer);
  if (!origin || origin.doc === doc)
    return void 0;
  const value = origin.doc.value;
  return value.kind === "Template" && typeof value.metadata?.name === "string" ? value.metadata.name : void 0;
}
export {
  templateChanges
};
