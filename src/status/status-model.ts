import type { AgreementKind, Metric, Window } from "../core/model.js";
import type { CreditDirection } from "../verdict/credit-total.js";
import type { ForecastStatus } from "../verdict/burn-rate.js";

/** One target's assessment window so far (SPEC §20); the JSON formatter keeps the §20 fields. */
export interface TargetStatus {
  agreement: string;
  kind: AgreementKind;
  target: string;
  metric: Metric;
  objective: number;
  window: { label: string; per: Window; start: string; end: string };
  /** Seconds of measured service time (time-based metrics) or items so far (counted). */
  elapsed: number;
  unit: "time" | "count";
  value: number | null;
  consumed: number | null;
  burnRate: number | null;
  atRisk: boolean;
  forecast: {
    status: ForecastStatus;
    /** The value at the window's end if the rest of it goes as it went so far (the value so far). */
    value: number | null;
    /** The credit at that value, capped by creditCap, in the fee's currency; null without a fee or tier. */
    credit: { amount: number; currency: string; direction: CreditDirection } | null;
  };
  /** Set when the target's workload limit is exceeded already: `forecast.status` is `excused`, never at risk. */
  excused: StatusExcuse | null;
}

/** The workload limit already exceeded in the window so far (SPEC §15): the target is excused. */
export interface StatusExcuse {
  workload: string;
  measure: "tickets" | "requests";
  actual: number;
  max: number;
  /** In English words, e.g. "excused: 512 tickets opened against a workload limit of 500". */
  reason: string;
}

export interface StatusResult {
  asOf: string;
  targets: TargetStatus[];
}
