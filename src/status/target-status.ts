import type { Agreement, Target } from "../core/model.js";
import type { TargetMeasurement } from "../measure/engine.js";
import { isoInstant } from "../text/local-time.js";
import type { WindowSoFar } from "../time/window-so-far.js";
import { assess } from "../verdict/assessment.js";
import { judgeBurn } from "../verdict/burn-rate.js";
import { creditDirection } from "../verdict/credit-total.js";
import { percentOfCents, windowFeeCents } from "../verdict/money.js";
import type { StatusExcuse, TargetStatus } from "./status-model.js";

/**
 * A target's window so far (SPEC §20). Time-based metrics measure milliseconds of service time:
 * the whole window's budget is (1 − objective) × its full service time (`wholeServiceMs`, the
 * calendar's open time over the whole window), and `elapsed` is the service time measured so far
 * (unknown time left out). Counted metrics measure items: the budget is (1 − objective) × the
 * items so far, so the share elapsed is 1 and the burn rate equals the budget consumed.
 */
export function targetStatus(
  agreement: Agreement,
  target: Target,
  window: WindowSoFar,
  m: TargetMeasurement,
  wholeServiceMs: number,
): TargetStatus {
  const bad = m.total - m.good;
  const whole = m.unit === "time" ? wholeServiceMs : m.total;
  const burn = judgeBurn({ bad, measured: m.total, whole, objective: target.objective });
  const value = m.total > 0 ? m.good / m.total : null;
  return {
    agreement: agreement.metadata.name,
    kind: agreement.kind,
    target: target.name,
    metric: target.metric,
    objective: target.objective.fraction,
    window: {
      label: window.label,
      per: target.window,
      start: isoInstant(window.whole.start),
      end: isoInstant(window.whole.end),
    },
    elapsed: m.unit === "time" ? m.total / 1000 : m.total,
    unit: m.unit,
    value,
    ...burn,
    forecast: {
      status: burn.forecast,
      value,
      credit: burn.forecast === "breached" ? forecastCredit(agreement, target, window, m) : null,
    },
    excused: null,
  };
}

/** A window so far whose workload limit is already exceeded: excused, neither at risk nor breached, no credit (SPEC §15). */
export function excusedStatus(status: TargetStatus, excused: StatusExcuse | null): TargetStatus {
  if (!excused || status.forecast.status === "no-data") return status;
  return {
    ...status,
    atRisk: false,
    forecast: { ...status.forecast, status: "excused", credit: null },
    excused,
  };
}

/** The credit of the tier the value so far is under, on the fee scaled to the window, at most creditCap of it. */
function forecastCredit(
  agreement: Agreement,
  target: Target,
  window: WindowSoFar,
  m: TargetMeasurement,
): TargetStatus["forecast"]["credit"] {
  const direction = creditDirection(agreement.kind);
  if (direction === null || !agreement.fee) return null;
  const tier = assess(m, target.objective, agreement.severity, target.credits).credit;
  if (!tier) return null;
  const feeCents = windowFeeCents(agreement.fee, window.months);
  const cents = Math.min(
    percentOfCents(tier.credit, feeCents),
    percentOfCents(agreement.creditCap, feeCents),
  );
  return { amount: cents / 100, currency: agreement.fee.currency, direction };
}
