import { describe, expect, it } from "vitest";
import { parseTimestampFormat } from "../../src/core/values/timestamp-format.js";
import {
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

  it("reads the 24-byte toISOString form on its fast path exactly as the general rules say", () => {
    // The oracle, written naively: the fields by position, a date and time checked by
    // round-tripping them through Date.UTC (Date.parse itself rolls 2024-02-30 over to March).
    const oracle = (text: string): number => {
      const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.(\d{3})Z$/.exec(text);
      if (!m) return Number.NaN;
      const [y, mo, d, h, mi, s, ms] = m.slice(1).map(Number) as [
        number,
        number,
        number,
        number,
        number,
        number,
        number,
      ];
      if (h === 24 && (mi > 0 || s > 0 || ms > 0)) return Number.NaN;
      // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
      const day = new Date(0);
      day.setUTCFullYear(y, mo - 1, d);
      if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d)
        return Number.NaN;
      if (h > 24 || mi > 59 || s > 59) return Number.NaN;
      return day.getTime() + ((h * 60 + mi) * 60 + s) * 1000 + ms;
    };
    const cells = [
      "2024-05-01T00:00:01.339Z",
      "2024-02-29T23:59:59.999Z",
      "2023-02-29T00:00:00.000Z",
      "2024-02-30T00:00:00.000Z",
      "2024-05-01T24:00:00.000Z",
      "2024-05-01T24:00:00.001Z",
      "2024-05-01T23:60:00.000Z",
      "2024-05-01T23:59:60.000Z",
      "2024-13-01T00:00:00.000Z",
      "2024-00-10T00:00:00.000Z",
      "2024-05-00T00:00:00.000Z",
      "2024-05-1xT00:00:00.000Z",
      "2024-05-01T00:00:00.0a0Z",
      "2024-05-01T00:00:00.000z",
      "0999-12-31T12:00:00.000Z",
    ];
    // And every position of a valid cell replaced by a character that may or may not fit there.
    const base = "2024-12-31T23:59:58.120Z";
    for (let i = 0; i < base.length; i++)
      for (const c of ["0", "9", "-", ":", ".", "T", "Z", " "])
        cells.push(base.slice(0, i) + c + base.slice(i + 1));
    const parse = iso();
    for (const cell of cells) {
      const expected = oracle(cell);
      const got = parseTimestampText(parse, cell);
      // A cell not in the exact form may still be ISO 8601 to the general parser (" " for "T").
      if (Number.isNaN(expected) && !Number.isNaN(got))
        expect(cell).not.toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      else expect([cell, got]).toEqual([cell, expected]);
    }
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
    expect(parseTimestampFormat("d/M/yyyy H:mm").ok).toBe(true);
    expect(at("29/2/2016 01:16", "UTC", "d/M/yyyy H:mm")).toBe(Date.UTC(2016, 1, 29, 1, 16));
    expect(at("5/3/2016 12:00", "Europe/Berlin", "d/M/yyyy H:mm")).toBe(Date.UTC(2016, 2, 5, 11, 0));
    expect(Number.isNaN(at("30/2/2016 01:16", "UTC", "d/M/yyyy H:mm"))).toBe(true);
    expect(Number.isNaN(at("29/2/2016", "UTC", "d/M/yyyy H:mm"))).toBe(true);
  });

  it("reads month names, AM/PM and two-digit years as 2000 + yy (Jira's dd/MMM/yy h:mm a)", () => {
    const jira = "dd/MMM/yy h:mm a";
    // SPEC §12: 75 is 2075 (date-fns itself would read 1975).
    expect(at("03/Jan/75 9:05 AM", "UTC", jira)).toBe(Date.UTC(2075, 0, 3, 9, 5));
    expect(at("25/Feb/26 10:17 PM", "UTC", jira)).toBe(Date.UTC(2026, 1, 25, 22, 17));
    // 12:05 AM is five past midnight, 12:40 PM twenty to one; am/pm in any case.
    expect(at("06/Nov/24 12:05 AM", "UTC", jira)).toBe(Date.UTC(2024, 10, 6, 0, 5));
    expect(at("06/Nov/24 12:40 pm", "UTC", jira)).toBe(Date.UTC(2024, 10, 6, 12, 40));
    // Sep and Sept, SEP: spellings of one month; an hour of 13 is no 12-hour time.
    expect(at("30/Sep/24 3:00 PM", "UTC", jira)).toBe(Date.UTC(2024, 8, 30, 15, 0));
    expect(at("30/Sept/24 3:00 PM", "UTC", jira)).toBe(Date.UTC(2024, 8, 30, 15, 0));
    expect(at("30/SEP/24 3:00 PM", "UTC", jira)).toBe(Date.UTC(2024, 8, 30, 15, 0));
    expect(Number.isNaN(at("30/Sep/24 13:00 PM", "UTC", jira))).toBe(true);
    expect(Number.isNaN(at("30/Foo/24 3:00 PM", "UTC", jira))).toBe(true);
    // Local wall time of the source's zone: 23:59 EST is 04:59 UTC the next day.
    expect(at("30/Dec/24 11:59 PM", "America/New_York", jira)).toBe(Date.UTC(2024, 11, 31, 4, 59));
    expect(at("01 Mar 2024 08:30", "UTC", "dd MMM yyyy HH:mm")).toBe(Date.UTC(2024, 2, 1, 8, 30));
    expect(at("Fri, 01 March 2024 08:30", "UTC", "EEE, dd MMMM yyyy HH:mm")).toBe(
      Date.UTC(2024, 2, 1, 8, 30),
    );
    expect(Number.isNaN(at("31 Feb 2024 08:30", "UTC", "dd MMM yyyy HH:mm"))).toBe(true);
  });

  it("reads month names of another locale (German Mai, Okt, März)", () => {
    const de = (text: string) =>
      parseTimestampText(timestampParser("dd. MMMM yyyy HH:mm", "UTC", "de"), text);
    expect(de("03. Mai 2024 10:00")).toBe(Date.UTC(2024, 4, 3, 10, 0));
    expect(de("03. März 2024 10:00")).toBe(Date.UTC(2024, 2, 3, 10, 0));
    expect(parseTimestampText(timestampParser("dd/MMM/yy", "UTC", "de"), "03/Okt/24")).toBe(
      Date.UTC(2024, 9, 3),
    );
    expect(parseTimestampText(timestampParser("dd/MMM/yy", "UTC", "de"), "03/Dez./24")).toBe(
      Date.UTC(2024, 11, 3),
    );
    expect(Number.isNaN(de("03. May 2024 10:00"))).toBe(true);
  });

  it("reads epoch seconds and milliseconds, fractions too, with no time-zone work", () => {
    const may = Date.UTC(2024, 4, 1);
    expect(at(String(may / 1000), "Europe/Berlin", "t")).toBe(may);
    expect(at(`${may / 1000}.25`, "UTC", "t")).toBe(may + 250);
    expect(at(`${may / 1000}.0009`, "UTC", "t")).toBe(may);
    expect(at(String(may), "Asia/Shanghai", "T")).toBe(may);
    expect(at(`${may}.9`, "UTC", "T")).toBe(may);
    expect(at("-86400", "UTC", "t")).toBe(-86_400_000);
    for (const bad of ["", "1e9", "0x10", "12a", "1.", "."])
      expect(Number.isNaN(at(bad, "UTC", "t")), bad).toBe(true);
  });

  it("reads offsets, quoted literals and fractions of any width", () => {
    expect(at("2024-05-01T10:00:00+02:00", "Asia/Tokyo", "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe(
      Date.UTC(2024, 4, 1, 8),
    );
    expect(at("2024-05-01T10:00:00Z", "Asia/Tokyo", "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe(
      Date.UTC(2024, 4, 1, 10),
    );
    expect(at("2024-05-01 10:00:00 -0530", "UTC", "yyyy-MM-dd HH:mm:ss xx")).toBe(
      Date.UTC(2024, 4, 1, 15, 30),
    );
    expect(at("2024-11-04 14:27:10.512", "UTC", "yyyy-MM-dd HH:mm:ss.SSS")).toBe(
      Date.UTC(2024, 10, 4, 14, 27, 10, 512),
    );
    expect(at("2024-11-04 14:27:10.512789", "UTC", "yyyy-MM-dd HH:mm:ss.SSSSSS")).toBe(
      Date.UTC(2024, 10, 4, 14, 27, 10, 512),
    );
    expect(at("at 2024-11-04", "UTC", "'at' yyyy-MM-dd")).toBe(Date.UTC(2024, 10, 4));
  });

  it("refuses patterns the reader cannot use, saying why (validate reports them)", () => {
    const why = (format: string) => {
      const r = parseTimestampFormat(format);
      return r.ok ? "ok" : r.error;
    };
    expect(why("YYYY-MM-DD HH:mm")).toMatch(/"YYYY" is the week-numbering year.*write yyyy/);
    expect(why("yyyy-MM-DD HH:mm")).toMatch(/"DD" is the day of the year.*write dd/);
    expect(why("nonsense")).toMatch(/"n" is not a date-fns pattern letter/);
    expect(why("yyyy-MM-dd hh:mm")).toMatch(/h \(1–12\) needs a \(AM\/PM\)/);
    expect(why("yyyy-MM HH:mm")).toMatch(/no day/);
    expect(why("t yyyy")).toMatch(/epoch/);
    expect(why("yyyy-MM-dd yyyy")).toMatch(/year appears 2 times/);
    expect(why("yyyy-MM-dd'T")).toMatch(/unclosed quote/);
    expect(why("QQ yyyy-MM-dd")).toMatch(/does not support/);
    expect(why("dd/MMM/yy h:mm a")).toBe("ok");
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
      ["01/Jul/24 12:00 PM", "dd/MMM/yy hh:mm a", "Europe/Berlin", Date.parse("2024-07-01T10:00:00Z")],
      ["1719828000", "t", "Europe/Berlin", Date.parse("2024-07-01T10:00:00Z")],
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
