import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import "./chunk-KBDRPUOI.js";

// dist/report/skipped-rows.js
function skippedRowsOf(reports) {
  const seen = /* @__PURE__ */ new Map();
  for (const r of reports)
    for (const s of r.dataQuality.skipped)
      seen.set(`${s.source}|${s.file}|${s.reason}`, s);
  return [...seen.values()];
}
function describeSkippedRows(s) {
  const more = s.count > s.lines.length ? ", \u2026" : "";
  return `${s.file}: ${s.count} row${s.count === 1 ? "" : "s"} skipped: ${s.reason} (line ${s.lines.join(", ")}${more})`;
}
export {
  describeSkippedRows,
  skippedRowsOf
};
