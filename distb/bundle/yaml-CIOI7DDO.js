import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  pathToPointer
} from "./chunk-56227VBS.js";
import {
  require_dist
} from "./chunk-C2E5FT65.js";
import {
  __toESM
} from "./chunk-KBDRPUOI.js";

// dist/formatters/show/yaml.js
var import_yaml = __toESM(require_dist(), 1);
var formatShowYaml = (shown) => {
  const lines = [
    `# ${shown.kind}/${shown.name}: the effective agreement${shown.templates.length ? ` (templates merged in order: ${shown.templates.join(", ")})` : ""}`
  ];
  emit(shown.effective, "", "", shown.origins, lines);
  return `${lines.join("\n")}
`;
};
var where = (origin) => origin ? `  # ${origin.file}:${origin.line}` : "";
function isCollection(value) {
  return value !== null && typeof value === "object" && Object.keys(value).length > 0;
}
function scalar(value) {
  if (typeof value === "string" && /[\n\r]/.test(value))
    return JSON.stringify(value);
  if (value !== null && typeof value === "object")
    return Array.isArray(value) ? "[]" : "{}";
  return (0, import_yaml.stringify)(value, { lineWidth: 0 }).trimEnd();
}
function key(name) {
  return scalar(name);
}
function emit(value, pointer, indent, origins, lines) {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      const at = pointer + pathToPointer([i]);
      if (!isCollection(item)) {
        lines.push(`${indent}- ${scalar(item)}${where(origins[at])}`);
        return;
      }
      const start = lines.length;
      emit(item, at, `${indent}  `, origins, lines);
      lines[start] = `${indent}- ${lines[start].slice(indent.length + 2)}`;
    });
    return;
  }
  for (const [k, v] of Object.entries(value)) {
    const at = pointer + pathToPointer([k]);
    if (isCollection(v)) {
      lines.push(`${indent}${key(k)}:${where(origins[at])}`);
      emit(v, at, Array.isArray(v) ? `${indent}  ` : `${indent}  `, origins, lines);
    } else {
      lines.push(`${indent}${key(k)}: ${scalar(v)}${where(origins[at])}`);
    }
  }
}
export {
  formatShowYaml
};
