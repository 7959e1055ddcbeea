import type { StatusResult } from "./status-model.js";

export const STATUS_FAIL_ON = ["at-risk", "breach", "never"] as const;
export type StatusFailOn = (typeof STATUS_FAIL_ON)[number];

/** SPEC §20: `at-risk` fails on a target at risk or forecast breached, `breach` only on a forecast breach. */
export function statusFails(result: StatusResult, failOn: StatusFailOn): boolean {
  if (failOn === "never") return false;
  return result.targets.some((t) => t.forecast.status === "breached" || (failOn === "at-risk" && t.atRisk));
}
