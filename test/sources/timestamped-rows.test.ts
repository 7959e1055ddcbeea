import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { removeDir, tempDir } from "../helpers/cli.js";
import { dataSourceFromSpec, readWholeSource } from "../helpers/read-source.js";

// The start every row of a one-timestamp source shares (metrics, run events, surveys; SPEC §3,
// §12, §15, §22): a short row is skipped, a row the source's `where` leaves out is passed over
// (not skipped, and its timestamp is not even read), then an unreadable or missing timestamp is
// skipped. The same seven rows go through the three readers; only the columns after the first
// three differ.

const dir = tempDir("slm-timestamped-");
afterAll(() => removeDir(dir));

const T = (iso: string) => Date.parse(iso);

/** `tail` is what each type puts after timestamp, service, site. */
function rows(tail: string): string {
  return [
    `2024-05-01T10:00:00Z,web,hamburg,${tail}`, // 1 kept
    "2024-05-01T11:00:00Z,web,hamburg", //          2 three cells: short
    `2024-05-01T12:00:00Z,web,berlin,${tail}`, //   3 where leaves it out (its 12:00 is not the latest)
    `yesterday,web,hamburg,${tail}`, //             4 unreadable timestamp
    `,web,hamburg,${tail}`, //                      5 missing timestamp
    `not a time,web,berlin,${tail}`, //             6 where leaves it out before its timestamp is read
    `2024-05-01T09:00:00Z,web,hamburg,${tail}`, //  7 kept
  ].join("\n");
}

const TYPES = [
  { type: "metrics", columns: "metric: 4, good: 5, total: 6", tail: "availability,99,100", needs: 6 },
  { type: "surveys", columns: "score: 4", tail: "4", needs: 4 },
  { type: "events", columns: "status: 4", tail: "ok", needs: 4 },
];

let n = 0;
describe("the row start of one-timestamp sources", () => {
  for (const t of TYPES) {
    it(`${t.type}: short, where, unreadable and missing timestamp, in that order`, async () => {
      const file = join(dir, `f${n++}.csv`);
      writeFileSync(file, `${rows(t.tail)}\n`);
      const spec = `type: ${t.type}
header: false
columns: { timestamp: 1, service: 2, site: 3, ${t.columns} }
where: { site: [hamburg] }`;
      const { data, metrics } = await readWholeSource(dataSourceFromSpec(spec), [
        { file: "f.csv", absolute: file, sha256: "" },
      ]);
      // Rows 2, 4 and 5 skipped, one reason each (listed in reason order); rows 3 and 6 are
      // neither kept nor skipped.
      expect(data.skipped.map((s) => [s.reason, s.count, s.lines])).toEqual([
        ["missing timestamp", 1, [5]],
        [`row shorter than column ${t.needs}`, 1, [2]],
        ["unreadable timestamp", 1, [4]],
      ]);
      // The latest of the kept rows 1 (10:00) and 7 (09:00); not row 2's 11:00 nor row 3's 12:00.
      expect(data.latest).toBe(T("2024-05-01T10:00:00Z"));
      if (t.type === "metrics") {
        expect(metrics.map((m) => [m.timestamp, m.dims])).toEqual([
          [T("2024-05-01T10:00:00Z"), ["hamburg"]],
          [T("2024-05-01T09:00:00Z"), ["hamburg"]],
        ]);
      }
    });
  }
});
