import { describe, expect, it } from "vitest";
import { lastCompletePeriods } from "../../src/time/complete-periods.js";

// Epoch days computed independently with Date.UTC, not with the civil-date code under test.
const day = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;
const labels = (window: "month" | "quarter" | "year", today: string, n: number) =>
  lastCompletePeriods(window, day(today), n).map((p) => p.label);

describe("lastCompletePeriods (the periods `slm diff --replay N` re-measures)", () => {
  it("takes the last N months that ended before today, oldest first, across a year's end", () => {
    expect(labels("month", "2025-01-15", 6)).toEqual([
      "2024-07",
      "2024-08",
      "2024-09",
      "2024-10",
      "2024-11",
      "2024-12",
    ]);
    // On the first of a month the month just begun is still running; the one before has ended.
    expect(labels("month", "2024-03-01", 2)).toEqual(["2024-01", "2024-02"]);
  });

  it("takes quarters for quarterly targets and years for yearly ones", () => {
    // 15 May 2025 is in Q2 2025: Q1 2025 has ended, as have the three before it.
    expect(labels("quarter", "2025-05-15", 4)).toEqual(["2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1"]);
    expect(labels("quarter", "2025-01-01", 1)).toEqual(["2024-Q4"]);
    expect(labels("year", "2025-01-15", 2)).toEqual(["2023", "2024"]);
  });

  it("gives each period its days: February of a leap year has 29", () => {
    const [feb] = lastCompletePeriods("month", day("2024-03-10"), 1);
    expect(feb!.endDay - feb!.startDay).toBe(29);
    expect(feb!.startDay).toBe(day("2024-02-01"));
  });
});
