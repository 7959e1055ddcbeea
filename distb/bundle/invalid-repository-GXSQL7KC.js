import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  oneLine
} from "./chunk-FEUMEWLU.js";
import {
  fullMessage
} from "./chunk-HHI7S6FG.js";
import "./chunk-DVVF2DU7.js";
import "./chunk-2EXGQLEF.js";
import "./chunk-KBDRPUOI.js";

// dist/commands/invalid-repository.js
function printInvalidRepository(io, diagnostics) {
  const errors = diagnostics.filter((d) => d.severity === "error");
  for (const d of errors)
    io.stderr(`${oneLine(d.file)}:${d.line}:${d.column}: error ${d.code}: ${oneLine(fullMessage(d))}
`);
  io.stderr(`slm: the repository has ${errors.length} validation error${errors.length === 1 ? "" : "s"}; run \`slm validate\` for details
`);
  return 1;
}
export {
  printInvalidRepository
};
