import { type Percentage, PPB } from "../core/values/percentage.js";

/**
 * A non-negative rational number n/d in BigInt. Composed availabilities are products of
 * ppb values, so the denominator is PPB^k: exact for any number of components, and
 * comparisons with an objective never depend on float rounding.
 */
export interface Fraction {
  readonly n: bigint;
  readonly d: bigint;
}

const BIG_PPB = BigInt(PPB);
export const ONE: Fraction = { n: 1n, d: 1n };

export function fromPercentage(p: Percentage): Fraction {
  return { n: BigInt(p.ppb), d: BIG_PPB };
}

export function multiply(a: Fraction, b: Fraction): Fraction {
  return { n: a.n * b.n, d: a.d * b.d };
}

export function complement(a: Fraction): Fraction {
  return { n: a.d - a.n, d: a.d };
}

export function compareToPercentage(a: Fraction, p: Percentage): -1 | 0 | 1 {
  const left = a.n * BIG_PPB;
  const right = BigInt(p.ppb) * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * For JSON only: the nearest float. Parsing a 25-digit decimal string rounds correctly, where
 * dividing two converted numbers would round twice.
 */
export function toNumber(a: Fraction): number {
  const digits = 25n;
  const scaled = (a.n * 10n ** digits) / a.d;
  const text = scaled.toString().padStart(Number(digits) + 1, "0");
  return Number.parseFloat(`${text.slice(0, -Number(digits))}.${text.slice(-Number(digits))}`);
}

/**
 * The value as a percentage rounded DOWN to `decimals` places, trailing zeros dropped
 * (0.9985005 → "99.85%" at 2). Rounding down keeps the displayed comparison truthful: with at
 * least as many decimals as the objective, a value below the objective never displays as equal to it.
 */
export function formatFloorPercent(a: Fraction, decimals: number): string {
  const scale = 10n ** BigInt(decimals);
  const q = (a.n * 100n * scale) / a.d;
  const whole = q / scale;
  const rest = (q % scale).toString().padStart(decimals, "0").replace(/0+$/, "");
  return rest ? `${whole}.${rest}%` : `${whole}%`;
}
