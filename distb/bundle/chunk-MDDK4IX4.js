import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);

// dist/status/fail-on.js
var STATUS_FAIL_ON = ["at-risk", "breach", "never"];
function statusFails(result, failOn) {
  if (failOn === "never")
    return false;
  return result.targets.some((t) => t.forecast.status === "breached" || failOn === "at-risk" && t.atRisk);
}

export {
  STATUS_FAIL_ON,
  statusFails
};
