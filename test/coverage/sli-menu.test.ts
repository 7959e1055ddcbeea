import { describe, expect, it } from "vitest";
import { agreement, coverageOf, modelFrom, reasons, service, sla, target } from "./helpers.js";

// SPEC §22 in coverage: freshness is a time metric (a threshold no longer, an objective no lower);
// a threshold target needs a supporting target on the same field, at least as strict per op.
const catalogue = [service("backup", ["storage"]), service("storage")];

function covering(slaTarget: string, olaTargets: string[]) {
  const model = modelFrom(
    ...catalogue,
    sla("acme-backup", { service: "backup", targets: [slaTarget] }),
    agreement("storage-ops", { service: "storage", targets: olaTargets }),
  );
  return target(coverageOf(model), `acme-backup/${/name: ([a-z-]+)/.exec(slaTarget)![1]}`);
}

const rpo = (threshold: string, objective: string, name = "rpo") =>
  `{ name: ${name}, metric: freshness, threshold: ${threshold}, objective: "${objective}" }`;
const limit = (name: string, field: string, op: string, value: string, objective = "99%") =>
  `{ name: ${name}, metric: threshold, field: ${field}, op: "${op}", limit: ${value}, objective: "${objective}" }`;

describe("freshness coverage", () => {
  it("is covered by a freshness target no looser and no lower, an equal one included", () => {
    expect(covering(rpo("15m", "99.9%"), [rpo("15m", "99.9%")]).verdict).toBe("covered");
    expect(covering(rpo("15m", "99.9%"), [rpo("10m", "99.95%")]).verdict).toBe("covered");
  });

  it("names a looser threshold and a lower objective", () => {
    const t = covering(rpo("15m", "99.9%"), [rpo("20m", "99%")]);
    expect(t.verdict).toBe("at-risk");
    expect(reasons(t)).toEqual([
      "threshold: storage: OLA storage-ops/rpo threshold 20m is looser than 15m",
      "objective: storage: OLA storage-ops/rpo objective 99% is below 99.9%",
    ]);
  });

  it("is uncovered without a freshness target on the component; another metric does not count", () => {
    const t = covering(rpo("15m", "99.9%"), ['{ name: up, metric: availability, objective: "99.99%" }']);
    expect(t.verdict).toBe("uncovered");
  });
});

describe("threshold coverage", () => {
  it("is covered by a target on the same field at least as strict, per op direction", () => {
    // ≥ 20GB: a support ≥ 25GB or > 20GB is at least as strict.
    expect(
      covering(limit("disk", "headroom", ">=", "20GB"), [limit("disk", "headroom", ">=", "25GB")]).verdict,
    ).toBe("covered");
    expect(
      covering(limit("disk", "headroom", ">=", "20GB"), [limit("disk", "headroom", ">", "20GB")]).verdict,
    ).toBe("covered");
    // ≤ 80%: a support ≤ 70% or < 80% is.
    expect(covering(limit("cpu", "cpu", "<=", "80%"), [limit("cpu", "cpu", "<", "80%")]).verdict).toBe(
      "covered",
    );
    expect(covering(limit("cpu", "cpu", "<=", "80%"), [limit("cpu", "cpu", "<=", "70%")]).verdict).toBe(
      "covered",
    );
    // Limits in other units of the same kind compare in base units: 20000 MB = 20 GB.
    expect(
      covering(limit("disk", "headroom", ">=", "20GB"), [limit("disk", "headroom", ">=", "20000MB")]).verdict,
    ).toBe("covered");
  });

  it("names a looser limit, the wrong direction, and a lower objective", () => {
    expect(
      reasons(covering(limit("disk", "headroom", ">", "20GB"), [limit("disk", "headroom", ">=", "20GB")])),
    ).toEqual([
      "threshold: storage: OLA storage-ops/disk threshold headroom >= 20GB is looser than headroom > 20GB",
    ]);
    expect(reasons(covering(limit("cpu", "cpu", "<=", "80%"), [limit("cpu", "cpu", "<=", "90%")]))).toEqual([
      "threshold: storage: OLA storage-ops/cpu threshold cpu <= 90% is looser than cpu <= 80%",
    ]);
    expect(reasons(covering(limit("cpu", "cpu", "<=", "80%"), [limit("cpu", "cpu", ">=", "10%")]))).toEqual([
      "threshold: storage: OLA storage-ops/cpu threshold cpu >= 10% cannot be compared exactly with cpu <= 80%: it bounds the value from the other side",
    ]);
    expect(
      reasons(
        covering(limit("disk", "headroom", ">=", "20GB"), [limit("disk", "headroom", ">=", "30GB", "95%")]),
      ),
    ).toEqual(["objective: storage: OLA storage-ops/disk objective 95% is below 99%"]);
  });

  it("needs the same field: a target on another field does not support it", () => {
    const t = covering(limit("disk", "headroom", ">=", "20GB"), [limit("queue", "depth", "<=", "100")]);
    expect(t.verdict).toBe("uncovered");
    expect(t.requirement).toBe("headroom >= 20GB in 99%");
  });
});
