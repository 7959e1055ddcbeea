import { fail, ok, type ParseResult } from "./result.js";

/**
 * A percentage kept as an integer number of parts per billion of the whole (99.9% → 999_000_000),
 * so that objectives, credit tiers and measured values compare exactly, without float drift.
 */
export interface Percentage {
  readonly ppb: number;
  /** The same value as a fraction 0–1, for display and JSON output only. */
  readonly fraction: number;
}

export const PPB = 1_000_000_000;
const PATTERN = /^(\d{1,3})(?:\.(\d{1,7}))?\s*%?$/;

export function parsePercentage(
  input: unknown,
  options: { allowOver100?: boolean } = {},
): ParseResult<Percentage> {
  let text: string;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return fail("a percentage must be a finite number");
    text = String(input);
    if (/e/i.test(text)) text = input.toFixed(7).replace(/\.?0+$/, "");
  } else if (typeof input === "string") {
    text = input.trim();
  } else {
    return fail('a percentage is a number 0–100 or a string like "99.9%"');
  }
  const match = PATTERN.exec(text);
  if (!match) return fail(`"${text}" is not a percentage (expected e.g. 99.9% or 99.9, at most 7 decimals)`);
  const whole = Number(match[1]);
  const decimals = (match[2] ?? "").padEnd(7, "0");
  // percent × 10^7 = parts per billion
  const ppb = whole * 10_000_000 + Number(decimals);
  if (ppb > PPB && !options.allowOver100) return fail(`${text} is above 100%`);
  return ok(percentageFromPpb(ppb));
}

export function percentageFromPpb(ppb: number): Percentage {
  return { ppb, fraction: ppb / PPB };
}

/** Formats a percentage with the fewest decimals that show it exactly (at most 7). */
export function formatPercentage(p: Percentage): string {
  const whole = Math.floor(p.ppb / 10_000_000);
  const rest = String(p.ppb % 10_000_000)
    .padStart(7, "0")
    .replace(/0+$/, "");
  return rest ? `${whole}.${rest}%` : `${whole}%`;
}

/**
 * Exact test of good/total ≥ objective, in integers. `good` and `total` may be milliseconds of a
 * month or ticket counts; BigInt keeps the product exact beyond 2^53.
 */
export function ratioMeets(good: number, total: number, objective: Percentage): boolean {
  return BigInt(good) * BigInt(PPB) >= BigInt(objective.ppb) * BigInt(total);
}

/** Exact test of good/total < threshold (strict), as used by credit tiers (`below`). */
export function ratioBelow(good: number, total: number, threshold: Percentage): boolean {
  return BigInt(good) * BigInt(PPB) < BigInt(threshold.ppb) * BigInt(total);
}
