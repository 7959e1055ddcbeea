import { describe, expect, it } from "vitest";
import {
  compilePattern,
  IN_DST_GAP,
  parsedInstant,
  parseTimestampText,
  timestampParser,
  timestampReader,
} from "../../src/time/timestamp-parser.js";

const iso = (zone = "UTC") => timestampParser(undefined, zone);
const at = (text: string, zone = "UTC", format?: string) =>
  parseTimestampText(timestampParser(format, zone), text);

describe("timestamps", () => {
  it("parses ISO 8601 with Z, offsets and fractions by hand, agreeing with Date.parse", () => {
    for (const t of [
      "2024-05-01T10:00:00Z",
      "2024-05-01T10:00:00.123Z",
      "2024-05-01T12:00:00+02:00",
      "2024-12-31T23:59:59-05:30",
      "2024-02-29T00:00:00Z",
    ]) {
      expect(parseTimestampText(iso(), t)).toBe(Date.parse(t));
    }
    expect(at("2024-05-01 12:00:00+0200")).toBe(Date.parse("2024-05-01T10:00:00Z"));
  });

  it("reads times without an offset in the source's time zone", () => {
    expect(at("2024-07-01T12:00", "Europe/Berlin")).toBe(Date.parse("2024-07-01T10:00:00Z"));
    expect(at("2024-01-15 12:00:00", "Europe/Berlin")).toBe(Date.parse("2024-01-15T11:00:00Z"));
    expect(at("2024-05-01", "UTC")).toBe(Date.parse("2024-05-01T00:00:00Z"));
  });

  it("marks a local time inside a DST gap, and takes the first of an ambiguous hour", () => {
    expect(at("2024-03-31T02:30:00", "Europe/Berlin")).toBe(IN_DST_GAP);
    expect(at("2024-10-27T02:30:00", "Europe/Berlin")).toBe(Date.parse("2024-10-27T00:30:00Z"));
  });

  it("refuses impossible dates and garbage", () => {
    for (const t of [
      "2024-02-30T00:00:00Z",
      "2023-02-29",
      "2024-13-01",
      "2024-05-01T25:00Z",
      "yesterday",
      "",
    ]) {
      expect(Number.isNaN(at(t))).toBe(true);
    }
  });

  it("compiles numeric date-fns patterns and reads d/M/yyyy H:mm", () => {
    expect(compilePattern("d/M/yyyy H:mm")).toBeDefined();
    expect(compilePattern("dd MMM yyyy")).toBeUndefined();
    expect(at("29/2/2016 01:16", "UTC", "d/M/yyyy H:mm")).toBe(Date.parse("2016-02-29T01:16:00Z"));
    expect(at("5/3/2016 12:00", "Europe/Berlin", "d/M/yyyy H:mm")).toBe(Date.parse("2016-03-05T11:00:00Z"));
    expect(Number.isNaN(at("30/2/2016 01:16", "UTC", "d/M/yyyy H:mm"))).toBe(true);
    expect(Number.isNaN(at("29/2/2016", "UTC", "d/M/yyyy H:mm"))).toBe(true);
  });

  it("falls back to date-fns for other patterns", () => {
    expect(at("01 Mar 2024 08:30", "UTC", "dd MMM yyyy HH:mm")).toBe(Date.parse("2024-03-01T08:30:00Z"));
    expect(at("01 Jul 2024 08:30", "Europe/Berlin", "dd MMM yyyy HH:mm")).toBe(
      Date.parse("2024-07-01T06:30:00Z"),
    );
    expect(Number.isNaN(at("31 Feb 2024 08:30", "UTC", "dd MMM yyyy HH:mm"))).toBe(true);
  });

  it("the hot-loop reader writes the same instants into its holder, around DST changes too", () => {
    const out = parsedInstant();
    const cases: [string, string | undefined, string, number][] = [
      ["2024-05-01T10:00:00.250+02:00", undefined, "Europe/Berlin", Date.parse("2024-05-01T08:00:00.250Z")],
      ["2024-03-31T01:59:59.999", undefined, "Europe/Berlin", Date.parse("2024-03-31T00:59:59.999Z")],
      ["2024-03-31T03:00:00", undefined, "Europe/Berlin", Date.parse("2024-03-31T01:00:00Z")],
      ["2024-03-31T02:00:00", undefined, "Europe/Berlin", IN_DST_GAP],
      ["2024-10-27T02:59:59", undefined, "Europe/Berlin", Date.parse("2024-10-27T00:59:59Z")],
      ["2024-10-27T03:00:00", undefined, "Europe/Berlin", Date.parse("2024-10-27T02:00:00Z")],
      ["2024-05-31T24:00:00", undefined, "America/New_York", Date.parse("2024-06-01T04:00:00Z")],
      ["31/3/2024 02:30", "d/M/yyyy HH:mm", "Europe/Berlin", IN_DST_GAP],
      ["1/7/2024 12:00", "d/M/yyyy HH:mm", "Europe/Berlin", Date.parse("2024-07-01T10:00:00Z")],
      ["01 Jul 2024 12:00", "dd MMM yyyy HH:mm", "Europe/Berlin", Date.parse("2024-07-01T10:00:00Z")],
      ["nonsense", undefined, "Europe/Berlin", Number.NaN],
    ];
    for (const [text, format, zone, expected] of cases) {
      const read = timestampReader(format, zone);
      const bytes = Buffer.from(` ${text} `);
      read(bytes, 0, bytes.length, out);
      expect(out.value, text).toBe(expected);
      expect(at(text, zone, format), text).toBe(expected);
    }
  });
});
