import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ThresholdComparison } from "../../src/core/model.js";
import { parseLimit } from "../../src/core/values/limit.js";
import { readChecks } from "../../src/sources/read-checks.js";
import { readMetrics } from "../../src/sources/read-metrics.js";
import { meetsLimit, type ThresholdDemand } from "../../src/sources/threshold-demand.js";
import { removeDir, tempDir } from "../helpers/cli.js";
import { dataSourceFromSpec } from "../helpers/read-source.js";
import { modelFromYaml, slaYaml } from "../report/helpers.js";

const dir = tempDir("slm-threshold-");
afterAll(() => removeDir(dir));

/** The comparison build-model makes of a threshold target written as `lines`. */
function comparison(lines: string): ThresholdComparison {
  const model = modelFromYaml(
    slaYaml("s", "db", `  targets:\n    - { name: t, metric: threshold, objective: 99%, ${lines} }\n`),
  );
  return model.agreements[0]!.targets[0]!.compare!;
}

describe("limits and their units (docs/measurement.md)", () => {
  it("reads each unit of the table into its base unit", () => {
    const base = (s: unknown) => {
      const r = parseLimit(s);
      if (!r.ok) throw new Error(r.error);
      return [r.value.amount * r.value.factor, r.value.dimension];
    };
    expect(base("500ms")).toEqual([500, "duration"]);
    expect(base("2s")).toEqual([2000, "duration"]);
    expect(base("15m")).toEqual([900_000, "duration"]);
    expect(base("1.5h")).toEqual([5_400_000, "duration"]);
    expect(base("80%")).toEqual([80, "percent"]);
    expect(base("20GB")).toEqual([20_000_000_000, "bytes"]);
    expect(base("512 MB")).toEqual([512_000_000, "bytes"]);
    expect(base("4KB")).toEqual([4000, "bytes"]);
    expect(base("4KiB")).toEqual([4096, "bytes"]);
    expect(base("1MiB")).toEqual([1_048_576, "bytes"]);
    expect(base("2GiB")).toEqual([2 * 1024 * 1024 * 1024, "bytes"]);
    expect(base(1000)).toEqual([1000, "number"]);
    expect(base("-3.5")).toEqual([-3.5, "number"]);
    for (const bad of ["20 gigs", "GB", "20 GB extra", true]) expect(parseLimit(bad).ok).toBe(false);
  });

  it("takes the column in the limit's unit unless the target declares `unit`", () => {
    // 20 GB limit, column in GB: a cell of 20 is the limit itself.
    const gb = comparison("field: free, op: '>=', limit: 20GB");
    expect(meetsLimit(20, gb)).toBe(true);
    expect(meetsLimit(19.999, gb)).toBe(false);
    // Column in MB: 20000 MB = 20 GB meets >=, 19999 does not.
    const mb = comparison("field: free, op: '>=', limit: 20GB, unit: MB");
    expect(meetsLimit(20_000, mb)).toBe(true);
    expect(meetsLimit(19_999, mb)).toBe(false);
    // A plain limit is in the column's unit: 300 with unit s is 300 000 ms.
    const secs = comparison("field: lag, limit: 300, unit: s");
    expect(secs.limit).toBe(300_000);
    expect(meetsLimit(300, secs)).toBe(true);
    expect(meetsLimit(301, secs)).toBe(false);
    // Column in bytes, limit in GiB: 1 GiB = 1073741824 bytes.
    const gib = comparison("field: used, op: '<', limit: 1GiB, unit: B");
    expect(meetsLimit(1_073_741_823, gib)).toBe(true);
    expect(meetsLimit(1_073_741_824, gib)).toBe(false);
  });

  it("defaults op to <=, and `latency` is milliseconds whatever the limit's unit", () => {
    const c = comparison("field: latency, limit: 1s");
    expect(c.op).toBe("<=");
    expect(meetsLimit(1000, c)).toBe(true);
    expect(meetsLimit(1001, c)).toBe(false);
  });

  it("a sample equal to the limit meets <= and >=, and fails < and >", () => {
    const verdicts = (["<=", "<", ">=", ">"] as const).map((op) => {
      const c = comparison(`field: q, op: '${op}', limit: 10`);
      return [meetsLimit(9, c), meetsLimit(10, c), meetsLimit(11, c)];
    });
    expect(verdicts).toEqual([
      [true, true, false],
      [true, false, false],
      [false, true, true],
      [false, false, true],
    ]);
  });
});

