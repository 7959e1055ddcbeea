import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type CsvRow, fieldText, parseCsvBytes, streamCsv } from "../../src/sources/csv-stream.js";
import { tempDir } from "../helpers/cli.js";

interface Parsed {
  line: number;
  fields: string[];
}

/**
 * An independent reading of the same rules, character by character and deliberately naive: RFC
 * 4180 quoting (a quote opens a field only at its start; "" inside is a quote), rows end at LF,
 * CRLF or a lone CR outside quotes, an empty line is no row, lines are counted from 1 at every
 * line break (a quoted line feed included). Well-formed input only: broken quoting is the
 * reader's own tests' business.
 */
function oracle(text: string, delim: string): Parsed[] {
  const out: Parsed[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const rowLine = line;
    const fields: string[] = [];
    let quotedStart = false;
    for (;;) {
      let field = "";
      if (text[i] === '"') {
        if (fields.length === 0) quotedStart = true;
        i++;
        for (;;) {
          if (text[i] === '"' && text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else if (text[i] === '"') {
            i++;
            break;
          } else {
            if (text[i] === "\n") line++;
            field += text[i];
            i++;
          }
        }
      } else {
        while (i < text.length && text[i] !== delim && text[i] !== "\n" && text[i] !== "\r")
          field += text[i++];
      }
      fields.push(field);
      if (i < text.length && text[i] === delim) {
        i++;
        continue;
      }
      break;
    }
    if (text[i] === "\r" && text[i + 1] === "\n") i += 2;
    else if (i < text.length) i++;
    line++;
    if (fields.length === 1 && fields[0] === "" && !quotedStart) continue;
    out.push({ line: rowLine, fields });
  }
  return out;
}

/** A pseudo-random generator with a fixed seed: the same cases on every run. */
function generator(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A random well-formed CSV text: plain and quoted fields, every kind of line break, empty lines. */
function randomCsv(random: () => number, delim: string): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const plain = ["", "a", "up", "2024-05-01T00:00:00.000Z", "1234", "é€", " x ", "a'b", 'mid"quote'];
  const quoted = ['""', '"a"', `"a${delim}b"`, '"say ""hi"""', '"two\nlines"', '"cr\r\nlf"', `"${delim}"`];
  const breaks = ["\n", "\r\n", "\r"];
  let text = "";
  const rows = 1 + Math.floor(random() * 40);
  for (let r = 0; r < rows; r++) {
    if (random() < 0.08) text += pick(breaks);
    const fields = 1 + Math.floor(random() * 5);
    const cells: string[] = [];
    for (let f = 0; f < fields; f++) cells.push(random() < 0.25 ? pick(quoted) : pick(plain));
    // A row of one empty field is an empty line, not a row: keep rows non-empty.
    if (cells.length === 1 && cells[0] === "") cells[0] = "z";
    text += cells.join(delim);
    if (r < rows - 1 || random() < 0.7) text += pick(breaks);
  }
  return text;
}

function collect(into: Parsed[]): { header(fields: string[], line: number): void; row(row: CsvRow): void } {
  return {
    header(fields, line) {
      into.push({ line, fields });
    },
    row(row) {
      const fields: string[] = [];
      for (let k = 0; k < row.count; k++) fields.push(fieldText(row, k));
      into.push({ line: row.line, fields });
    },
  };
}

describe("the CSV reader agrees with a naive reading of RFC 4180", () => {
  it("on 3,000 random well-formed texts: every row, field and line number, in memory and streamed in small reads", async () => {
    const random = generator(20261201);
    const dir = tempDir("slm-csv-oracle-");
    let compared = 0;
    for (let c = 0; c < 3000; c++) {
      const delim = c % 3 === 0 ? ";" : ",";
      const text = randomCsv(random, delim);
      const expected = oracle(text, delim);
      const got: Parsed[] = [];
      parseCsvBytes(Buffer.from(text, "utf8"), delim, collect(got));
      expect(got, JSON.stringify(text)).toEqual(expected);
      compared += expected.length;
      if (c % 50 === 0) {
        const file = join(dir, `case-${c}.csv`);
        writeFileSync(file, text);
        for (const chunkSize of [1, 3, 8, 64]) {
          const streamed: Parsed[] = [];
          await streamCsv(file, delim, collect(streamed), { chunkSize });
          expect(streamed, `${JSON.stringify(text)} read ${chunkSize} bytes at a time`).toEqual(expected);
        }
      }
    }
    // The cases must hold real rows (the generator is not silently producing empty texts).
    expect(compared).toBeGreaterThan(30_000);
  });
});
