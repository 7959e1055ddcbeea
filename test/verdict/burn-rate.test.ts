import { describe, expect, it } from "vitest";
import { parsePercentage } from "../../src/core/values/percentage.js";
import { judgeBurn } from "../../src/verdict/burn-rate.js";

const pct = (text: string) => {
  const p = parsePercentage(text);
  if (!p.ok) throw new Error(p.error);
  return p.value;
};

describe("judgeBurn (SPEC §20, exact at the edges)", () => {
  // 99.9% over a 30-day window (2,592,000,000 ms): the whole budget is 2,592,000 ms.
  const whole = 2_592_000_000;
  const objective = pct("99.9%");

  it("a burn rate of exactly 1 is met and not at risk before three quarters of the budget", () => {
    // Half the window gone (1,296,000,000 ms), half the budget used (1,296,000 ms): rate 1.
    const j = judgeBurn({ bad: 1_296_000, measured: 1_296_000_000, whole, objective });
    expect(j).toEqual({ consumed: 0.5, burnRate: 1, forecast: "met", atRisk: false });
  });

  it("one millisecond over that rate is forecast breached", () => {
    expect(judgeBurn({ bad: 1_296_001, measured: 1_296_000_000, whole, objective }).forecast).toBe(
      "breached",
    );
  });

  it("three quarters of the budget used exactly is at risk; one ms less is not", () => {
    // 0.75 × 2,592,000 = 1,944,000 ms, with 80% of the window gone (rate 0.9375).
    const measured = 2_073_600_000;
    expect(judgeBurn({ bad: 1_944_000, measured, whole, objective })).toMatchObject({
      consumed: 0.75,
      forecast: "met",
      atRisk: true,
    });
    expect(judgeBurn({ bad: 1_943_999, measured, whole, objective }).atRisk).toBe(false);
  });

  it("the whole budget used with the window not over is breached whatever the rate", () => {
    // consumed = 2,592,001 / 2,592,000 > 1 although measured = whole gives the same rate.
    expect(judgeBurn({ bad: 2_592_001, measured: whole, whole, objective }).forecast).toBe("breached");
    expect(judgeBurn({ bad: 2_592_000, measured: whole, whole, objective }).forecast).toBe("met");
  });

  it("a 100% objective: nothing bad is met (0), anything bad is breached with no finite figure", () => {
    const all = pct("100%");
    expect(judgeBurn({ bad: 0, measured: 5, whole: 5, objective: all })).toEqual({
      consumed: 0,
      burnRate: 0,
      forecast: "met",
      atRisk: false,
    });
    expect(judgeBurn({ bad: 1, measured: 5, whole: 5, objective: all })).toEqual({
      consumed: null,
      burnRate: null,
      forecast: "breached",
      atRisk: false,
    });
  });

  it("nothing measured yet is no data", () => {
    expect(judgeBurn({ bad: 0, measured: 0, whole, objective }).forecast).toBe("no-data");
  });
});
