import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { fieldText, streamCsv } from "../../src/sources/csv-stream.js";
import { removeDir, runCli, tempDir, tempRepo } from "../helpers/cli.js";

// SPEC §12 `encoding`: exports in GB18030, Windows-1252 and UTF-16, read through TextDecoder
// without splitting a character between two reads.

const FIXTURES = resolve(import.meta.dirname, "../fixtures/encodings");

/** The text each fixture holds (the fixtures were written from these strings by Python's codecs). */
const EXPECTED: Record<string, string[][]> = {
  gb18030: [
    ["编号", "服务", "优先级", "创建时间", "响应时间", "描述"],
    ["INC-1", "邮件服务", "P1", "2024-05-06T09:00:00Z", "2024-05-06T09:10:00Z", "张伟：邮件无法发送"],
    ["INC-2", "邮件服务", "P2", "2024-05-07T10:00:00Z", "2024-05-07T11:30:00Z", "李娜，「附件」太大"],
    ["INC-3", "网络", "P1", "2024-05-08T08:00:00Z", "", "王芳 𠀀 (4-byte GB18030)"],
  ],
  "windows-1252": [
    ["id", "service", "note"],
    ["T1", "web", "Müller – café"],
    ["T2", "web", "“quoted” naïve façade €5"],
    ["T3", "web", "Ærøskøbing ½"],
  ],
  "utf-16le": [
    ["id", "service", "note"],
    ["T1", "web", "Grüße 😀"],
    ["T2", "web", "日本語 テキスト"],
    ["T3", "web", "naïve"],
  ],
};
EXPECTED["utf-16be"] = EXPECTED["utf-16le"]!;

async function read(path: string, encoding: string, chunkSize?: number): Promise<string[][]> {
  const rows: string[][] = [];
  await streamCsv(
    path,
    ",",
    {
      header: (h) => rows.push(h),
      row: (r) => rows.push(Array.from({ length: r.count }, (_, i) => fieldText(r, i))),
    },
    { encoding, chunkSize },
  );
  return rows;
}

describe("exports in other encodings (SPEC §12)", () => {
  it("decodes GB18030, Windows-1252 and UTF-16 (LE and BE, with a BOM) whatever the read size", async () => {
    for (const [encoding, expected] of Object.entries(EXPECTED)) {
      const path = join(FIXTURES, `${encoding}.csv`);
      const size = readFileSync(path).length;
      // Read sizes of 1 to 40 bytes put every multi-byte character across a read boundary at least once.
      for (let chunk = 1; chunk <= 40; chunk++) {
        expect(await read(path, encoding, chunk), `${encoding}, reads of ${chunk} bytes`).toEqual(expected);
      }
      expect(await read(path, encoding, size + 10), encoding).toEqual(expected);
    }
  });

  it("names the file and line of bytes invalid in the declared encoding", async () => {
    const dir = tempDir();
    try {
      const good = readFileSync(join(FIXTURES, "gb18030.csv"));
      // 0xFF starts no GB18030 sequence; it sits on line 3 (the second data row).
      const lines = good.toString("latin1").split("\n");
      lines[2] = `${lines[2]}\u00ff`;
      const bad = join(dir, "bad.csv");
      writeFileSync(bad, Buffer.from(lines.join("\n"), "latin1"));
      for (const chunk of [5, 1 << 20]) {
        await expect(read(bad, "gb18030", chunk)).rejects.toThrow(
          /bad\.csv:3: bytes that are not valid gb18030; check the encoding of its DataSource/,
        );
      }
    } finally {
      removeDir(dir);
    }
  });

  it("a UTF-16 file read without `encoding` is an error naming the encoding to set", async () => {
    await expect(read(join(FIXTURES, "utf-16le.csv"), "utf-8")).rejects.toThrow(
      /is UTF-16LE encoded .*set `encoding: utf-16le` on its DataSource/,
    );
    await expect(read(join(FIXTURES, "utf-16be.csv"), "utf-8")).rejects.toThrow(/set `encoding: utf-16be`/);
    const dir = tempDir();
    try {
      // Without a byte order mark: every other byte is NUL.
      const noBom = join(dir, "nobom.csv");
      writeFileSync(noBom, Buffer.from("id,service\nT1,web\n", "utf16le"));
      await expect(read(noBom, "utf-8")).rejects.toThrow(/looks like UTF-16LE .*set `encoding: utf-16le`/);
    } finally {
      removeDir(dir);
    }
  });

  it("a report reads a GB18030 tickets export with Chinese headers and service names", async () => {
    const root = tempRepo({
      "slm.yaml": `apiVersion: slm/v1
kind: Service
metadata: { name: mail }
spec: { owner: it }
---
apiVersion: slm/v1
kind: DataSource
metadata: { name: desk }
spec:
  type: tickets
  path: tickets.csv
  encoding: gb18030
  columns: { id: 编号, service: 服务, priority: 优先级, opened: 创建时间, responded: 响应时间 }
  values:
    service: { 邮件服务: mail }
---
apiVersion: slm/v1
kind: SLA
metadata: { name: mail-sla }
spec:
  service: mail
  provider: it
  customer: acme
  term: { start: 2024-01-01 }
  review: { every: 1y, last: 2024-01-15 }
  targets:
    - { name: response, metric: response-time, threshold: 30m, objective: 90% }
`,
      "tickets.csv": readFileSync(join(FIXTURES, "gb18030.csv")),
    });
    try {
      const r = await runCli(
        ["report", "--period", "2024-05", "--format", "json", "--out", "-", "--sla", "mail-sla"],
        {
          cwd: root,
        },
      );
      expect(r.code, r.stderr).toBe(0);
      // INC-1: 10 min (met), INC-2: 90 min (breached); INC-3 is 网络, another service.
      expect(JSON.parse(r.stdout).targets[0]).toMatchObject({ count: 2, good: 1, value: 0.5 });
    } finally {
      removeDir(root);
    }
  });
});
