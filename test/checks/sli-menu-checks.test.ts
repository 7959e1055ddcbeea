import { describe, expect, it } from "vitest";
import { BASE, brief, sla, validateFiles } from "../helpers/validate-harness.js";

const EVENTS = `apiVersion: slm/v1
kind: DataSource
metadata: { name: backups }
spec:
  type: events
  columns: { timestamp: finished, service: job, status: result }
`;
const CAPACITY = `apiVersion: slm/v1
kind: DataSource
metadata: { name: capacity }
spec:
  type: checks
  constants: { status: up }
  columns: { timestamp: time, service: host, headroom: free_gb }
`;

describe("freshness targets (SPEC §22)", () => {
  it("accepts a freshness target on an events source", () => {
    const text = sla(
      "  targets:\n    - { name: rpo, metric: freshness, threshold: 15m, objective: 99.9% }\n",
    );
    expect(brief(validateFiles({ ...BASE, "ds.yaml": EVENTS, "sla.yaml": text }))).toEqual([]);
  });

  it("needs a threshold (a duration, not business days) and an events source", () => {
    const text = sla(`  targets:
    - { name: a, metric: freshness, objective: 99% }
    - { name: b, metric: freshness, threshold: 2bd, objective: 99% }
`);
    expect(brief(validateFiles({ ...BASE, "sla.yaml": text }))).toEqual([
      'target/threshold-missing 11:7 target "a" (freshness) needs a threshold, e.g. threshold: 15m',
      'target/freshness-source 11:26 target "a" (freshness) needs a DataSource of type events (one row per run or delivery); the repository has none',
      'target/freshness-source 12:26 target "b" (freshness) needs a DataSource of type events (one row per run or delivery); the repository has none',
      'target/threshold-business-days 12:48 target "b" (freshness) is not a clock: business days (2bd) apply to response, resolution and recovery times; give the age the data may reach as a duration (15m)',
    ]);
  });

  it("refuses an events source for another metric, and another type for freshness", () => {
    const text = sla(`  targets:
    - { name: a, metric: availability, objective: 99%, source: backups }
    - { name: b, metric: freshness, threshold: 15m, objective: 99%, source: capacity }
`);
    expect(
      brief(validateFiles({ ...BASE, "ds.yaml": `${EVENTS}---\n${CAPACITY}`, "sla.yaml": text })),
    ).toEqual([
      'ref/data-source-type 11:64 source "backups" has type events; availability is measured from outages or checks or metrics',
      'ref/data-source-type 12:77 source "capacity" has type checks; freshness is measured from events',
    ]);
  });
});

describe("threshold targets (SPEC §22)", () => {
  const validate = (targets: string) =>
    brief(validateFiles({ ...BASE, "ds.yaml": CAPACITY, "sla.yaml": sla(`  targets:\n${targets}`) }));

  it("accepts a field the source maps, each op, and a limit with a unit", () => {
    expect(
      validate(`    - { name: a, metric: threshold, field: headroom, op: ">=", limit: 20GB, objective: 99% }
    - { name: b, metric: threshold, field: headroom, op: ">", limit: 20000, unit: MB, objective: 99% }
    - { name: c, metric: threshold, field: headroom, op: "<", limit: 80%, objective: 99% }
    - { name: d, metric: threshold, field: headroom, limit: 3, objective: 99% }
`),
    ).toEqual([]);
  });

  it("needs a field and a limit; the field mapped; op in the set; a unit of the limit's kind", () => {
    expect(
      validate(`    - { name: a, metric: threshold, objective: 99% }
    - { name: b, metric: threshold, field: disk, limit: 20GB, objective: 99% }
    - { name: c, metric: threshold, field: status, limit: 1, objective: 99% }
    - { name: d, metric: threshold, field: headroom, limit: 20GB, unit: s, objective: 99% }
`),
    ).toEqual([
      'target/field-missing 11:7 target "a" (threshold) needs a field: the numeric column each sample is compared with, e.g. field: headroom',
      'target/limit-missing 11:7 target "a" (threshold) needs a limit, e.g. limit: 20GB',
      'target/field-unmapped 12:44 target "b" compares "disk", which DataSource capacity does not map; map it in its columns (disk: <header>)',
      'target/field-unmapped 13:44 target "c" compares "status", which is not a number in a checks source; map a numeric column under another name',
      'target/unit-mismatch 14:73 target "d": the limit 20GB is a size, but the column headroom holds s, a duration',
    ]);
    // Schema findings (the document then gets no semantic checks).
    expect(
      validate(`    - { name: e, metric: threshold, field: headroom, op: "=", limit: 20GB, objective: 99% }
    - { name: f, metric: threshold, field: headroom, limit: 20 gigs, objective: 99% }
`),
    ).toEqual([
      'schema/enum 11:58 "=" is not one of: <=, <, >=, > (did you mean "<="?)',
      'schema/invalid-value 12:61 "gigs" is not a unit of a limit (ms, s, m, h, %, B, KB, MB, GB, TB, KiB, MiB, GiB, TiB)',
    ]);
  });

  it("refuses field, op, limit and unit on other metrics", () => {
    expect(validate("    - { name: a, metric: availability, objective: 99%, op: '>', limit: 5 }\n")).toEqual([
      'target/limit-unexpected 11:56 target "a" (availability) takes no op: it belongs to metric: threshold',
      'target/limit-unexpected 11:65 target "a" (availability) takes no limit: it belongs to metric: threshold',
    ]);
  });
});
