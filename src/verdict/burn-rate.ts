import { type Percentage, PPB } from "../core/values/percentage.js";

/** `excused`: the target's workload limit is already exceeded in the window (SPEC §15). */
export type ForecastStatus = "met" | "breached" | "no-data" | "excused";

/**
 * A window judged so far (SPEC §20), before its end. `bad` and `measured` are what was measured
 * from the window's start to the as-of instant (ms of service time, or items); `whole` is the
 * basis of the whole window's budget: its full service time for time-based metrics, the items so
 * far for counted ones (future items are unknown, so the items so far are the whole).
 */
export interface BurnInput {
  bad: number;
  measured: number;
  whole: number;
  objective: Percentage;
}

export interface BurnJudgement {
  /** bad ÷ ((1 − objective) × whole); null when nothing may go bad (100%) but something did. */
  consumed: number | null;
  /** consumed ÷ (measured ÷ whole): 1.0 uses exactly the budget by the window's end; null as consumed. */
  burnRate: number | null;
  forecast: ForecastStatus;
  atRisk: boolean;
}

/**
 * Burn rate and forecast (SPEC §20), decided exactly: `consumed > 1` is bad × 10^9 > (10^9 −
 * objective_ppb) × whole, `burnRate > 1` is bad × 10^9 > (10^9 − objective_ppb) × measured, and
 * `consumed ≥ 0.75` is 4 × bad × 10^9 ≥ 3 × (10^9 − objective_ppb) × whole, in BigInt — a budget
 * used exactly to its end is met and a burn rate of exactly 1 is not at risk. Nothing measured
 * yet is `no-data`, never met.
 */
export function judgeBurn(input: BurnInput): BurnJudgement {
  const { bad, measured, whole, objective } = input;
  if (measured <= 0 || whole <= 0)
    return { consumed: null, burnRate: null, forecast: "no-data", atRisk: false };
  const slack = BigInt(PPB - objective.ppb);
  const badPpb = BigInt(bad) * BigInt(PPB);
  const overBudget = badPpb > slack * BigInt(whole);
  const overRate = badPpb > slack * BigInt(measured);
  const nearBudget = 4n * badPpb >= 3n * slack * BigInt(whole);
  const allowedWhole = ((PPB - objective.ppb) * whole) / PPB;
  const consumed = allowedWhole > 0 ? bad / allowedWhole : bad === 0 ? 0 : null;
  const burnRate = consumed === null ? null : consumed / (measured / whole);
  const breached = overBudget || overRate;
  return {
    consumed,
    burnRate,
    forecast: breached ? "breached" : "met",
    atRisk: !breached && nearBudget && bad > 0,
  };
}
