import type { LocaleText } from "./locale-text.js";

/** What a reader is told about an excused window or a workload window (SPEC §15). */
export interface WorkloadFact {
  measure: "tickets" | "requests";
  actual: number;
  max: number;
}

/** "excused: 512 tickets opened against a workload limit of 500". */
export function excuseReason(f: WorkloadFact, text: LocaleText): string {
  return text.t("workload.excused", {
    measure: f.measure,
    actual: text.number(f.actual),
    max: text.number(f.max),
  });
}

/** "Workload: 512 tickets against a limit of 500 — exceeded" (or "— within the limit"). */
export function workloadLine(f: WorkloadFact & { exceeded: boolean }, text: LocaleText): string {
  return text.t("workload.line", {
    measure: f.measure,
    actual: text.number(f.actual),
    max: text.number(f.max),
    exceeded: f.exceeded ? "yes" : "no",
  });
}
