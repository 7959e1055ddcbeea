import type { LocaleText, MessageParams } from "./locale-text.js";

/**
 * Texts that the layers below the report write in English as they read and measure (a skipped
 * row's reason, a reader's note, why a target found no DataSource), reworded for a report in
 * another language. Each known form is a pattern and a catalogue key whose English message gives
 * back the very same text (test/text/reader-texts.test.ts checks every one against the layers' own wording); a text of no known
 * form is shown as it was written.
 */
interface ReaderText {
  pattern: RegExp;
  key: string;
  params?: (m: RegExpExecArray, text: LocaleText) => MessageParams;
}

const or = (list: string, text: LocaleText) => list.split(" or ").join(text.t("format.or"));

const FORMS: readonly ReaderText[] = [
  // Skipped rows (SkippedRows.reason).
  {
    pattern: /^missing (\w+) or (\w+)$/,
    key: "reader.missingEither",
    params: (m) => ({ a: m[1]!, b: m[2]! }),
  },
  { pattern: /^missing (\w+)$/, key: "reader.missing", params: (m) => ({ field: m[1]! }) },
  { pattern: /^unreadable (\w+)$/, key: "reader.unreadable", params: (m) => ({ field: m[1]! }) },
  {
    pattern: /^(\w+) is a local time inside a DST gap$/,
    key: "reader.dstGap",
    params: (m) => ({ field: m[1]! }),
  },
  { pattern: /^local time inside a DST gap$/, key: "reader.dstGapAny" },
  { pattern: /^(\w+) before (\w+)$/, key: "reader.before", params: (m) => ({ a: m[1]!, b: m[2]! }) },
  { pattern: /^good greater than total$/, key: "reader.goodAboveTotal" },
  { pattern: /^good or total is not a whole number$/, key: "reader.notWholeNumbers" },
  {
    pattern: /^(\w+) is not a number of (milliseconds|seconds|minutes|hours)$/,
    key: "reader.notNumberOf",
    params: (m) => ({ field: m[1]!, unit: m[2]! }),
  },
  {
    pattern: /^row shorter than column (\d+)$/,
    key: "reader.rowShort",
    params: (m) => ({ column: m[1]! }),
  },
  { pattern: /^planned is not true\/false$/, key: "reader.plannedNotBoolean" },
  { pattern: /^status is not up or down$/, key: "reader.statusNotUpDown" },
  { pattern: /^malformed quoting$/, key: "reader.malformedQuoting" },
  { pattern: /^ragged row \(field count differs from the header\)$/, key: "reader.raggedRow" },
  // Notes of the readers (SourceData.notes).
  {
    pattern:
      /^(\S+): samples of (.+) are not in time order; they were sorted \(a sorted export reads in constant memory\)$/,
    key: "reader.unsortedSamples",
    params: (m) => ({ source: m[1]!, services: m[2]! }),
  },
  {
    pattern:
      /^(\S+): priority values not in its `values` map, so no priority target counts those tickets: (.+)$/,
    key: "reader.unmappedPriorities",
    params: (m) => ({ source: m[1]!, values: m[2]! }),
  },
  {
    pattern:
      /^(\S+): states\.(paused|stopped) names ("(?:[^"\\]|\\.)*"), which occurs in no row of its files, so it (?:pauses|stops) nothing \(states found: (.*)\)$/,
    key: "reader.stateNeverOccurs",
    params: (m) => ({ source: m[1]!, kind: m[2]!, state: m[3]!, found: m[4]! }),
  },
  {
    pattern:
      /^(\S+): the event log is not sorted by ticket id, so it was read twice, holding the (\d+) ticket ids in memory \(sort it by id to read it once in constant memory\)$/,
    key: "reader.unsortedEvents",
    params: (m) => ({ source: m[1]!, ids: m[2]! }),
  },
  {
    pattern: /^(\S+): aggregated by embedded DuckDB \(engine: duckdb\)$/,
    key: "reader.aggregatedByDuckdb",
    params: (m) => ({ source: m[1]! }),
  },
  // Why a target has no DataSource (sources/source-for-target.ts).
  {
    pattern: /^DataSource (\S+) does not exist$/,
    key: "reader.noSuchSource",
    params: (m) => ({ source: m[1]! }),
  },
  {
    pattern: /^DataSource (\S+) is of type (\S+); (\S+) needs (.+)$/,
    key: "reader.wrongSourceType",
    params: (m, text) => ({ source: m[1]!, type: m[2]!, metric: m[3]!, types: or(m[4]!, text) }),
  },
  {
    pattern: /^no DataSource of type (.+?) to measure (\S+)$/,
    key: "reader.noSourceOfType",
    params: (m, text) => ({ types: or(m[1]!, text), metric: m[2]! }),
  },
  {
    pattern: /^no DataSource of type (.+?) measures (\S+) for service (\S+): (.+)$/,
    key: "reader.noSourceForService",
    params: (m, text) => ({
      types: or(m[1]!, text),
      metric: m[2]!,
      service: m[3]!,
      why: m[4]!
        .split("; ")
        .map((part) => rewordReaderText(part, text))
        .join(text.t("format.clauseSeparator")),
    }),
  },
  {
    pattern: /^(\S+) maps no (\w+) column$/,
    key: "reader.noFieldColumn",
    params: (m) => ({ source: m[1]!, field: m[2]! }),
  },
  {
    pattern: /^(\S+) covers only service (\S+)$/,
    key: "reader.otherService",
    params: (m) => ({ source: m[1]!, service: m[2]! }),
  },
  {
    pattern: /^several DataSources could measure (\S+) \((.+)\); name one with `source`$/,
    key: "reader.severalSources",
    params: (m) => ({ metric: m[1]!, sources: m[2]! }),
  },
];

/** `english` in the words of `text`'s locale, when it has a known form; else unchanged. */
export function rewordReaderText(english: string, text: LocaleText): string {
  const form = readerTextForm(english);
  if (!form) return english;
  return text.t(form.key, form.params?.(form.match, text) ?? {});
}

/** The known form `english` has (its catalogue key), if any. */
export function readerTextForm(english: string): (ReaderText & { match: RegExpExecArray }) | undefined {
  for (const form of FORMS) {
    const match = form.pattern.exec(english);
    if (match) return { ...form, match };
  }
  return undefined;
}

/** The catalogue keys of the known forms (the catalogue test checks that each exists). */
export const READER_TEXT_KEYS: readonly string[] = FORMS.map((f) => f.key);
