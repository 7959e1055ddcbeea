import { describe, expect, it } from "vitest";
import {
  formatPercentage,
  parsePercentage,
  ratioBelow,
  ratioMeets,
} from "../../../src/core/values/percentage.js";

const pct = (v: unknown) => {
  const r = parsePercentage(v);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe("percentages", () => {
  it("reads 99.9%, 99.9 and 100 as exact parts per billion", () => {
    expect(pct("99.9%").ppb).toBe(999_000_000);
    expect(pct(99.9).ppb).toBe(999_000_000);
    expect(pct("99.9999999%").ppb).toBe(999_999_999);
    expect(pct(100).ppb).toBe(1_000_000_000);
    expect(pct("0%").ppb).toBe(0);
    expect(pct("99.95%").fraction).toBe(0.9995);
  });

  it("rejects what is not a percentage, more than 7 decimals, and more than 100% unless allowed", () => {
    expect(parsePercentage("100.1%")).toEqual({ ok: false, error: "100.1% is above 100%" });
    expect(parsePercentage("300%", { allowOver100: true })).toMatchObject({
      ok: true,
      value: { ppb: 3_000_000_000 },
    });
    expect(parsePercentage("99,9%").ok).toBe(false);
    expect(parsePercentage("-1%").ok).toBe(false);
    expect(parsePercentage("99.12345678%").ok).toBe(false);
    expect(parsePercentage(true).ok).toBe(false);
    expect(parsePercentage(Number.NaN).ok).toBe(false);
  });

  it("formats with the fewest decimals that are exact", () => {
    expect(formatPercentage(pct("99.90%"))).toBe("99.9%");
    expect(formatPercentage(pct(95))).toBe("95%");
    expect(formatPercentage(pct("99.0000001%"))).toBe("99.0000001%");
  });

  it("compares measured ratios with objectives exactly, where floats would drift", () => {
    // 99.9% of a 30-day month allows 2,592,000 ms of downtime: equal meets, one ms more does not.
    const month = 30 * 86_400_000;
    expect(ratioMeets(month - 2_592_000, month, pct("99.9%"))).toBe(true);
    expect(ratioMeets(month - 2_592_001, month, pct("99.9%"))).toBe(false);
    // 0.1 + 0.2 style drift: 7/10 objective 70% met exactly.
    expect(ratioMeets(7, 10, pct("70%"))).toBe(true);
    // `below` is strict: 99.0% exactly is not below 99.0%.
    expect(ratioBelow(990, 1000, pct("99.0%"))).toBe(false);
    expect(ratioBelow(989, 1000, pct("99.0%"))).toBe(true);
  });
});