describe("threshold targets counted while a source streams (SPEC §22)", () => {
  const demand = (compare: ThresholdComparison, dimension: number): ThresholdDemand => ({
    service: "db",
    filter: null,
    compare,
    dimension,
    spans: [
      {
        start: Date.parse("2024-05-01T00:00:00Z"),
        end: Date.parse("2024-05-02T00:00:00Z"),
        open: [Date.parse("2024-05-01T00:00:00Z"), Date.parse("2024-05-01T12:00:00Z")],
        good: 0,
        total: 0,
      },
    ],
  });
  const io = { services: new Set(["db"]), latency: [], freshness: [], series: [], horizon: null };
  const sink = { ticket: () => {}, metric: () => {}, restart: () => {} };

  it("counts a numeric checks column in service time, per op", async () => {
    const file = join(dir, "checks.csv");
    writeFileSync(
      file,
      [
        "time,host,free_gb",
        "2024-05-01T01:00:00Z,db,25",
        "2024-05-01T02:00:00Z,db,20",
        "2024-05-01T03:00:00Z,db,19.5",
        "2024-05-01T04:00:00Z,db,n/a",
        "2024-05-01T05:00:00Z,web,1",
        "2024-05-01T13:00:00Z,db,1",
        "",
      ].join("\n"),
    );
    const source = dataSourceFromSpec(
      "type: checks\nconstants: { status: up }\ncolumns: { timestamp: time, service: host, free: free_gb }",
    );
    const counts = [];
    for (const op of [">=", ">", "<=", "<"]) {
      const d = demand(
        comparison(`field: free, op: '${op}', limit: 20GB`),
        source.dimensions.indexOf("free"),
      );
      await readChecks(source, [{ file: "c.csv", absolute: file, sha256: "" }], {
        ...io,
        thresholds: [d],
        sink,
      });
      counts.push([d.spans[0]!.good, d.spans[0]!.total]);
    }
    // Samples of db in service time (00:00–12:00) with a number: 25, 20, 19.5 (n/a is no sample,
    // web is another service, 13:00 is outside service hours).
    // >= 20: 25, 20 → 2; > 20: 25 → 1; <= 20: 20, 19.5 → 2; < 20: 19.5 → 1.
    expect(counts).toEqual([
      [2, 3],
      [1, 3],
      [2, 3],
      [1, 3],
    ]);
  });

  it("counts a numeric column of a metrics source, or its good column", async () => {
    const file = join(dir, "metrics.csv");
    writeFileSync(
      file,
      [
        "bucket,svc,name,good,total,depth",
        "2024-05-01T00:00:00Z,db,queue,5,5,120",
        "2024-05-01T01:00:00Z,db,queue,7,9,80",
        "2024-05-01T02:00:00Z,db,queue,2,3,100",
        "",
      ].join("\n"),
    );
    const source = dataSourceFromSpec(
      "type: metrics\ncolumns: { timestamp: bucket, service: svc, metric: name, good: good, total: total, depth: depth }",
    );
    const depth = demand(comparison("field: depth, limit: 100"), source.dimensions.indexOf("depth"));
    const good = demand(comparison("field: good, op: '>', limit: 4"), -1);
    await readMetrics(source, [{ file: "m.csv", absolute: file, sha256: "" }], {
      ...io,
      thresholds: [depth, good],
      sink,
    });
    // depth <= 100: 80, 100 → 2 of 3; good > 4: 5, 7 → 2 of 3.
    expect([depth.spans[0]!.good, depth.spans[0]!.total]).toEqual([2, 3]);
    expect([good.spans[0]!.good, good.spans[0]!.total]).toEqual([2, 3]);
  });
});
