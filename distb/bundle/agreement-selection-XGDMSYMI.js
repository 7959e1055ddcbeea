import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  didYouMean
} from "./chunk-MGTMLQDH.js";
import {
  UsageError
} from "./chunk-RMJS7MV5.js";
import "./chunk-KBDRPUOI.js";

// dist/commands/agreement-selection.js
function checkSelection(model, selection, command) {
  const kinds = selection.kind === "all" ? ["SLA", "OLA", "UC"] : [selection.kind.toUpperCase()];
  const chosen = model.agreements.filter((a) => kinds.includes(a.kind));
  const label = selection.kind === "all" ? "agreement" : selection.kind.toUpperCase();
  if (selection.sla !== void 0 && !chosen.some((a) => a.metadata.name === selection.sla)) {
    const other = model.agreements.find((a) => a.metadata.name === selection.sla);
    if (other) {
      throw new UsageError(command === void 0 ? `--sla: ${selection.sla} is an ${other.kind}; add --kind ${other.kind.toLowerCase()} or --kind all` : `--sla: ${selection.sla} is an ${other.kind}; ${command} is about SLAs only`);
    }
    throw new UsageError(`--sla: no ${label} named "${selection.sla}"${known(chosen.map((a) => a.metadata.name), selection.sla, label)}`);
  }
  if (selection.customer !== void 0 && !chosen.some((a) => a.customer === selection.customer)) {
    throw new UsageError(`--customer: no ${label} has customer "${selection.customer}"${known(chosen.map((a) => a.customer), selection.customer, label)}`);
  }
}
function known(names, given, label) {
  const unique = [...new Set(names)].sort();
  if (unique.length === 0)
    return ` (the repository has no ${label})`;
  const close = didYouMean(given, unique);
  const shown = unique.slice(0, 10).join(", ");
  return `${close ? ` (did you mean "${close}"?)` : ""} (known: ${shown}${unique.length > 10 ? `, \u2026 ${unique.length - 10} more` : ""})`;
}
export {
  checkSelection
};
