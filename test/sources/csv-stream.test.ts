import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/core/errors.js";
import { fieldText, parseCsvBytes, streamCsv } from "../../src/sources/csv-stream.js";
import { tempDir } from "../helpers/cli.js";

function rows(
  text: string | Uint8Array,
  delimiter = ",",
): { header: string[]; rows: { line: number; fields: string[]; malformed: boolean }[] } {
  const out = {
    header: [] as string[],
    rows: [] as { line: number; fields: string[]; malformed: boolean }[],
  };
  const bytes = typeof text === "string" ? Buffer.from(text, "utf8") : text;
  parseCsvBytes(bytes, delimiter, {
    header: (h) => {
      out.header = h;
    },
    row: (r) => {
      const fields: string[] = [];
      for (let i = 0; i < r.count; i++) fields.push(fieldText(r, i));
      out.rows.push({ line: r.line, fields, malformed: r.malformed });
    },
  });
  return out;
}

describe("CSV reader", () => {
  it("reads quoted fields holding delimiters, doubled quotes and line breaks, with line numbers", () => {
    const r = rows('id,text\n1,"a, b"\n2,"say ""hi"""\n3,"two\nlines"\n4,plain\n');
    expect(r.header).toEqual(["id", "text"]);
    expect(r.rows.map((x) => x.fields)).toEqual([
      ["1", "a, b"],
      ["2", 'say "hi"'],
      ["3", "two\nlines"],
      ["4", "plain"],
    ]);
    expect(r.rows.map((x) => x.line)).toEqual([2, 3, 4, 6]);
  });

  it("drops a UTF-8 BOM, accepts CRLF and ignores empty trailing lines", () => {
    const r = rows("\uFEFFa,b\r\n1,2\r\n3,4\r\n\r\n\n");
    expect(r.header).toEqual(["a", "b"]);
    expect(r.rows.map((x) => x.fields)).toEqual([
      ["1", "2"],
      ["3", "4"],
    ]);
  });

  it("reads a last row without a line break, and a custom delimiter", () => {
    expect(rows("a;b\n1;2", ";").rows.map((x) => x.fields)).toEqual([["1", "2"]]);
    expect(rows('a;b\n"x;y";2\n', ";").rows[0]!.fields).toEqual(["x;y", "2"]);
  });

  it("hands ragged rows over with their own field count, and flags broken quoting", () => {
    const r = rows('a,b,c\n1,2\n1,2,3,4\n"x"y,2,3\n');
    expect(r.rows.map((x) => x.fields.length)).toEqual([2, 4, 3]);
    expect(r.rows[2]!.malformed).toBe(true);
  });

  it("refuses bytes that are not UTF-8, naming the line", () => {
    const latin1 = Buffer.concat([
      Buffer.from("a,b\n1,ok\n2,"),
      Buffer.from([0x4d, 0xfc, 0x6c]),
      Buffer.from("ler\n"),
    ]);
    expect(() => rows(latin1)).toThrow(InputError);
    expect(() => rows(latin1)).toThrow(/input:3: bytes that are not UTF-8/);
  });

  it("refuses UTF-16 (BOM) and binary data", () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("a,b\n1,2\n", "utf16le")]);
    expect(() => rows(utf16)).toThrow(/UTF-16/);
    expect(() => rows(Buffer.from("a,b\n1,\u0000\n"))).toThrow(/binary data/);
  });

  it("streams a file larger than one chunk with rows split across chunk boundaries", async () => {
    const dir = tempDir("slm-csv-");
    try {
      const lines = ["id,text"];
      for (let i = 0; i < 60_000; i++)
        lines.push(i % 7 === 0 ? `${i},"multi\nline, ""${i}"""` : `${i},value-${i}-é`);
      writeFileSync(join(dir, "big.csv"), `${lines.join("\r\n")}\r\n`);
      let count = 0;
      let bad = 0;
      await streamCsv(join(dir, "big.csv"), ",", {
        header: () => {},
        row: (r) => {
          const i = Number(fieldText(r, 0));
          const expected = i % 7 === 0 ? `multi\nline, "${i}"` : `value-${i}-é`;
          if (i !== count || fieldText(r, 1) !== expected) bad++;
          count++;
        },
      });
      expect(count).toBe(60_000);
      expect(bad).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("gives the same rows whatever the read size: rows, quotes, CRLF and a BOM split across reads, rows longer than the buffer", async () => {
    const dir = tempDir("slm-csv-");
    try {
      const long = "x".repeat(40);
      const text = `\uFEFFid,text\r\n1,"a, ""b"""\r\n2,"two\r\nlines"\r3,${long}\n\n4,"${long}\n${long}"\n5,é€\r\n6,last`;
      writeFileSync(join(dir, "t.csv"), text);
      const expected = rows(text);
      expect(expected.header).toEqual(["id", "text"]);
      expect(expected.rows.map((r) => r.fields[0])).toEqual(["1", "2", "3", "4", "5", "6"]);
      for (const chunkSize of [1, 2, 3, 5, 7, 16, 64]) {
        const got: typeof expected = { header: [], rows: [] };
        await streamCsv(
          join(dir, "t.csv"),
          ",",
          {
            header: (h) => {
              got.header = h;
            },
            row: (r) => {
              const fields: string[] = [];
              for (let i = 0; i < r.count; i++) fields.push(fieldText(r, i));
              got.rows.push({ line: r.line, fields, malformed: r.malformed });
            },
          },
          { chunkSize },
        );
        expect(got, `read size ${chunkSize}`).toEqual(expected);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("stops at an unclosed quote instead of reading the rest of the file into one row", async () => {
    const dir = tempDir("slm-csv-");
    try {
      const lines = Array.from(
        { length: 200 },
        (_, i) => `2024-05-01T00:00:${String(i % 60).padStart(2, "0")}Z,web,up`,
      );
      writeFileSync(
        join(dir, "t.csv"),
        `timestamp,monitor,status\n2024-05-01T00:00:00Z,web,"up\n${lines.join("\n")}\n`,
      );
      const read = streamCsv(
        join(dir, "t.csv"),
        ",",
        { header: () => {}, row: () => {} },
        { name: "t.csv", chunkSize: 64, maxRowBytes: 1024 },
      );
      await expect(read).rejects.toThrow(
        new InputError(
          "t.csv:2: a row longer than 1024 bytes starts here (an unclosed quote?); fix the export",
        ),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("names the line of bad bytes when reading in small pieces, and reports a missing file as unreadable", async () => {
    const dir = tempDir("slm-csv-");
    try {
      writeFileSync(
        join(dir, "latin1.csv"),
        Buffer.concat([Buffer.from("a,b\n1,ok\n2,"), Buffer.from([0x4d, 0xfc, 0x6c]), Buffer.from("\n")]),
      );
      const noop = { header: () => {}, row: () => {} };
      await expect(
        streamCsv(join(dir, "latin1.csv"), ",", noop, { name: "x.csv", chunkSize: 4 }),
      ).rejects.toThrow(/x\.csv:3: bytes that are not UTF-8/);
      await expect(streamCsv(join(dir, "missing.csv"), ",", noop)).rejects.toThrow(
        /cannot read .*\(ENOENT\)/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
