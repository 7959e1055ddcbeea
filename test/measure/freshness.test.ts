import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freshnessOverTime } from "../../src/measure/freshness-over-time.js";
import { FreshnessSeries } from "../../src/sources/freshness-series.js";
import { readFreshnessEvents } from "../../src/sources/read-freshness-events.js";
import type { EventsData } from "../../src/sources/records.js";
import { calendarFromModel } from "../../src/time/business-calendar.js";
import { removeDir, tempDir } from "../helpers/cli.js";
import { dataSourceFromSpec } from "../helpers/read-source.js";
import { modelFromYaml } from "../report/helpers.js";

const MIN = 60_000;
const at = (iso: string) => Date.parse(iso);
const dir = tempDir("slm-freshness-");
afterAll(() => removeDir(dir));

let files = 0;
/** Reads `csv` as an events source and returns the 15-minute series of service `db`. */
async function series(csv: string, spec = "columns: { timestamp: time, service: job, status: result }") {
  const file = join(dir, `f${files++}.csv`);
  writeFileSync(file, csv);
  const source = dataSourceFromSpec(`type: events\n${spec}`);
  const data = (await readFreshnessEvents(source, [{ file: "f.csv", absolute: file, sha256: "" }], {
    services: new Set(["db"]),
    latency: [],
    freshness: [{ key: "db|15m", service: "db", filter: null, thresholdMs: 15 * MIN }],
    thresholds: [],
    series: [],
    horizon: null,
    sink: { ticket: () => {}, metric: () => {}, restart: () => {} },
  })) as EventsData;
  return { data, series: data.freshness.get("db|15m") };
}

const measure = (data: EventsData, s: FreshnessSeries | undefined, from: string, to: string) =>
  freshnessOverTime(s, data.latest, [at(from), at(to)]);

