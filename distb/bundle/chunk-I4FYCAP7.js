import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);

// dist/text/workload-text.js
function excuseReason(f, text) {
  return text.t("workload.excused", {
    measure: f.measure,
    actual: text.number(f.actual),
    max: text.number(f.max)
  });
}
function workloadLine(f, text) {
  return text.t("workload.line", {
    measure: f.measure,
    actual: text.number(f.actual),
    max: text.number(f.max),
    exceeded: f.exceeded ? "yes" : "no"
  });
}

export {
  excuseReason,
  workloadLine
};
