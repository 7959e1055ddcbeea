import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  effectiveDocuments,
  isMapping
} from "./chunk-HX6FSHG7.js";
import {
  didYouMean
} from "./chunk-MGTMLQDH.js";
import {
  locateIn,
  pathToPointer
} from "./chunk-56227VBS.js";
import "./chunk-C2E5FT65.js";
import {
  AGREEMENT_KINDS
} from "./chunk-ADLZAIGX.js";
import {
  UsageError
} from "./chunk-RMJS7MV5.js";
import "./chunk-KBDRPUOI.js";

// dist/model/shown-agreement.js
function showAgreement(documents, ref) {
  const named = effectiveDocuments(documents).documents.flatMap((doc) => {
    const value = doc.value;
    if (!isMapping(value) || !AGREEMENT_KINDS.includes(value.kind))
      return [];
    const name2 = isMapping(value.metadata) ? value.metadata.name : void 0;
    return typeof name2 === "string" ? [{ doc, kind: String(value.kind), name: name2, value }] : [];
  });
  const slash = ref.indexOf("/");
  const kind = slash < 0 ? void 0 : ref.slice(0, slash).toUpperCase();
  const name = slash < 0 ? ref : ref.slice(slash + 1);
  if (kind !== void 0 && !AGREEMENT_KINDS.includes(kind)) {
    throw new UsageError(`show: "${ref.slice(0, slash)}" is not an agreement kind (expected SLA, OLA or UC)`);
  }
  const found = named.filter((n) => n.name === name && (kind === void 0 || n.kind === kind));
  if (found.length > 1) {
    throw new UsageError(`show: "${name}" names ${found.map((f) => f.kind).join(" and ")}: write ${found.map((f) => `${f.kind}/${name}`).join(" or ")}`);
  }
  const [hit] = found;
  if (!hit) {
    const candidates = named.filter((n) => kind === void 0 || n.kind === kind).map((n) => `${n.kind}/${n.name}`);
    const suggestion = didYouMean(kind === void 0 ? name : `${kind}/${name}`, [
      ...candidates,
      ...kind === void 0 ? named.map((n) => n.name) : []
    ]);
    throw new UsageError(`show: no agreement ${kind === void 0 ? name : `${kind}/${name}`}${suggestion ? ` (did you mean "${suggestion}"?)` : ""}`);
  }
  const origins = {};
  const visit = (value, pointer) => {
    const at = locateIn(hit.doc, pointer, { onKey: pointer !== "" });
    origins[pointer] = { file: at.file, line: at.line, column: at.column };
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries())
        visit(v, pointer + pathToPointer([i]));
    } else if (isMapping(value))
      for (const [k, v] of Object.entries(value))
        visit(v, pointer + pathToPointer([k]));
  };
  visit(hit.value, "");
  return {
    kind: hit.kind,
    name: hit.name,
    templates: (hit.doc.templates ?? []).map((t) => t.name),
    effective: hit.value,
    origins
  };
}
export {
  showAgreement
};
