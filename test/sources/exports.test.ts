import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { OutagesData } from "../../src/sources/records.js";
import { removeDir, tempDir } from "../helpers/cli.js";
import { dataSourceFromSpec, readWholeSource } from "../helpers/read-source.js";

// SPEC §12: exports as they really are — no header, stop times as durations, constants,
// epochs, dimensions and a row filter; SPEC §3 skipped rows for cells that are not numbers.

const dir = tempDir("slm-exports-");
afterAll(() => removeDir(dir));

let n = 0;
async function read(spec: string, csv: string | Buffer) {
  const file = join(dir, `f${n++}.csv`);
  writeFileSync(file, csv);
  return readWholeSource(dataSourceFromSpec(spec), [{ file: "f.csv", absolute: file, sha256: "" }]);
}

const T = (iso: string) => Date.parse(iso);

describe("header: false", () => {
  it("maps 1-based positions and skips a row shorter than the highest one", async () => {
    const { data, metrics } = await read(
      `type: metrics
header: false
columns: { timestamp: 1, service: 2, metric: 3, good: 4, total: 5 }`,
      "2024-05-01T00:00:00Z,web,availability,99,100\n2024-05-01T00:05:00Z,web,availability,98\n2024-05-01T00:10:00Z,web,availability,100,100,extra\n",
    );
    // Row 1 and row 3 (a longer row is fine); row 2 lacks column 5.
    expect(metrics.map((m) => [m.timestamp, m.good, m.total])).toEqual([
      [T("2024-05-01T00:00:00Z"), 99, 100],
      [T("2024-05-01T00:10:00Z"), 100, 100],
    ]);
    expect(data.skipped).toEqual([
      expect.objectContaining({ reason: "row shorter than column 5", count: 1, lines: [2] }),
    ]);
  });
});

describe("stop times as durations after the start", () => {
  it("outages: end = start + minutes (fractions allowed); empty = still down; not a number = skipped", async () => {
    const { data } = await read(
      `type: outages
columns: { service: svc, start: at, end: { after: start, column: minutes, unit: m } }`,
      "svc,at,minutes\nweb,2024-05-01T10:00:00Z,90\nweb,2024-05-02T10:00:00Z,1.5\nweb,2024-05-03T10:00:00Z,\nweb,2024-05-04T10:00:00Z,0x10\nweb,2024-05-05T10:00:00Z,-5\n",
    );
    const outages = (data as OutagesData).outages;
    expect(outages.map((o) => [o.start, o.end])).toEqual([
      [T("2024-05-01T10:00:00Z"), T("2024-05-01T11:30:00Z")],
      [T("2024-05-02T10:00:00Z"), T("2024-05-02T10:01:30Z")],
      [T("2024-05-03T10:00:00Z"), null],
    ]);
    expect(data.skipped).toEqual([
      expect.objectContaining({ reason: "end is not a number of minutes", count: 2, lines: [5, 6] }),
    ]);
  });

  it("tickets: responded and resolved after opened, in seconds and hours", async () => {
    const { tickets } = await read(
      `type: tickets
service: web
columns:
  id: id
  priority: p
  opened: opened
  responded: { after: opened, column: ack_s, unit: s }
  resolved: { after: opened, column: fix_h, unit: h }`,
      "id,p,opened,ack_s,fix_h\nT1,P1,2024-05-01T10:00:00Z,95,2.25\nT2,P1,2024-05-01T11:00:00Z,,\n",
    );
    expect(tickets.map((t) => [t.id, t.responded, t.resolved])).toEqual([
      ["T1", T("2024-05-01T10:01:35Z"), T("2024-05-01T12:15:00Z")],
      ["T2", null, null],
    ]);
  });
});

describe("constants and dimensions", () => {
  it("sets a field for every row, and reads further columns as dimensions (text after missing and values)", async () => {
    const { tickets } = await read(
      `type: tickets
missing: ["", "n/a"]
constants: { service: desk, priority: P2, customer: acme }
columns: { id: id, opened: opened, site: location }
values:
  site: { HH: hamburg }`,
      "id,opened,location\nT1,2024-05-01T10:00:00Z,HH\nT2,2024-05-01T11:00:00Z,n/a\n",
    );
    // Dimensions in name order: customer, site.
    expect(tickets.map((t) => [t.id, t.service, t.priority, t.dims])).toEqual([
      ["T1", "desk", "P2", ["acme", "hamburg"]],
      ["T2", "desk", "P2", ["acme", null]],
    ]);
  });

  it("a source-level where keeps only matching rows, and the others are not skipped rows", async () => {
    const { data } = await read(
      `type: outages
columns: { service: Monitor, start: Start, end: End, event: Event }
where: { event: Down }`,
      "Event,Monitor,Start,End\nDown,web,2024-05-01T10:00:00Z,2024-05-01T10:10:00Z\nUp,web,2024-05-01T10:10:00Z,\nPaused,web,not a time,\n",
    );
    expect((data as OutagesData).outages).toHaveLength(1);
    expect(data.skipped).toEqual([]);
  });
});

