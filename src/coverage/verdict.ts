import type { CoverageResult, Reason, Verdict } from "./coverage-result.js";

const RANK: Record<Verdict, number> = { "not-applicable": -1, covered: 0, "at-risk": 1, uncovered: 2 };

/** The verdict the reasons add up to: the worst effect among them; warnings count for nothing. */
export function verdictOf(reasons: readonly Reason[]): Verdict {
  let worst: Verdict = "covered";
  for (const r of reasons) {
    if (r.effect !== "warning" && RANK[r.effect] > RANK[worst]) worst = r.effect;
  }
  return worst;
}

export type FailOn = Exclude<Verdict, "covered" | "not-applicable"> | "never";
export const FAIL_ON: readonly FailOn[] = ["at-risk", "uncovered", "never"];

/** True when any target is at or beyond `failOn` (`--fail-on`, SPEC §5.4). */
export function failsAt(result: CoverageResult, failOn: FailOn): boolean {
  if (failOn === "never") return false;
  return result.targets.some((t) => RANK[t.verdict] >= RANK[failOn]);
}

/** `12 targets: 9 covered, 2 at-risk, 1 uncovered` */
export function summaryLine(result: CoverageResult): string {
  const total = result.targets.length;
  const { covered, "at-risk": atRisk, uncovered } = result.summary;
  const notApplicable = result.summary["not-applicable"] ?? 0;
  return `${total} target${total === 1 ? "" : "s"}: ${covered} covered, ${atRisk} at-risk, ${uncovered} uncovered${notApplicable > 0 ? `, ${notApplicable} not-applicable` : ""}`;
}
