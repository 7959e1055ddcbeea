import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  didYouMean
} from "./chunk-MGTMLQDH.js";
import {
  pathToPointer
} from "./chunk-56227VBS.js";
import {
  AGREEMENT_KINDS
} from "./chunk-ADLZAIGX.js";

// dist/model/template-merge.js
function isMapping(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function annotate(value, doc, pointer, via) {
  const origin = via === void 0 ? { doc, pointer } : { doc, pointer, via };
  if (Array.isArray(value)) {
    return {
      kind: "list",
      origin,
      items: value.map((v, i) => annotate(v, doc, pointer + pathToPointer([i]), via))
    };
  }
  if (isMapping(value)) {
    const entries = /* @__PURE__ */ new Map();
    for (const [k, v] of Object.entries(value))
      entries.set(k, annotate(v, doc, pointer + pathToPointer([k]), via));
    return { kind: "map", origin, entries };
  }
  return { kind: "leaf", origin, value };
}
function mergeSpec(base, over, unmatched) {
  if (base?.kind !== "map" || over.kind !== "map") {
    if (over.kind !== "map")
      return over;
    return mergeSpec({ kind: "map", origin: over.origin, entries: /* @__PURE__ */ new Map() }, over, unmatched);
  }
  const entries = /* @__PURE__ */ new Map();
  for (const [key, value] of over.entries) {
    const before = base.entries.get(key);
    if (key === "targets")
      entries.set(key, mergeTargets(before, value, unmatched));
    else
      entries.set(key, before === void 0 ? value : mergeValue(before, value));
  }
  return { kind: "map", origin: over.origin, entries: withRest(entries, base.entries) };
}
function mergeValue(base, over) {
  if (base.kind !== "map" || over.kind !== "map")
    return over;
  const entries = /* @__PURE__ */ new Map();
  for (const [key, value] of over.entries) {
    const before = base.entries.get(key);
    entries.set(key, before === void 0 ? value : mergeValue(before, value));
  }
  return { kind: "map", origin: over.origin, entries: withRest(entries, base.entries) };
}
function withRest(entries, base) {
  for (const [key, value] of base)
    if (!entries.has(key))
      entries.set(key, value);
  return entries;
}
function nameOf(node) {
  if (node.kind !== "map")
    return void 0;
  const name = node.entries.get("name");
  return name?.kind === "leaf" && typeof name.value === "string" ? name.value : void 0;
}
function mergeTargets(base, over, unmatched) {
  if (over.kind !== "list")
    return over;
  const items = base?.kind === "list" ? [...base.items] : [];
  const added = /* @__PURE__ */ new Set();
  for (const entry of over.items) {
    const name = nameOf(entry);
    if (entry.kind !== "map" || name === void 0) {
      items.push(entry);
      continue;
    }
    const remove = entry.entries.get("remove");
    const removal = remove?.kind === "leaf" && remove.value === true;
    const fields = remove?.kind === "leaf" && typeof remove.value === "boolean" ? { ...entry, entries: new Map([...entry.entries].filter(([k]) => k !== "remove")) } : entry;
    const at = items.findIndex((item) => !added.has(item) && nameOf(item) === name);
    if (at >= 0) {
      if (removal)
        items.splice(at, 1);
      else
        items[at] = mergeValue(items[at], fields);
    } else if (removal || !fields.entries.has("metric")) {
      unmatched.push({
        origin: entry.origin,
        name,
        removal,
        inherited: items.map(nameOf).filter((n) => n !== void 0)
      });
    } else {
      items.push(fields);
      added.add(fields);
    }
  }
  return { kind: "list", origin: over.origin, items };
}
function toPlain(node, pointer, origins) {
  origins.set(pointer, node.origin);
  switch (node.kind) {
    case "leaf":
      return node.value;
    case "list":
      return node.items.map((item, i) => toPlain(item, pointer + pathToPointer([i]), origins));
    case "map": {
      const out = {};
      for (const [k, v] of node.entries)
        out[k] = toPlain(v, pointer + pathToPointer([k]), origins);
      return out;
    }
  }
}

// dist/model/effective-agreements.js
var DEFAULT_APPLIES = AGREEMENT_KINDS;
var cache = /* @__PURE__ */ new WeakMap();
function effectiveDocuments(documents) {
  let result = cache.get(documents);
  if (!result) {
    result = resolveDocuments(documents);
    cache.set(documents, result);
  }
  return result;
}
function envelopeOf(doc) {
  const value = doc.value;
  if (!isMapping(value) || typeof value.kind !== "string" || !isMapping(value.metadata))
    return void 0;
  const name = value.metadata.name;
  if (typeof name !== "string" || !isMapping(value.spec))
    return void 0;
  return { kind: value.kind, name, spec: value.spec };
}
function resolveDocuments(documents) {
  const templates = /* @__PURE__ */ new Map();
  for (const doc of documents) {
    const envelope = envelopeOf(doc);
    if (envelope?.kind !== "Template" || templates.has(envelope.name))
      continue;
    const applies = Array.isArray(envelope.spec.applies) ? envelope.spec.applies.filter((k) => typeof k === "string") : DEFAULT_APPLIES;
    templates.set(envelope.name, {
      doc,
      name: envelope.name,
      spec: envelope.spec,
      extends: envelope.spec.extends,
      applies
    });
  }
  const report = findings();
  const chains = /* @__PURE__ */ new Map();
  const linearize = (template, visiting) => {
    const known = chains.get(template.name);
    if (known)
      return known;
    const chain = [];
    const add = (t) => {
      if (!chain.includes(t))
        chain.push(t);
    };
    for (const { name, pointer } of namesIn(template.extends)) {
      const parent = templates.get(name);
      if (!parent) {
        report.unknown(template.doc, pointer, name, templates);
        continue;
      }
      if (parent === template || visiting.includes(parent)) {
        const from = parent === template ? [] : visiting.slice(visiting.indexOf(parent));
        const loop = [...from, template, parent].map((t) => t.name);
        report.at(template.doc, pointer, "template/cycle", `template cycle: ${loop.join(" \u2192 ")}`);
        continue;
      }
      for (const t of linearize(parent, [...visiting, template]))
        add(t);
    }
    add(template);
    if (visiting.length === 0)
      chains.set(template.name, chain);
    return chain;
  };
  for (const template of templates.values())
    linearize(template, []);
  const unresolved = /* @__PURE__ */ new Set();
  const out = [];
  for (const doc of documents) {
    const envelope = envelopeOf(doc);
    const kind = envelope?.kind;
    if (!envelope || !AGREEMENT_KINDS.includes(kind) || envelope.spec.extends === void 0) {
      out.push(doc);
      continue;
    }
    const layers = [];
    let complete = Array.isArray(envelope.spec.extends);
    for (const { name, pointer } of namesIn(envelope.spec.extends)) {
      const template = templates.get(name);
      if (!template) {
        report.unknown(doc, pointer, name, templates);
        complete = false;
        continue;
      }
      for (const t of linearize(template, [])) {
        if (layers.some((l) => l.template === t))
          continue;
        layers.push({ template: t, via: pointer });
        if (!t.applies.includes(kind)) {
          const through = t === template ? "" : ` (through "${template.name}")`;
          report.at(doc, pointer, "template/not-applicable", `template "${t.name}"${through} applies to ${t.applies.join(", ")} only; ${kind === "UC" ? "a" : "an"} ${kind} cannot extend it`);
        }
      }
    }
    const unmatched = [];
    let merged;
    for (const { template, via } of layers) {
      const { applies: _applies, extends: _extends, ...shared } = template.spec;
      merged = mergeSpec(merged, annotate(shared, template.doc, "/spec", via), unmatched);
    }
    merged = mergeSpec(merged, annotate(envelope.spec, doc, "/spec"), unmatched);
    for (const u of unmatched)
      report.unmatchedTarget(doc, u);
    const byPointer = /* @__PURE__ */ new Map();
    const spec = toPlain(merged, "/spec", byPointer);
    const effective = {
      file: doc.file,
      index: doc.index,
      value: { ...doc.value, spec },
      sourceMap: doc.sourceMap,
      origins: { byPointer, label: `${kind}/${envelope.name}` },
      templates: layers.map(({ template: t }) => ({ name: t.name, file: t.doc.file, document: t.doc.index }))
    };
    if (!complete)
      unresolved.add(effective);
    out.push(effective);
  }
  return { documents: out, diagnostics: report.diagnostics, unresolved };
}
function namesIn(list) {
  if (!Array.isArray(list))
    return [];
  return list.flatMap((name, i) => typeof name === "string" ? [{ name, pointer: `/spec/extends${pathToPointer([i])}` }] : []);
}
function findings() {
  const diagnostics = [];
  const seen = /* @__PURE__ */ new Set();
  const push = (d) => {
    const key = `${d.file}\0${d.document}\0${d.pointer}\0${d.code}\0${d.message}`;
    if (seen.has(key))
      return;
    seen.add(key);
    diagnostics.push(d);
  };
  const at = (doc, pointer, code, message, suggestion) => push({
    code,
    severity: "error",
    message,
    file: doc.file,
    ...doc.sourceMap.locate(pointer),
    pointer,
    document: doc.index,
    ...suggestion === void 0 ? {} : { suggestion }
  });
  return {
    diagnostics,
    at,
    unknown(doc, pointer, name, templates) {
      const suggestion = didYouMean(name, [...templates.keys()]);
      at(doc, pointer, "template/unknown", `extends "${name}", which is not a known Template`, suggestion);
    },
    unmatchedTarget(agreement, u) {
      const inherited = u.inherited.length === 0 ? "none" : u.inherited.join(", ");
      const message = u.removal ? `target "${u.name}" is removed, but no inherited target has this name (inherited: ${inherited})` : `target "${u.name}" names no inherited target (inherited: ${inherited}); a new target needs its metric and objective`;
      const suggestion = didYouMean(u.name, u.inherited);
      const doc = u.origin.doc;
      const diagnostic = {
        code: "template/unknown-target",
        severity: "error",
        message,
        file: doc.file,
        ...doc.sourceMap.locate(`${u.origin.pointer}/name`),
        pointer: `${u.origin.pointer}/name`,
        document: doc.index,
        ...suggestion === void 0 ? {} : { suggestion }
      };
      if (doc !== agreement && u.origin.via !== void 0) {
        diagnostic.related = [
          {
            file: agreement.file,
            ...agreement.sourceMap.locate(u.origin.via),
            pointer: u.origin.via,
            message: `inherited by ${agreement.value.kind}/${agreement.value.metadata.name}`
          }
        ];
      }
      push(diagnostic);
    }
  };
}

export {
  isMapping,
  effectiveDocuments
};
