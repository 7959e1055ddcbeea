import type { AgreementKind } from "../core/model.js";
import type { Percentage } from "../core/values/percentage.js";
import { PPB } from "../core/values/percentage.js";
import type { Months } from "../time/assessment-window.js";
import { feeCentsForMonths, percentOfCents } from "./money.js";

/**
 * `due`: the window ended in the report's period and earned a credit; `accruing`: the window is
 * still running and has earned one so far (not due yet, not in the total); `none`: no credit.
 */
export type CreditStatus = "due" | "accruing" | "none";

/** SLA credits are payable to the customer, UC credits claimable from the supplier; OLAs carry none (SPEC §14). */
export type CreditDirection = "payable" | "claimable" | null;

/** One target's credit in one assessment window, before the cap. */
export interface WindowCredit {
  label: string;
  months: number;
  provisional: boolean;
  /** The fee scaled to the window, in cents; null without a fee. */
  feeCents: number | null;
  creditCents: number | null;
  /** The credit tier's share of the fee, in ppb (0 when no tier applies). */
  creditPpb: number;
}

export interface CreditTotal {
  /** The due amount as a share of the fee for the report's period. */
  percent: number | null;
  /** Σ due credits after the per-window cap. */
  amount: number | null;
  currency: string | null;
  /** A due window's credits were limited by creditCap. */
  capped: boolean;
  /** Σ credits of windows still running, after the cap: what falls due later if nothing changes. */
  accruing: number | null;
  direction: CreditDirection;
  /** Per due window, in window order: its credits after the cap, in cents (null without a fee). */
  dueWindows: { label: string; cents: number | null }[];
}

export function creditDirection(kind: AgreementKind): CreditDirection {
  return kind === "SLA" ? "payable" : kind === "UC" ? "claimable" : null;
}

export function creditStatus(w: Pick<WindowCredit, "creditPpb" | "provisional">): CreditStatus {
  if (w.creditPpb === 0) return "none";
  return w.provisional ? "accruing" : "due";
}

/**
 * One target's credit in a report, before the agreement's cap (SPEC §14): what falls due (the
 * windows that ended in the period), failing that what is accruing (the window still running),
 * else none — the highest tier reached among those windows and the sum of their credits.
 */
export function targetCredit(windows: readonly WindowCredit[]): {
  status: CreditStatus;
  ppb: number;
  cents: number;
} {
  const status: CreditStatus = windows.some((w) => creditStatus(w) === "due")
    ? "due"
    : windows.some((w) => creditStatus(w) === "accruing")
      ? "accruing"
      : "none";
  const counted = status === "none" ? [] : windows.filter((w) => creditStatus(w) === status);
  return {
    status,
    ppb: counted.reduce((max, w) => Math.max(max, w.creditPpb), 0),
    cents: counted.reduce((sum, w) => sum + (w.creditCents ?? 0), 0),
  };
}

/**
 * The credits of a report (SPEC §14). Per window label, the targets' credits are summed and capped
 * at creditCap × that window's fee; a window's credit falls due in the report whose period holds
 * the window's end, so only due windows make up `amount`. `percent` = amount ÷ the fee for the
 * report's period; without a fee it is the same share computed from the tiers (the fee cancels
 * out): Σ capped share × window months ÷ period months.
 */
export function totalCredits(
  credits: readonly WindowCredit[],
  terms: {
    kind: AgreementKind;
    creditCap: Percentage;
    fee?: { amount: number; currency: string; per: "month" | "quarter" | "year" };
  },
  periodMonths: Months,
  anyTiers: boolean,
): CreditTotal {
  const direction = creditDirection(terms.kind);
  const currency = terms.fee?.currency ?? null;
  if (!anyTiers || direction === null)
    return {
      percent: null,
      amount: null,
      currency,
      capped: false,
      accruing: null,
      direction,
      dueWindows: [],
    };
  const due = capByWindow(
    credits.filter((w) => creditStatus(w) === "due"),
    terms.creditCap,
  );
  const accruing = capByWindow(
    credits.filter((w) => creditStatus(w) === "accruing"),
    terms.creditCap,
  );
  if (!terms.fee) {
    const share = due.windows.reduce((sum, w) => sum + w.ppb * w.months, 0);
    return {
      percent: (share * periodMonths.den) / (PPB * periodMonths.num),
      amount: null,
      currency: null,
      capped: due.capped,
      accruing: null,
      direction,
      dueWindows: due.windows.map((w) => ({ label: w.label, cents: null })),
    };
  }
  const periodFee = feeCentsForMonths(terms.fee, periodMonths);
  return {
    percent: periodFee > 0 ? due.cents / periodFee : 0,
    amount: due.cents / 100,
    currency,
    capped: due.capped,
    accruing: accruing.cents / 100,
    direction,
    dueWindows: due.windows.map((w) => ({ label: w.label, cents: w.cents })),
  };
}

interface CappedWindow {
  label: string;
  months: number;
  ppb: number;
  cents: number;
}

function capByWindow(
  credits: readonly WindowCredit[],
  cap: Percentage,
): { windows: CappedWindow[]; cents: number; capped: boolean } {
  const byLabel = new Map<string, { months: number; feeCents: number | null; ppb: number; cents: number }>();
  for (const w of credits) {
    const entry = byLabel.get(w.label) ?? { months: w.months, feeCents: w.feeCents, ppb: 0, cents: 0 };
    entry.ppb += w.creditPpb;
    entry.cents += w.creditCents ?? 0;
    byLabel.set(w.label, entry);
  }
  let capped = false;
  let cents = 0;
  const windows: CappedWindow[] = [];
  for (const [label, w] of byLabel) {
    if (w.ppb > cap.ppb) capped = true;
    const capCents = w.feeCents === null ? 0 : percentOfCents(cap, w.feeCents);
    const windowCents = w.feeCents === null ? 0 : Math.min(w.cents, capCents);
    cents += windowCents;
    windows.push({ label, months: w.months, ppb: Math.min(w.ppb, cap.ppb), cents: windowCents });
  }
  return { windows, cents, capped };
}
