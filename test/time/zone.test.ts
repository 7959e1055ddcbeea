import { describe, expect, it } from "vitest";
import { parseTimeZone } from "../../src/core/values/timezone.js";
import { isWallTimeValid, utcToWall, wallToUtc, zoneOffsetMs } from "../../src/time/zone.js";

const H = 3_600_000;

describe("time zones", () => {
  it("finds the DST transitions of Europe/Berlin to the minute", () => {
    // Spring forward 2024-03-31 01:00 UTC, fall back 2024-10-27 01:00 UTC.
    expect(zoneOffsetMs("Europe/Berlin", Date.UTC(2024, 2, 31, 0, 59, 59))).toBe(H);
    expect(zoneOffsetMs("Europe/Berlin", Date.UTC(2024, 2, 31, 1, 0, 0))).toBe(2 * H);
    expect(zoneOffsetMs("Europe/Berlin", Date.UTC(2024, 9, 27, 0, 59))).toBe(2 * H);
    expect(zoneOffsetMs("Europe/Berlin", Date.UTC(2024, 9, 27, 1, 0))).toBe(H);
  });

  it("handles half- and quarter-hour offsets and half-hour DST shifts", () => {
    expect(zoneOffsetMs("Asia/Kathmandu", Date.UTC(2024, 5, 1))).toBe(5.75 * H);
    expect(zoneOffsetMs("Asia/Kolkata", Date.UTC(2024, 0, 1))).toBe(5.5 * H);
    // Lord Howe Island moves by 30 minutes: +11 in (southern) summer, +10:30 in winter;
    // 2024-04-07 02:00 local (+11) = 2024-04-06 15:00 UTC.
    expect(zoneOffsetMs("Australia/Lord_Howe", Date.UTC(2024, 3, 6, 14, 59))).toBe(11 * H);
    expect(zoneOffsetMs("Australia/Lord_Howe", Date.UTC(2024, 3, 6, 15, 0))).toBe(10.5 * H);
  });

  it("converts wall-clock time to instants: a time in a gap is the gap's end, overlaps take the first occurrence", () => {
    // 02:30 does not exist in Berlin on 2024-03-31: the clock jumps from 02:00 CET (01:00Z) to
    // 03:00 CEST (also 01:00Z). The earliest instant whose wall time is at least 02:30 is 01:00Z.
    // (Until rev 1.1 this was 03:30 CEST, 01:30Z, which lost 03:00–03:30 of a window starting at 02:30.)
    const gap = Date.UTC(2024, 2, 31, 2, 30);
    expect(isWallTimeValid("Europe/Berlin", gap)).toBe(false);
    expect(wallToUtc("Europe/Berlin", gap)).toBe(Date.UTC(2024, 2, 31, 1, 0)); // 03:00 CEST
    expect(wallToUtc("Europe/Berlin", Date.UTC(2024, 2, 31, 2, 0))).toBe(Date.UTC(2024, 2, 31, 1, 0));
    expect(wallToUtc("Europe/Berlin", Date.UTC(2024, 2, 31, 3, 0))).toBe(Date.UTC(2024, 2, 31, 1, 0));
    // New York springs forward at 02:00 EST (07:00Z) to 03:00 EDT: 02:59 → 07:00Z.
    expect(wallToUtc("America/New_York", Date.UTC(2024, 2, 10, 2, 59))).toBe(Date.UTC(2024, 2, 10, 7, 0));
    // Lord Howe moves by half an hour (02:00 → 02:30 on 2024-10-06, 15:30Z): 02:10 → 15:30Z.
    expect(wallToUtc("Australia/Lord_Howe", Date.UTC(2024, 9, 6, 2, 10))).toBe(Date.UTC(2024, 9, 5, 15, 30));
    // 02:30 happens twice on 2024-10-27: the first is 00:30 UTC (CEST).
    const twice = Date.UTC(2024, 9, 27, 2, 30);
    expect(isWallTimeValid("Europe/Berlin", twice)).toBe(true);
    expect(wallToUtc("Europe/Berlin", twice)).toBe(Date.UTC(2024, 9, 27, 0, 30));
    expect(utcToWall("America/New_York", Date.UTC(2024, 6, 4, 16))).toBe(Date.UTC(2024, 6, 4, 12));
    expect(wallToUtc("UTC", 12345)).toBe(12345);
  });

  it("accepts IANA names only", () => {
    expect(parseTimeZone("Europe/London")).toEqual({ ok: true, value: "Europe/London" });
    expect(parseTimeZone("UTC")).toEqual({ ok: true, value: "UTC" });
    expect(parseTimeZone("Europe/Berln")).toEqual({
      ok: false,
      error: 'unknown time zone "Europe/Berln" (expected an IANA name like Europe/Berlin or UTC)',
    });
    expect(parseTimeZone("+01:00").ok).toBe(false);
    expect(parseTimeZone(42).ok).toBe(false);
  });
});
