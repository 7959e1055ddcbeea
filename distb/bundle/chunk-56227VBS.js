import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-C2E5FT65.js";
import {
  __toESM
} from "./chunk-KBDRPUOI.js";

// dist/repository/source-map.js
var import_yaml = __toESM(require_dist(), 1);
function locateIn(doc, pointer, options = {}) {
  const origin = doc.origins ? originOf(doc.origins, pointer) : void 0;
  if (!origin) {
    return { file: doc.file, ...doc.sourceMap.locate(pointer, options), pointer, document: doc.index };
  }
  const exact = origin.pointer;
  const onKey = origin.exact ? options.onKey : false;
  const at = {
    file: origin.value.doc.file,
    ...origin.value.doc.sourceMap.locate(exact, { onKey }),
    pointer: exact,
    document: origin.value.doc.index
  };
  if (origin.value.doc !== doc && origin.value.via !== void 0) {
    const via = origin.value.via;
    at.related = [
      {
        file: doc.file,
        ...doc.sourceMap.locate(via),
        pointer: via,
        message: `inherited by ${doc.origins.label}`
      }
    ];
  }
  return at;
}
function valueOrigin(doc, pointer) {
  return doc.origins ? originOf(doc.origins, pointer)?.value : void 0;
}
function originOf(origins, pointer) {
  const path = pointerToPath(pointer);
  for (let n = path.length; n >= 0; n--) {
    const found = origins.byPointer.get(pathToPointer(path.slice(0, n)));
    if (found) {
      const rest = path.slice(n);
      return { value: found, pointer: found.pointer + pathToPointer(rest), exact: n === path.length };
    }
  }
  return void 0;
}
function pointerToPath(pointer) {
  if (pointer === "" || pointer === "/")
    return [];
  return pointer.slice(pointer.startsWith("/") ? 1 : 0).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function pathToPointer(path) {
  let pointer = "";
  for (const segment of path) {
    const text = String(segment);
    pointer += text.includes("~") || text.includes("/") ? `/${text.replace(/~/g, "~0").replace(/\//g, "~1")}` : `/${text}`;
  }
  return pointer;
}
var SourceMap = class {
  contents;
  lineCounter;
  documentOffset;
  constructor(contents, lineCounter, documentOffset) {
    this.contents = contents;
    this.lineCounter = lineCounter;
    this.documentOffset = documentOffset;
  }
  locate(pointer, options = {}) {
    return this.position(this.offsetOf(pointer, options.onKey ?? false));
  }
  /** The offset of the node (or key) at `pointer`, or of its nearest existing parent. */
  offsetOf(pointer, onKey) {
    let node = this.contents;
    let offset = node?.range?.[0] ?? this.documentOffset;
    const path = pointerToPath(pointer);
    for (let i = 0; i < path.length && node; i++) {
      const segment = path[i];
      const last = i === path.length - 1;
      if ((0, import_yaml.isMap)(node)) {
        const pair = node.items.find((p) => ((0, import_yaml.isScalar)(p.key) ? String(p.key.value) : String(p.key)) === segment);
        if (!pair)
          break;
        const key = pair.key;
        if (last && onKey && key?.range)
          return key.range[0];
        const value = pair.value;
        if (!value?.range)
          return key?.range?.[0] ?? offset;
        node = value;
      } else if ((0, import_yaml.isSeq)(node)) {
        const item = node.items[Number(segment)];
        if (!item?.range)
          break;
        node = item;
      } else {
        break;
      }
      offset = node.range?.[0] ?? offset;
    }
    return offset;
  }
  position(offset) {
    const { line, col } = this.lineCounter.linePos(offset);
    return { line, column: col };
  }
};

export {
  locateIn,
  valueOrigin,
  pointerToPath,
  pathToPointer,
  SourceMap
};
