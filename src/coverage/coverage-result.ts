import type { AgreementKind, Metric } from "../core/model.js";
import type { ReasonFact } from "../text/coverage-reasons.js";

/**
 * What `slm coverage` decides, as plain data: the formatters (table, markdown, json) only
 * render this. Figures are kept exact where they were decided (see compose-availability.ts);
 * `composed` is the float for display and JSON only.
 */
/**
 * `not-applicable` (SPEC §15, §19): a commitment no component is asked to underpin (customer
 * satisfaction); counted in the summary, never failing `--fail-on`, left out of kpi `slaTargets`.
 */
export type Verdict = "covered" | "at-risk" | "uncovered" | "not-applicable";
export const VERDICTS: readonly Verdict[] = ["covered", "at-risk", "uncovered", "not-applicable"];

/** `missing` makes a target uncovered; `notice` is a warning; every other kind makes it at-risk. */
export type ReasonKind =
  | "missing"
  | "availability"
  | "threshold"
  | "objective"
  | "hours"
  | "term"
  | "metric"
  | "notice";

export interface Reason {
  kind: ReasonKind;
  /** The verdict this reason alone implies; `warning` never changes the verdict. */
  effect: "uncovered" | "at-risk" | "warning";
  /** The component the reason is about, when it is about one. */
  component?: string;
  /** In English words (the JSON format writes it). */
  message: string;
  /** The same as data, for formats in other languages (not written to JSON). */
  fact: ReasonFact;
}

/** One supporting OLA/UC target. `ref` is `<kind>/<agreement>/<target>`. */
export interface SupportRef {
  ref: string;
  kind: AgreementKind;
  agreement: string;
  target: string;
  /** `match`: same metric (and priority) on the component's agreement; `link`: named the SLA target in `supports`. */
  via: "match" | "link";
}

export interface ComponentCoverage {
  service: string;
  /** How the component was found: the SLA service itself, its dependency graph, or only an explicit link. */
  via: "self" | "dependency" | "link";
  /** The services from the SLA's service down to this one (dependency graph), e.g. [email, app, network]. */
  path: string[];
  /** Index of the `anyOf` group (in order of appearance) this component is a member of. */
  anyOf?: number;
  supportedBy: SupportRef[];
  /** The worst verdict of the reasons about this component. */
  verdict: Verdict;
}

export interface TargetCoverage {
  sla: string;
  customer: string;
  service: string;
  target: string;
  metric: Metric;
  priority?: string;
  /** The SLA objective as a fraction 0–1, and the threshold in seconds (SPEC §9 units). */
  objective: number;
  threshold?: number;
  /** The commitment in words: `≥ 99.95%`, `P1 ≤ 15m in 95%`. */
  requirement: string;
  /** A business-day threshold as written (`2bd`); not written to JSON, where `threshold` is absent for it. */
  thresholdText?: string;
  verdict: Verdict;
  /** Availability: the composed objective of the components, a fraction 0–1 (display only). */
  composed?: number;
  /** Availability: the arithmetic, e.g. `99.95% (mail-platform, OLA messaging-ops) × … = 99.94%`. */
  composition?: string;
  reasons: Reason[];
  components: ComponentCoverage[];
}

export interface CoverageResult {
  targets: TargetCoverage[];
  /** OLA/UC targets that support no SLA target (whole repository, whatever the filters). */
  orphans: string[];
  summary: Record<Verdict, number>;
}
