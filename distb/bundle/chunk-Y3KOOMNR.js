import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);

// dist/coverage/verdict.js
var RANK = { "not-applicable": -1, covered: 0, "at-risk": 1, uncovered: 2 };
function verdictOf(reasons) {
  let worst = "covered";
  for (const r of reasons) {
    if (r.effect !== "warning" && RANK[r.effect] > RANK[worst])
      worst = r.effect;
  }
  return worst;
}
var FAIL_ON = ["at-risk", "uncovered", "never"];
function failsAt(result, failOn) {
  if (failOn === "never")
    return false;
  return result.targets.some((t) => RANK[t.verdict] >= RANK[failOn]);
}
function summaryLine(result) {
  const total = result.targets.length;
  const { covered, "at-risk": atRisk, uncovered } = result.summary;
  const notApplicable = result.summary["not-applicable"] ?? 0;
  return `${total} target${total === 1 ? "" : "s"}: ${covered} covered, ${atRisk} at-risk, ${uncovered} uncovered${notApplicable > 0 ? `, ${notApplicable} not-applicable` : ""}`;
}

export {
  verdictOf,
  FAIL_ON,
  failsAt,
  summaryLine
};
