import { describe, expect, it } from "vitest";
import { parseCalendarInterval, shiftDate } from "../../../src/core/values/calendar-interval.js";
import { parseDate, weekdayOfEpochDay } from "../../../src/core/values/date.js";
import { durationSyntax, parseDuration } from "../../../src/core/values/duration.js";
import { parseTimeOfDay } from "../../../src/core/values/time-of-day.js";

const ok = <T>(r: { ok: true; value: T } | { ok: false; error: string }): T => {
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe("durations", () => {
  it("reads the short forms and ISO 8601 as integer milliseconds", () => {
    expect(ok(parseDuration("30s"))).toBe(30_000);
    expect(ok(parseDuration("15m"))).toBe(900_000);
    expect(ok(parseDuration("1h30m"))).toBe(5_400_000);
    expect(ok(parseDuration("2d"))).toBe(172_800_000);
    expect(ok(parseDuration("1w"))).toBe(604_800_000);
    expect(ok(parseDuration("500ms"))).toBe(500);
    expect(ok(parseDuration("PT15M"))).toBe(900_000);
    expect(ok(parseDuration("P1D"))).toBe(86_400_000);
    expect(ok(parseDuration("P1DT2H"))).toBe(93_600_000);
  });

  it("rejects bare numbers and unknown units with the accepted forms", () => {
    expect(parseDuration(15)).toEqual({
      ok: false,
      error: 'a duration is a string like "15m", "1h30m", "500ms" or "PT15M"',
    });
    expect(parseDuration("15 minutes").ok).toBe(false);
    expect(parseDuration("P").ok).toBe(false);
    expect(parseDuration("PT").ok).toBe(false);
  });

  it("formats compactly", () => {
    expect(durationSyntax(5_400_000)).toBe("1h30m");
    expect(durationSyntax(93_600_000)).toBe("1d2h");
    expect(durationSyntax(500)).toBe("500ms");
    expect(durationSyntax(0)).toBe("0s");
  });
});

describe("dates, times of day and calendar intervals", () => {
  it("refuses impossible dates with the reason", () => {
    expect(parseDate("2024-02-30")).toEqual({
      ok: false,
      error: '"2024-02-30" does not exist (February 2024 has 29 days)',
    });
    expect(parseDate("2023-02-29").ok).toBe(false);
    expect(parseDate("2024-02-29").ok).toBe(true);
    expect(parseDate("2024-13-01").ok).toBe(false);
    expect(parseDate("24-01-01").ok).toBe(false);
    expect(weekdayOfEpochDay(ok(parseDate("2024-05-13")).day)).toBe(1); // a Monday
  });

  it("allows 24:00 only as the end of a window", () => {
    expect(ok(parseTimeOfDay("08:30"))).toBe(510);
    expect(ok(parseTimeOfDay("24:00", { allowEndOfDay: true }))).toBe(1440);
    expect(parseTimeOfDay("24:00")).toEqual({
      ok: false,
      error: '"24:00" is only allowed as the end of a window',
    });
    expect(parseTimeOfDay("24:30", { allowEndOfDay: true }).ok).toBe(false);
    expect(parseTimeOfDay("8:00").ok).toBe(false);
  });

  it("adds calendar intervals on the calendar, clamping month ends", () => {
    const jan31 = ok(parseDate("2024-01-31"));
    expect(shiftDate(jan31, ok(parseCalendarInterval("1mo"))).text).toBe("2024-02-29");
    expect(shiftDate(jan31, ok(parseCalendarInterval("P1Y"))).text).toBe("2025-01-31");
    expect(shiftDate(ok(parseDate("2025-06-30")), ok(parseCalendarInterval("3mo")), -1).text).toBe(
      "2025-03-30",
    );
    expect(shiftDate(jan31, ok(parseCalendarInterval("90d"))).text).toBe("2024-04-30");
    expect(parseCalendarInterval("soon").ok).toBe(false);
  });
});
