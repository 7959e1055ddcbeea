import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);

// dist/formatters/validate/summary.js
function countSeverities(diagnostics) {
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const d of diagnostics) {
    if (d.severity === "error")
      counts.errors++;
    else if (d.severity === "warning")
      counts.warnings++;
    else
      counts.infos++;
  }
  return counts;
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export {
  countSeverities,
  plural
};
