import { describe, expect, it } from "vitest";
import { agreement, avail, coverageOf, modelFrom, reasons, service, sla, target } from "./helpers.js";

// SPEC §13 "Coverage (amends §5.1)", issue 9 item 5. The repository: erp rests on a
// database and two redundant ISPs; a service desk OLA on erp itself answers the calls.

const response = (p: string, threshold: string, extra = "") =>
  `{ name: ${p.toLowerCase()}-response, metric: response-time, priority: ${p}, threshold: ${threshold}, objective: "95%"${extra} }`;
const resolution = (p: string, threshold: string, extra = "") =>
  `{ name: ${p.toLowerCase()}-resolution, metric: resolution-time, priority: ${p}, threshold: ${threshold}, objective: "90%"${extra} }`;
const recovery = (threshold: string, extra = "") =>
  `{ name: recovery, metric: recovery-time, threshold: ${threshold}, objective: "100%"${extra} }`;

function repository(deskResponse = [response("P1", "10m"), response("P2", "30m")], slaExtra: string[] = []) {
  return modelFrom(
    service("erp", ["database", { anyOf: ["isp-a", "isp-b"] }]),
    service("database"),
    service("isp-a"),
    service("isp-b"),
    sla("acme-erp", {
      service: "erp",
      targets: [
        avail("99.9%"),
        response("P1", "15m"),
        response("P2", "1h"),
        resolution("P1", "8h"),
        resolution("P2", "16h"),
        recovery("4h"),
        ...slaExtra,
      ],
    }),
    agreement("service-desk", { service: "erp", targets: deskResponse }),
    agreement("db-ops", {
      service: "database",
      targets: [avail("99.95%"), resolution("P1", "4h"), resolution("P2", "8h"), recovery("2h")],
    }),
    agreement("isp-a", {
      kind: "UC",
      service: "isp-a",
      targets: [avail("99.5%"), resolution("P1", "4h"), resolution("P2", "8h"), recovery("4h")],
    }),
    agreement("isp-b", {
      kind: "UC",
      service: "isp-b",
      targets: [avail("99.5%"), resolution("P1", "4h"), resolution("P2", "8h"), recovery("4h")],
    }),
  );
}

