import type { CreditTier } from "../core/model.js";
import { type Percentage, PPB, ratioBelow, ratioMeets } from "../core/values/percentage.js";

export type Severity = "minor" | "major" | "critical";

/** A measurement judged against its target (SPEC §6 "Met / breached", "Credits"). */
export interface Assessment {
  /** `excused`: the target's workload limit was exceeded (SPEC §15): neither met nor breached, no credit. */
  status: "met" | "breached" | "no-data" | "excused";
  value: number | null;
  margin: number | null;
  severity: Severity | null;
  /** Allowed bad amount: ms of downtime (time) or items (count). */
  budgetAllowed: number | null;
  /** bad / allowed; null when nothing is allowed (a 100% objective) but something went bad. */
  budgetConsumed: number | null;
  credit: CreditTier | null;
}

/**
 * Judges a measurement. Met is exact (good × 10^9 ≥ objective_ppb × total, in BigInt); error
 * budget = (1 − objective) × measured amount; severity by budget consumed with exact integer
 * comparisons at the tier edges; the credit tier is the one with the lowest `below` that the
 * value is strictly under. No data is never met and earns no credit.
 */
export function assess(
  m: { good: number; total: number },
  objective: Percentage,
  severityTiers: { minor: Percentage; major: Percentage },
  credits: readonly CreditTier[],
): Assessment {
  if (m.total === 0) {
    return {
      status: "no-data",
      value: null,
      margin: null,
      severity: null,
      budgetAllowed: null,
      budgetConsumed: null,
      credit: null,
    };
  }
  const bad = m.total - m.good;
  const allowed = ((PPB - objective.ppb) * m.total) / PPB;
  const consumed = allowed > 0 ? bad / allowed : bad === 0 ? 0 : null;
  const met = ratioMeets(m.good, m.total, objective);
  const value = m.good / m.total;
  let credit: CreditTier | null = null;
  for (const tier of credits) {
    if (ratioBelow(m.good, m.total, tier.below) && (credit === null || tier.below.ppb < credit.below.ppb))
      credit = tier;
  }
  return {
    status: met ? "met" : "breached",
    value,
    margin: value - objective.fraction,
    severity: met ? null : severityOf(bad, m.total, objective, severityTiers),
    budgetAllowed: allowed,
    budgetConsumed: consumed,
    credit,
  };
}

/**
 * A window whose workload limit was exceeded (SPEC §15): the value stays for the reader, but the
 * window is neither met nor breached and earns no credit. A window without data stays no data:
 * there is nothing to excuse.
 */
export function excuse(a: Assessment): Assessment {
  return a.status === "no-data" ? a : { ...a, status: "excused", severity: null, credit: null };
}

/**
 * consumed ≤ minor → minor, ≤ major → major, else critical, where consumed = bad / budget and
 * budget = (1 − objective) × total: compared as bad × 10^18 ≤ tier_ppb × (10^9 − objective_ppb) × total.
 */
export function severityOf(
  bad: number,
  total: number,
  objective: Percentage,
  tiers: { minor: Percentage; major: Percentage },
): Severity {
  const lhs = BigInt(bad) * BigInt(PPB) * BigInt(PPB);
  const budget = BigInt(PPB - objective.ppb) * BigInt(total);
  if (lhs <= BigInt(tiers.minor.ppb) * budget) return "minor";
  if (lhs <= BigInt(tiers.major.ppb) * budget) return "major";
  return "critical";
}
