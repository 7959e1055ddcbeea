import { describe, expect, it } from "vitest";
import {
  formatBudgetShare,
  formatCurrency,
  formatDate,
  formatDateRange,
  formatDuration,
  formatNumber,
  formatPercent,
  formatPeriodLabel,
  formatPeriodShort,
  formatPoints,
} from "../../src/text/format-values.js";

describe("report value formatting", () => {
  it("percent: fewest decimals, truncated so a breach never shows as its objective", () => {
    expect(formatPercent(0.9995)).toBe("99.95%");
    expect(formatPercent(0.999)).toBe("99.9%");
    expect(formatPercent(1)).toBe("100%");
    expect(formatPercent(0)).toBe("0%");
    expect(formatPercent(0.99899999)).toBe("99.899%");
    expect(formatPercent(0.9999999)).toBe("99.999%");
    expect(formatPercent(22 / 24)).toBe("91.666%");
    expect(formatPercent(0.123456, 1)).toBe("12.3%");
    expect(formatPercent(null)).toBe("–");
  });

  it("points: signed percentage points, never a zero that hides the sign", () => {
    expect(formatPoints(0.0005)).toBe("+0.05 pp");
    expect(formatPoints(-0.275)).toBe("−27.5 pp");
    expect(formatPoints(0)).toBe("±0 pp");
    expect(formatPoints(-0.0000001)).toBe("−<0.001 pp");
    expect(formatPoints(null)).toBe("–");
  });

  it("budget share as whole percent", () => {
    expect(formatBudgetShare(1.5)).toBe("150%");
    expect(formatBudgetShare(0)).toBe("0%");
    expect(formatBudgetShare(0.004)).toBe("<1%");
    expect(formatBudgetShare(null)).toBe("–");
  });

  it("duration: two largest units, rounded to the last one shown", () => {
    expect(formatDuration(5400)).toBe("1h 30m");
    expect(formatDuration(93784)).toBe("1d 2h");
    expect(formatDuration(93784, 4)).toBe("1d 2h 3m 4s");
    expect(formatDuration(2678.4)).toBe("44m 38s");
    expect(formatDuration(3600)).toBe("1h");
    expect(formatDuration(59.6)).toBe("1m");
    expect(formatDuration(3599.6)).toBe("1h");
    expect(formatDuration(0.5)).toBe("500ms");
    expect(formatDuration(0)).toBe("0s");
    expect(formatDuration(-90)).toBe("−1m 30s");
    expect(formatDuration(undefined)).toBe("–");
  });

  it("numbers and currency with thousands separators, locale-independent", () => {
    expect(formatNumber(1234567)).toBe("1,234,567");
    expect(formatNumber(2678.4, 1)).toBe("2,678.4");
    expect(formatNumber(-1200)).toBe("−1,200");
    expect(formatCurrency(1200, "EUR")).toBe("EUR 1,200.00");
    expect(formatCurrency(1234567.891, "USD")).toBe("USD 1,234,567.89");
    expect(formatCurrency(150000, "JPY")).toBe("JPY 150,000");
    expect(formatCurrency(12.5, null)).toBe("12.50");
    expect(formatCurrency(null, "EUR")).toBe("–");
  });

  it("dates on the wall clock of the SLA's time zone, DST included", () => {
    expect(formatDate("2024-05-14T07:12:00.000Z", "Europe/Berlin")).toBe("2024-05-14 09:12");
    expect(formatDate("2024-01-14T07:12:00.000Z", "Europe/Berlin")).toBe("2024-01-14 08:12");
    expect(formatDate("2024-04-30T22:00:00.000Z", "Europe/Berlin", "long")).toBe("1 May 2024");
    expect(formatDate("2024-04-30T22:00:00.000Z", "UTC", "date")).toBe("2024-04-30");
    expect(formatDate("2024-04-30T22:00:00.000Z", "Europe/Berlin", "month")).toBe("May 2024");
    expect(formatDate("2024-04-30T22:00:00.000Z", "Europe/Berlin", "time")).toBe("00:00");
    expect(formatDate("not a date", "UTC")).toBe("not a date");
    expect(formatDate("2024-05-14T07:12:00Z", "No/Such_Zone")).toBe("2024-05-14 07:12");
    expect(formatDateRange("2024-04-30T22:00:00.000Z", "2024-05-31T22:00:00.000Z", "Europe/Berlin")).toBe(
      "1 May 2024 – 31 May 2024",
    );
  });

  it("period labels", () => {
    expect(formatPeriodLabel("2024-05")).toBe("May 2024");
    expect(formatPeriodLabel("2024-Q2")).toBe("Q2 2024");
    expect(formatPeriodLabel("2024")).toBe("2024");
    expect(formatPeriodLabel("2024-05-01..2024-05-15")).toBe("2024-05-01 – 2024-05-15");
    expect(formatPeriodShort("2024-05")).toBe("May 24");
    expect(formatPeriodShort("2024-Q2")).toBe("Q2 24");
    expect(formatPeriodShort("2024-05-01..2024-05-15")).toBe("05-01");
  });
});