describe("SPEC §13 coverage amendment", () => {
  it("a service desk OLA with response targets on the SLA's own service does not make it a component for availability or resolution", () => {
    const r = coverageOf(repository());
    // Before the amendment: availability, both resolutions and recovery were uncovered ("erp: no OLA
    // or UC target for availability"), and both responses uncovered (database, isp-a, isp-b).
    const a = target(r, "acme-erp/availability");
    expect(a.verdict).toBe("covered");
    // 99.95% × [1 − (1 − 99.5%)(1 − 99.5%)] = 0.9995 × 0.999975 = 0.999475012… ≥ 99.9%
    expect(a.composition).toBe(
      "99.95% (database, OLA db-ops) × [1 − (1 − 99.5% (isp-a, UC isp-a))(1 − 99.5% (isp-b, UC isp-b)) = 99.99%] = 99.94% ≥ 99.9%",
    );
    expect(a.components.map((c) => c.service)).toEqual(["database", "isp-a", "isp-b"]);
    for (const name of ["p1-resolution", "p2-resolution", "recovery"]) {
      const t = target(r, `acme-erp/${name}`);
      expect({ name, verdict: t.verdict }).toEqual({ name, verdict: "covered" });
      expect(t.components.map((c) => c.service)).toEqual(["database", "isp-a", "isp-b"]);
    }
  });

  it("a response-time target is answered by whoever takes the call: components without response targets are not asked", () => {
    const r = coverageOf(repository());
    const p1 = target(r, "acme-erp/p1-response");
    expect(p1.verdict).toBe("covered");
    expect(p1.components.map((c) => [c.service, c.via, c.supportedBy.map((s) => s.ref)])).toEqual([
      ["erp", "self", ["OLA/service-desk/p1-response"]],
    ]);
    expect(r.summary).toEqual({ covered: 6, "at-risk": 0, uncovered: 0, "not-applicable": 0 });
    expect(r.orphans).toEqual([]);
  });

  it("every response-time target found must be tight enough; the same priority is still needed", () => {
    const model = modelFrom(
      service("erp", ["database"]),
      service("database"),
      sla("acme-erp", { service: "erp", targets: [response("P1", "15m")] }),
      agreement("service-desk", { service: "erp", targets: [response("P1", "10m")] }),
      agreement("db-ops", { service: "database", targets: [response("P1", "30m"), response("P2", "5m")] }),
    );
    const t = target(coverageOf(model), "acme-erp/p1-response");
    // The desk's 10m would do, but the database team's 30m answers too, and is too slow.
    expect(t.verdict).toBe("at-risk");
    expect(reasons(t)).toEqual([
      "threshold: database: OLA db-ops/p1-response threshold 30m is looser than 15m",
    ]);
  });

  it("a response-time target with no response-time target anywhere is uncovered", () => {
    const t = target(coverageOf(repository([])), "acme-erp/p1-response");
    expect(t.verdict).toBe("uncovered");
    expect(reasons(t)).toEqual([
      "missing: no OLA or UC target for response-time P1 on erp, its components or by a link to acme-erp/p1-response",
    ]);
  });

  it("explicit supports links are the complete support of a clock target", () => {
    // db-ops fixes P1 incidents end to end for every component: the ISPs are not asked.
    const model = modelFrom(
      service("erp", ["database", { anyOf: ["isp-a", "isp-b"] }]),
      service("database"),
      service("isp-a"),
      service("isp-b"),
      sla("acme-erp", { service: "erp", targets: [resolution("P1", "8h"), response("P1", "15m")] }),
      agreement("db-ops", {
        service: "database",
        targets: [
          resolution("P1", "4h", ", supports: [acme-erp/p1-resolution]"),
          response("P1", "30m"),
          `{ name: triage, metric: response-time, priority: Sev1, threshold: 10m, objective: "95%", supports: [acme-erp/p1-response] }`,
        ],
      }),
      agreement("isp-b", { kind: "UC", service: "isp-b", targets: [resolution("P1", "12h")] }),
    );
    const r = coverageOf(model);
    const fix = target(r, "acme-erp/p1-resolution");
    expect(fix.verdict).toBe("covered");
    expect(fix.components.map((c) => [c.service, c.supportedBy.map((s) => `${s.ref} (${s.via})`)])).toEqual([
      ["database", ["OLA/db-ops/p1-resolution (link)"]],
    ]);
    // The linked Sev1 triage is the response target's support; the matched 30m one is not asked.
    const answer = target(r, "acme-erp/p1-response");
    expect(answer.verdict).toBe("covered");
    expect(answer.components.flatMap((c) => c.supportedBy.map((s) => s.ref))).toEqual(["OLA/db-ops/triage"]);
    expect(r.orphans).toEqual(["OLA/db-ops/p1-response", "UC/isp-b/p1-resolution"]);
  });

  it("availability keeps its composition: links add support, every component still needs one", () => {
    const model = modelFrom(
      service("erp", ["database", "network"]),
      service("database"),
      service("network"),
      service("datacentre"),
      sla("acme-erp", { service: "erp", targets: [avail("99.9%")] }),
      agreement("db-ops", { service: "database", targets: [avail("99.95%")] }),
      agreement("dc", {
        kind: "UC",
        service: "datacentre",
        targets: [avail("99.99%", ", supports: [acme-erp/availability]")],
      }),
    );
    const t = target(coverageOf(model), "acme-erp/availability");
    expect(t.verdict).toBe("uncovered");
    expect(t.components.map((c) => [c.service, c.via])).toEqual([
      ["database", "dependency"],
      ["network", "dependency"],
      ["datacentre", "link"],
    ]);
    expect(reasons(t)).toEqual([
      "missing: network: no OLA or UC target for availability, and none links to acme-erp/availability",
    ]);
  });

  it("kpi follows: the issue's repository is fully underpinned", async () => {
    const { processKpis } = await import("../../src/kpi/process-kpis.js");
    const model = repository();
    const { dateFromParts } = await import("../../src/core/values/date.js");
    const kpis = processKpis(
      model,
      "2024-05",
      coverageOf(model),
      [
        {
          sla: "acme-erp",
          kind: "SLA",
          service: "erp",
          targets: [],
          improvement: { asOf: "2024-06-01", breaches: [], overdue: [] },
        } as never,
      ],
      { actionsAsOf: dateFromParts(2024, 6, 1), selected: false },
    );
    expect(kpis.slaTargets).toEqual({ total: 6, covered: 6, atRisk: 0, uncovered: 0 });
  });
});