describe("many distinct values in one column", () => {
  it("decodes and recodes each of 3,000 services (past the interning table's linear search)", async () => {
    const rows = Array.from(
      { length: 6000 },
      (_, i) => `svc-${i % 3000},2024-05-01T00:00:00Z,2024-05-01T00:01:00Z\n`,
    );
    const { data } = await read(
      `type: outages
columns: { service: s, start: a, end: b }
values:
  service: { svc-0: zero, svc-2999: last }`,
      `s,a,b\n${rows.join("")}`,
    );
    const services = (data as OutagesData).outages.map((o) => o.service);
    expect(services).toHaveLength(6000);
    expect(services.slice(0, 3)).toEqual(["zero", "svc-1", "svc-2"]);
    expect(services[2999]).toBe("last");
    expect(services[3000]).toBe("zero");
    expect(services[5999]).toBe("last");
    expect(services[4567]).toBe("svc-1567");
  });
});

describe("numbers and epochs", () => {
  it("hex, binary, Infinity and blank-padded text are not numbers: skipped rows (issue 10 item 11)", async () => {
    const { data, metrics } = await read(
      `type: metrics
columns: { timestamp: t, service: s, metric: m, good: g, total: n }`,
      "t,s,m,g,n\n2024-05-01T00:00:00Z,web,x,0x10,20\n2024-05-01T00:00:00Z,web,x,1,0b11\n2024-05-01T00:00:00Z,web,x,1,Infinity\n2024-05-01T00:00:00Z,web,x,1e1,12\n",
    );
    expect(metrics.map((m) => [m.good, m.total])).toEqual([[10, 12]]);
    expect(data.skipped).toEqual([
      expect.objectContaining({ reason: "good or total is not a whole number", count: 3, lines: [2, 3, 4] }),
    ]);
  });

  it("reads epoch seconds with fractions as instants", async () => {
    const { tickets } = await read(
      `type: tickets
service: web
timestampFormat: t
timezone: Asia/Shanghai
columns: { id: id, priority: p, opened: o, resolved: r }`,
      `id,p,o,r\nT1,P1,${T("2024-05-01T10:00:00Z") / 1000},${T("2024-05-01T12:00:00Z") / 1000 + 0.5}\n`,
    );
    expect(tickets.map((t) => [t.opened, t.resolved])).toEqual([
      [T("2024-05-01T10:00:00Z"), T("2024-05-01T12:00:00.500Z")],
    ]);
  });

  it("reads a per-column timestamp format (Jira's first response is written differently)", async () => {
    const { tickets } = await read(
      `type: tickets
service: web
timestampFormat: "dd/MMM/yy h:mm a"
columns:
  id: key
  priority: p
  opened: created
  responded: { column: first, format: "yyyy-MM-dd HH:mm:ss.SSS" }`,
      "key,p,created,first\nITS-1,P1,04/Nov/24 9:15 AM,2024-11-04 09:27:10.512\n",
    );
    expect(tickets.map((t) => [t.opened, t.responded])).toEqual([
      [T("2024-11-04T09:15:00Z"), T("2024-11-04T09:27:10.512Z")],
    ]);
  });
});

describe("headers", () => {
  it("a missing column in a 1,000,000-column header lists only the first headers (issue 10 item 14)", async () => {
    const header = Array.from({ length: 1_000_000 }, (_, i) => `c${i}`).join(",");
    const error = await read(
      `type: metrics
columns: { timestamp: t, service: s, metric: m, good: g, total: n }`,
      `${header}\n`,
    ).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toMatch(
      /column "t" .* is not in the header; headers found: "c0", "c1", .*"c19" … and 999,980 more$/,
    );
    expect(message.length).toBeLessThan(400);
  });

  it("a mapped header that occurs twice is an error naming both positions; unmapped repeats are fine", async () => {
    const error = await read(
      `type: metrics
columns: { timestamp: t, service: s, metric: m, good: g, total: g }`,
      "t,s,m,g,Labels,g,Labels\n",
    ).catch((e: Error) => e);
    expect((error as Error).message).toMatch(
      /column "g" \(field good .*appears twice in the header, at positions 4 and 6/,
    );
  });
});