describe("freshness (SPEC §22)", () => {
  it("an event exactly threshold old is fresh; one second more is stale", async () => {
    // Successes at 00:00, 00:15 (exactly 15 min later) and 00:30:01 (15 min 1 s later).
    const { data, series: s } = await series(
      "time,job,result\n2024-05-01T00:00:00Z,db,ok\n2024-05-01T00:15:00Z,db,ok\n2024-05-01T00:30:01Z,db,ok\n",
    );
    const m = measure(data, s, "2024-05-01T00:00:00Z", "2024-05-01T00:45:01Z");
    // Known: 00:00 → 00:45:01 (the last event + 15 min) = 2701 s; stale only 00:30–00:30:01 = 1 s.
    expect(m.total).toBe(2701_000);
    expect(m.good).toBe(2700_000);
    expect(m.unknownMs).toBe(0);
  });

  it("time before the first event is unknown, not stale", async () => {
    const { data, series: s } = await series("time,job,result\n2024-05-01T00:10:00Z,db,success\n");
    const m = measure(data, s, "2024-05-01T00:00:00Z", "2024-05-01T01:00:00Z");
    // 00:00–00:10 unknown (before the first event); 00:10–00:25 fresh; 00:25 on is after the last
    // row and past the fresh stretch: nobody knows whether a later backup ran, so unknown too.
    expect(m.unknownMs).toBe(10 * MIN + 35 * MIN);
    expect(m.total).toBe(15 * MIN);
    expect(m.good).toBe(15 * MIN);
  });

  it("failed events do not count, but they do say the export reaches that far", async () => {
    const { data, series: s } = await series(
      [
        "time,job,result",
        "2024-05-01T00:00:00Z,db,OK",
        "2024-05-01T00:20:00Z,db,failed",
        "2024-05-01T00:40:00Z,db,error",
        "2024-05-01T01:00:00Z,db,Success",
        "",
      ].join("\n"),
    );
    const m = measure(data, s, "2024-05-01T00:00:00Z", "2024-05-01T01:15:00Z");
    // Fresh 00:00–00:15 and 01:00–01:15 = 30 min; stale 00:15–01:00 = 45 min (status case folded).
    expect(m.total).toBe(75 * MIN);
    expect(m.good).toBe(30 * MIN);
    expect(m.downtimeMs).toBe(45 * MIN);
  });

  it("recodes statuses with values, and without a status column every row counts", async () => {
    const recoded = await series(
      "time,job,result\n2024-05-01T00:00:00Z,db,Completed\n2024-05-01T00:30:00Z,db,Completed\n",
      "columns: { timestamp: time, service: job, status: result }\nvalues: { status: { Completed: ok } }",
    );
    const plain = await series(
      "time,job\n2024-05-01T00:00:00Z,db\n2024-05-01T00:30:00Z,db\n",
      "columns: { timestamp: time, service: job }",
    );
    for (const { data, series: s } of [recoded, plain]) {
      const m = measure(data, s, "2024-05-01T00:00:00Z", "2024-05-01T00:45:00Z");
      // Fresh 00:00–00:15 and 00:30–00:45; stale 00:15–00:30.
      expect(m.good).toBe(30 * MIN);
      expect(m.total).toBe(45 * MIN);
    }
  });

  it("counts only service hours", async () => {
    const model = modelFromYaml(`apiVersion: slm/v1
kind: Calendar
metadata: { name: office }
spec:
  timezone: UTC
  hours: [{ days: [mon, tue, wed, thu, fri], from: "09:00", to: "17:00" }]
`);
    // Wednesday 2024-05-01: backups at 08:00 and 10:00 and 16:50.
    const { data, series: s } = await series(
      "time,job,result\n2024-05-01T08:00:00Z,db,ok\n2024-05-01T10:00:00Z,db,ok\n2024-05-01T16:50:00Z,db,ok\n2024-05-02T08:00:00Z,db,failed\n",
    );
    const open = calendarFromModel(model, "office").openIntervals(
      at("2024-05-01T00:00:00Z"),
      at("2024-05-02T00:00:00Z"),
    );
    const m = freshnessOverTime(s, data.latest, open);
    // Service time 09:00–17:00 = 480 min, all known (first event 08:00, rows until the next day).
    // Fresh in it: 10:00–10:15 and 16:50–17:00 = 25 min; stale 09:00–10:00 and 10:15–16:50.
    expect(m.total).toBe(480 * MIN);
    expect(m.good).toBe(25 * MIN);
  });

  it("a gap across a month edge is stale in the month it falls in", async () => {
    const { data, series: s } = await series(
      "time,job,result\n2024-04-30T23:50:00Z,db,ok\n2024-05-01T01:00:00Z,db,ok\n2024-05-01T02:00:00Z,db,failed\n",
    );
    const april = measure(data, s, "2024-04-01T00:00:00Z", "2024-05-01T00:00:00Z");
    const may = measure(data, s, "2024-05-01T00:00:00Z", "2024-06-01T00:00:00Z");
    // April: known and fresh only from 23:50 to midnight.
    expect([april.good, april.total]).toEqual([10 * MIN, 10 * MIN]);
    // May: 00:00–00:05 fresh (23:50 + 15 min), 00:05–01:00 stale, 01:00–01:15 fresh, 01:15–02:00
    // stale (the failed run at 02:00 is the latest row): known 120 min, fresh 20 min.
    expect([may.good, may.total]).toEqual([20 * MIN, 120 * MIN]);
  });

  it("merges events out of time order into the same fresh time", () => {
    const sorted = new FreshnessSeries(15 * MIN);
    const shuffled = new FreshnessSeries(15 * MIN);
    const events = [0, 10, 40, 50, 100, 115, 131].map((m) => m * MIN);
    for (const t of events) sorted.add(t);
    for (const t of [131, 40, 0, 115, 10, 100, 50].map((m) => m * MIN)) shuffled.add(t);
    // Union of [e, e+15]: 0–25, 40–65, 100–130, 131–146 (by hand).
    const expected = [0, 25, 40, 65, 100, 130, 131, 146].map((m) => m * MIN);
    expect(sorted.fresh).toEqual(expected);
    expect(shuffled.fresh).toEqual(expected);
    expect([shuffled.first, shuffled.last]).toEqual([0, 131 * MIN]);
  });

  it("skips a row without a status when the source maps one", async () => {
    const { data } = await series("time,job,result\n2024-05-01T00:00:00Z,db,\n");
    expect(data.skipped.map((s) => s.reason)).toEqual(["missing status"]);
  });
});
