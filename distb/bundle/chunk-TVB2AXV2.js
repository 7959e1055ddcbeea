import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  documentLine
} from "./chunk-FEUMEWLU.js";

// dist/formatters/report/markdown-escape.js
var SPECIAL = /[\\`*_[\]<>|~$#]/g;
var ENTITY = /&(?=#?[a-zA-Z0-9]+;)/g;
var LEADING_MARKER = /^(\s*)([-+=]|\d+(?=[.)]))/;
function escapeMarkdown(text) {
  return documentLine(text).replace(SPECIAL, (c) => `\\${c}`).replace(ENTITY, "\\&").replace(LEADING_MARKER, (_m, space, marker) => /\d/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`);
}
function escapeMarkdownStrings(value) {
  return mapStrings(value, escapeMarkdown);
}
function mapStrings(value, change) {
  if (typeof value === "string")
    return change(value);
  if (Array.isArray(value))
    return value.map((item) => mapStrings(item, change));
  if (value !== null && typeof value === "object") {
    const copy = {};
    for (const [key, item] of Object.entries(value))
      copy[key] = mapStrings(item, change);
    return copy;
  }
  return value;
}

export {
  escapeMarkdown,
  escapeMarkdownStrings,
  mapStrings
};
