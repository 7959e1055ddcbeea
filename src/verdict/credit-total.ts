import type { Percentage } from "../core/values/percentage.js";
import { PPB } from "../core/values/percentage.js";
import { percentOfCents } from "./money.js";

/** One target's credit in one assessment window, before the cap. */
export interface WindowCredit {
  label: string;
  /** The fee scaled to the window, in cents; null without a fee. */
  feeCents: number | null;
  creditCents: number | null;
  /** The credit tier's share of the fee, in ppb (0 when no tier applies). */
  creditPpb: number;
}

export interface CreditTotal {
  percent: number | null;
  amount: number | null;
  currency: string | null;
  capped: boolean;
}

/**
 * Per window label, the sum of the targets' credits, capped at creditCap × the window's fee; the
 * total is the sum over windows. Without a fee only a single window's share can be stated.
 */
export function totalCredits(
  credits: readonly WindowCredit[],
  terms: { creditCap: Percentage; fee?: { currency: string } },
  anyTiers: boolean,
): CreditTotal {
  if (!anyTiers) return { percent: null, amount: null, currency: terms.fee?.currency ?? null, capped: false };
  const windows = new Map<string, { feeCents: number | null; cents: number; ppb: number }>();
  for (const w of credits) {
    const entry = windows.get(w.label) ?? { feeCents: w.feeCents, cents: 0, ppb: 0 };
    entry.cents += w.creditCents ?? 0;
    entry.ppb += w.creditPpb;
    windows.set(w.label, entry);
  }
  let capped = false;
  let cents = 0;
  let fee = 0;
  let ppb = 0;
  for (const w of windows.values()) {
    const capPpb = Math.min(w.ppb, terms.creditCap.ppb);
    if (w.ppb > terms.creditCap.ppb) capped = true;
    ppb += capPpb;
    if (w.feeCents !== null) {
      const cap = percentOfCents(terms.creditCap, w.feeCents);
      cents += Math.min(w.cents, cap);
      fee += w.feeCents;
    }
  }
  if (!terms.fee)
    return { percent: windows.size === 1 ? ppb / PPB : null, amount: null, currency: null, capped };
  return { percent: fee > 0 ? cents / fee : 0, amount: cents / 100, currency: terms.fee.currency, capped };
}
