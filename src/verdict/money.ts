import type { Agreement } from "../core/model.js";
import { type Percentage, PPB, percentageFromPpb } from "../core/values/percentage.js";
import { type Months, monthsOf } from "../time/assessment-window.js";

/**
 * Money in integer cents. The fee is stated per month, quarter or year; a window's fee is the
 * fee scaled by months (a quarterly window of a monthly fee is 3 × fee; a monthly window of a
 * yearly fee is fee / 12). A credit is its percentage of the window's fee; the credits of all
 * targets in one window are capped at creditCap × that window's fee (docs/measurement.md).
 */
export function windowFeeCents(fee: NonNullable<Agreement["fee"]>, windowMonths: number): number {
  return feeCentsForMonths(fee, { num: windowMonths, den: 1 });
}

/** The fee for `months` (an exact fraction: a custom range holds parts of months), in cents rounded half up. */
export function feeCentsForMonths(fee: NonNullable<Agreement["fee"]>, months: Months): number {
  const feeCents = BigInt(Math.round(fee.amount * 100));
  return Number(divRound(feeCents * BigInt(months.num), BigInt(monthsOf(fee.per)) * BigInt(months.den)));
}

/** share × cents, rounded half up to a whole cent, exactly. */
export function percentOfCents(share: Percentage, cents: number): number {
  return Number(divRound(BigInt(share.ppb) * BigInt(cents), BigInt(PPB)));
}

function divRound(n: bigint, d: bigint): bigint {
  return (n * 2n + d) / (2n * d);
}

/**
 * The most credit an agreement can owe for `months` (SPEC §17 cost view): every target at its
 * highest tier, capped at creditCap, of the fee for those months — in cents; 0 without tiers,
 * null without a fee.
 */
export function maxCreditCents(agreement: Agreement, months: Months): number | null {
  if (!agreement.fee) return null;
  const ppb = Math.min(
    agreement.creditCap.ppb,
    agreement.targets.reduce((sum, t) => sum + Math.max(0, ...t.credits.map((c) => c.credit.ppb)), 0),
  );
  return percentOfCents(percentageFromPpb(ppb), feeCentsForMonths(agreement.fee, months));
}

/**
 * Splits `cents` into `parts` whole-cent shares that add up exactly: the first `cents mod parts`
 * shares get the extra cent (callers order the parts by name, so the split is reproducible).
 */
export function apportionCents(cents: number, parts: number): number[] {
  const base = Math.floor(cents / parts);
  const extra = cents - base * parts;
  return Array.from({ length: parts }, (_, i) => base + (i < extra ? 1 : 0));
}
