import { describe, expect, it } from "vitest";
import { chooseSource, type SourceShape } from "../../src/core/source-choice.js";
import { localeText } from "../../src/text/locale-text.js";
import { READER_TEXT_KEYS, readerTextForm, rewordReaderText } from "../../src/text/reader-texts.js";

// The readers and the source choice write English; a report in another language rewords each
// known form from the catalogue. The English samples are written as the layers below write them
// (the source-choice ones are produced by chooseSource itself, so a change of its wording shows here).
const en = localeText("en");
const de = localeText("de");
const zh = localeText("zh-CN");

const shape = (name: string, type: SourceShape["type"], fields: string[], service?: string): SourceShape => ({
  name,
  type,
  fields: new Set(fields),
  service,
});
const problem = (
  sources: SourceShape[],
  target: { metric: "response-time" | "availability"; source?: string },
) => {
  const choice = chooseSource(sources, target, "mail");
  if (choice.problem === undefined) throw new Error("expected no source");
  return choice.problem;
};

const SAMPLES: readonly string[] = [
  "missing good or total",
  "missing opened",
  "unreadable resolved",
  "opened is a local time inside a DST gap",
  "local time inside a DST gap",
  "resolved before opened",
  "good greater than total",
  "good or total is not a whole number",
  "latency is not a number of milliseconds",
  "responded is not a number of minutes",
  "row shorter than column 7",
  "planned is not true/false",
  "status is not up or down",
  "malformed quoting",
  "ragged row (field count differs from the header)",
  "probes: samples of mail, web are not in time order; they were sorted (a sorted export reads in constant memory)",
  "requests: aggregated by embedded DuckDB (engine: duckdb)",
  'desk: priority values not in its `values` map, so no priority target counts those tickets: "Sev 9", "urgent"',
  'log: states.paused names "Awaiting Vendr", which occurs in no row of its files, so it pauses nothing (states found: "Active", "Awaiting Vendor", …)',
  'log: states.stopped names "Closed", which occurs in no row of its files, so it stops nothing (states found: "New", "Resolved")',
  "log: the event log is not sorted by ticket id, so it was read twice, holding the 24918 ticket ids in memory (sort it by id to read it once in constant memory)",
  problem([], { metric: "availability", source: "gone" }),
  problem([shape("desk", "tickets", [])], { metric: "availability", source: "desk" }),
  problem([], { metric: "availability" }),
  problem([shape("desk", "tickets", ["opened"]), shape("crm", "tickets", ["responded"], "crm")], {
    metric: "response-time",
  }),
  // The parts of the "why" of the previous one, reworded one by one.
  "desk maps no responded column",
  "crm covers only service crm",
  problem([shape("a", "tickets", ["responded"]), shape("b", "tickets", ["responded"])], {
    metric: "response-time",
  }),
];

describe("reader texts in the report's language", () => {
  it("English gives back the very text the layers wrote, for every known form", () => {
    for (const sample of SAMPLES) expect(rewordReaderText(sample, en)).toBe(sample);
  });

  it("every form is exercised by a sample, and each is worded in German and Chinese", () => {
    const keys = new Set(SAMPLES.map((s) => readerTextForm(s)?.key));
    expect([...keys].sort()).toEqual([...READER_TEXT_KEYS].sort());
    for (const sample of SAMPLES) {
      expect(rewordReaderText(sample, de), sample).not.toBe(sample);
      expect(rewordReaderText(sample, zh), sample).not.toBe(sample);
    }
  });

  it("words by hand: units, fields and lists of alternatives", () => {
    expect(rewordReaderText("responded is not a number of minutes", de)).toBe(
      "responded ist keine Anzahl Minuten",
    );
    expect(rewordReaderText("latency is not a number of milliseconds", zh)).toBe(
      "latency 不是以毫秒为单位的数值",
    );
    expect(rewordReaderText("row shorter than column 7", zh)).toBe("该行短于第 7 列");
    expect(rewordReaderText("missing opened", de)).toBe("opened fehlt");
    // chooseSource: "no DataSource of type tickets measures response-time for service mail:
    // crm covers only service crm; desk maps no responded column" (sorted by name).
    expect(
      rewordReaderText(
        problem([shape("desk", "tickets", ["opened"]), shape("crm", "tickets", ["responded"], "crm")], {
          metric: "response-time",
        }),
        de,
      ),
    ).toBe(
      "keine DataSource vom Typ tickets misst response-time für den Service mail: crm erfasst nur den Service crm; desk ordnet keine Spalte responded zu",
    );
  });

  it("a text of no known form stays as written", () => {
    expect(rewordReaderText("something new from a reader", zh)).toBe("something new from a reader");
  });
});
