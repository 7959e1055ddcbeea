import { describe, expect, it } from "vitest";
import { agreement, avail, coverageOf, modelFrom, reasons, service, sla, target } from "./helpers.js";

const catalogue = [
  service("email", ["mail-platform", "network"]),
  service("mail-platform"),
  service("network"),
];
const p1 = (threshold: string, objective: string, extra = "") =>
  `{ name: p1, metric: resolution-time, priority: P1, threshold: ${threshold}, objective: "${objective}"${extra} }`;

describe("verdicts", () => {
  it("covered: every component supported, composed availability meets the objective", () => {
    const model = modelFrom(
      ...catalogue,
      sla("acme-email", { service: "email", targets: [avail("99.9%")] }),
      agreement("messaging-ops", { service: "mail-platform", targets: [avail("99.95%")] }),
      agreement("network-ops", { service: "network", targets: [avail("99.99%")] }),
    );
    const t = target(coverageOf(model), "acme-email/availability");
    expect(t.verdict).toBe("covered");
    expect(t.reasons).toEqual([]);
    expect(t.composition).toBe(
      "99.95% (mail-platform, OLA messaging-ops) × 99.99% (network, OLA network-ops) = 99.94% ≥ 99.9%",
    );
    expect(t.composed).toBe(0.99940005);
    expect(t.components.map((c) => [c.service, c.supportedBy.map((s) => s.ref)])).toEqual([
      ["mail-platform", ["OLA/messaging-ops/availability"]],
      ["network", ["OLA/network-ops/availability"]],
    ]);
  });

  it("at-risk (availability): the composed objective is below the SLA's, arithmetic in the message", () => {
    const model = modelFrom(
      ...catalogue,
      sla("acme-email", { service: "email", targets: [avail("99.95%")] }),
      agreement("messaging-ops", { service: "mail-platform", targets: [avail("99.95%")] }),
      agreement("network-ops", { service: "network", targets: [avail("99.99%")] }),
    );
    const t = target(coverageOf(model), "acme-email/availability");
    expect(t.verdict).toBe("at-risk");
    expect(reasons(t)).toEqual([
      "availability: 99.95% (mail-platform, OLA messaging-ops) × 99.99% (network, OLA network-ops) = 99.94% < 99.95%",
    ]);
  });

  it("uses the highest of several availability targets on one component", () => {
    const model = modelFrom(
      ...catalogue,
      sla("acme-email", { service: "email", targets: [avail("99.9%")] }),
      agreement("messaging-ops", {
        service: "mail-platform",
        targets: [avail("99%"), `{ name: availability-premium, metric: availability, objective: "99.95%" }`],
      }),
      agreement("network-ops", { service: "network", targets: [avail("99.99%")] }),
    );
    const t = target(coverageOf(model), "acme-email/availability");
    expect(t.verdict).toBe("covered");
    expect(t.composition).toContain("99.95% (mail-platform, OLA messaging-ops)");
  });

  it("uncovered (missing): a component without any supporting target; other reasons still listed", () => {
    const model = modelFrom(
      ...catalogue,
      sla("acme-email", { service: "email", targets: [p1("4h", "95%")] }),
      agreement("messaging-ops", { service: "mail-platform", targets: [p1("8h", "95%")] }),
      agreement("network-ops", { service: "network", targets: [avail("99.99%")] }),
    );
    const t = target(coverageOf(model), "acme-email/p1");
    expect(t.verdict).toBe("uncovered");
    expect(reasons(t)).toEqual([
      "threshold: mail-platform: OLA messaging-ops/p1 threshold 8h is looser than 4h",
      "missing: network: no OLA or UC target for resolution-time P1, and none links to acme-email/p1",
    ]);
    expect(t.components.map((c) => c.verdict)).toEqual(["at-risk", "uncovered"]);
  });

  it("uncovered: a service with no components and no explicit links", () => {
    const model = modelFrom(
      service("lonely"),
      sla("acme-lonely", { service: "lonely", targets: [avail("99%")] }),
    );
    const t = target(coverageOf(model), "acme-lonely/availability");
    expect(t.verdict).toBe("uncovered");
    expect(t.components).toEqual([]);
    expect(reasons(t)).toEqual([
      "missing: service lonely has no components (no dependsOn, no OLA/UC target for availability on it) and no OLA/UC target links to acme-lonely/availability",
    ]);
  });

  it("at-risk (threshold, objective): time targets matched by priority; one strict enough target suffices", () => {
    const loose = modelFrom(
      service("desk", ["first-line"]),
      service("first-line"),
      sla("acme-desk", { service: "desk", targets: [p1("4h", "95%")] }),
      agreement("desk-ops", {
        service: "first-line",
        targets: [
          p1("8h", "90%"),
          `{ name: p2, metric: resolution-time, priority: P2, threshold: 1h, objective: "99%" }`,
        ],
      }),
    );
    expect(reasons(target(coverageOf(loose), "acme-desk/p1"))).toEqual([
      "threshold: first-line: OLA desk-ops/p1 threshold 8h is looser than 4h",
      "objective: first-line: OLA desk-ops/p1 objective 90% is below 95%",
    ]);
    const oneGood = modelFrom(
      service("desk", ["first-line"]),
      service("first-line"),
      sla("acme-desk", { service: "desk", targets: [p1("4h", "95%")] }),
      agreement("desk-ops", { service: "first-line", targets: [p1("8h", "90%")] }),
      agreement("desk-ops-2", { service: "first-line", targets: [p1("2h", "95%")] }),
    );
    expect(target(coverageOf(oneGood), "acme-desk/p1").verdict).toBe("covered");
  });

  it("matches latency by threshold and success-rate by objective", () => {
    const model = modelFrom(
      service("portal", ["web"]),
      service("web"),
      sla("globex", {
        service: "portal",
        targets: [
          `{ name: latency, metric: latency, threshold: 500ms, objective: "99%" }`,
          `{ name: success, metric: success-rate, objective: "99.5%" }`,
        ],
      }),
      agreement("web-ops", {
        service: "web",
        targets: [
          `{ name: latency, metric: latency, threshold: 800ms, objective: "99%" }`,
          `{ name: success, metric: success-rate, objective: "99.4%" }`,
        ],
      }),
    );
    const r = coverageOf(model);
    expect(reasons(target(r, "globex/latency"))).toEqual([
      "threshold: web: OLA web-ops/latency threshold 800ms is looser than 500ms",
    ]);
    expect(reasons(target(r, "globex/success"))).toEqual([
      "objective: web: OLA web-ops/success objective 99.4% is below 99.5%",
    ]);
  });

  it("at-risk (hours): names the uncovered hours in the SLA calendar's time", () => {
    const model = modelFrom(
      ...catalogue,
      `kind: Calendar\nmetadata: { name: office }\nspec:\n  timezone: UTC\n  hours: [{ days: [mon, tue, wed, thu, fri], from: "08:00", to: "18:00" }]`,
      sla("acme-email", { service: "email", targets: [avail("99%")] }),
      agreement("messaging-ops", { service: "mail-platform", targets: [avail("99.95%")] }),
      agreement("network-ops", { service: "network", calendar: "office", targets: [avail("99.99%")] }),
    );
    const t = target(coverageOf(model), "acme-email/availability");
    expect(t.verdict).toBe("at-risk");
    expect(reasons(t)).toEqual([
      "hours: network: SLA hours (calendar 24x7, UTC) not covered by OLA network-ops/availability (calendar office): mon-fri 18:00-08:00, sat-sun all day",
    ]);
  });

  it("at-risk (term): names the uncovered dates, open ends handled; successive agreements join", () => {
    const model = modelFrom(
      ...catalogue,
      sla("acme-email", { service: "email", term: "{ start: 2024-01-01 }", targets: [avail("99%")] }),
      agreement("messaging-2024", {
        service: "mail-platform",
        term: "{ start: 2024-01-01, end: 2024-12-31 }",
        targets: [avail("99.95%")],
      }),
      agreement("messaging-2025", {
        service: "mail-platform",
        term: "{ start: 2025-01-01 }",
        targets: [avail("99.95%")],
      }),
      agreement("network-ops", {
        service: "network",
        term: "{ start: 2024-02-01, end: 2026-06-30 }",
        targets: [avail("99.99%")],
      }),
    );
    const t = target(coverageOf(model), "acme-email/availability");
    expect(t.verdict).toBe("at-risk");
    expect(reasons(t)).toEqual([
      "term: network: SLA term 2024-01-01 onwards not covered by OLA network-ops (2024-02-01..2026-06-30): 2024-01-01..2024-01-31, 2026-07-01 onwards",
    ]);
  });

  it("warns (notice) when a UC's notice deadline falls before the SLA term ends, without changing the verdict", () => {
    const model = modelFrom(
      service("email", ["isp"]),
      service("isp"),
      sla("acme-email", {
        service: "email",
        term: "{ start: 2024-01-01, end: 2025-12-31 }",
        targets: [avail("99%")],
      }),
      agreement("fibre", {
        kind: "UC",
        service: "isp",
        term: "{ start: 2024-01-01, end: 2026-01-31 }",
        contract: "{ noticePeriod: 3mo }",
        targets: [avail("99.5%")],
      }),
    );
    const t = target(coverageOf(model), "acme-email/availability");
    expect(t.verdict).toBe("covered");
    expect(t.reasons).toMatchObject([
      {
        kind: "notice",
        effect: "warning",
        component: "isp",
        message:
          "isp: UC fibre notice deadline 2025-10-31 (term end 2026-01-31 − 3mo) falls before the SLA term ends (2025-12-31)",
      },
    ]);
    expect(t.reasons).toHaveLength(1);
  });

  it("combines reasons of every kind on one target", () => {
    const model = modelFrom(
      service("desk", ["first-line", "field"]),
      service("first-line"),
      service("field"),
      `kind: Calendar\nmetadata: { name: office }\nspec:\n  hours: [{ days: [mon, tue, wed, thu, fri], from: "09:00", to: "17:00" }]`,
      sla("acme-desk", {
        service: "desk",
        calendar: "office",
        term: "{ start: 2024-01-01, end: 2024-12-31 }",
        targets: [p1("4h", "95%")],
      }),
      agreement("desk-ops", {
        service: "first-line",
        term: "{ start: 2024-03-01 }",
        targets: [p1("8h", "90%", ", calendar: office")],
      }),
    );
    const t = target(coverageOf(model), "acme-desk/p1");
    expect(t.verdict).toBe("uncovered");
    expect(t.reasons.map((r) => r.kind)).toEqual(["threshold", "objective", "term", "missing"]);
  });
});

describe("components", () => {
  it("anyOf: every member needs support for a time target; availability composes the group", () => {
    const model = modelFrom(
      service("email", ["network", { anyOf: ["isp-a", "isp-b"] }]),
      service("network"),
      service("isp-a"),
      service("isp-b"),
      sla("acme-email", {
        service: "email",
        targets: [
          avail("99.9%"),
          `{ name: recovery, metric: recovery-time, threshold: 4h, objective: "100%" }`,
        ],
      }),
      agreement("network-ops", {
        service: "network",
        targets: [
          avail("99.99%"),
          `{ name: recovery, metric: recovery-time, threshold: 2h, objective: "100%" }`,
        ],
      }),
      agreement("fibre", {
        kind: "UC",
        service: "isp-a",
        targets: [
          avail("99.5%"),
          `{ name: repair, metric: recovery-time, threshold: 4h, objective: "100%" }`,
        ],
      }),
      agreement("lte", { kind: "UC", service: "isp-b", targets: [avail("99%")] }),
    );
    const r = coverageOf(model);
    const a = target(r, "acme-email/availability");
    expect(a.verdict).toBe("covered");
    expect(a.composition).toBe(
      "99.99% (network, OLA network-ops) × [1 − (1 − 99.5% (isp-a, UC fibre))(1 − 99% (isp-b, UC lte)) = 99.99%] = 99.98% ≥ 99.9%",
    );
    expect(a.components.map((c) => [c.service, c.anyOf])).toEqual([
      ["network", undefined],
      ["isp-a", 0],
      ["isp-b", 0],
    ]);
    const rec = target(r, "acme-email/recovery");
    expect(rec.verdict).toBe("uncovered");
    expect(reasons(rec)).toEqual([
      "missing: isp-b: no OLA or UC target for recovery-time, and none links to acme-email/recovery",
    ]);
  });

  it("follows dependencies transitively through services without OLA/UC of their own", () => {
    const model = modelFrom(
      service("crm", ["crm-app"]),
      service("crm-app", ["app-servers", "database"]),
      service("app-servers"),
      service("database", ["storage"]),
      service("storage"),
      sla("acme-crm", { service: "crm", targets: [avail("99%")] }),
      agreement("apps-ops", { service: "app-servers", targets: [avail("99.9%")] }),
      agreement("db-ops", { service: "database", targets: [avail("99.9%")] }),
    );
    const t = target(coverageOf(model), "acme-crm/availability");
    // database has an OLA, so storage below it is not a component.
    expect(t.components.map((c) => [c.service, c.path.join(" → ")])).toEqual([
      ["app-servers", "crm → crm-app → app-servers"],
      ["database", "crm → crm-app → database"],
    ]);
    expect(t.verdict).toBe("covered");
  });

  it("counts a shared dependency once in a series (diamond)", () => {
    const model = modelFrom(
      service("portal", ["web", "api"]),
      service("web", ["network"]),
      service("api", ["network"]),
      service("network"),
      sla("globex", { service: "portal", targets: [avail("99.9%")] }),
      agreement("network-ops", { service: "network", targets: [avail("99.9%")] }),
    );
    const t = target(coverageOf(model), "globex/availability");
    expect(t.components.map((c) => c.service)).toEqual(["network"]);
    expect(t.verdict).toBe("covered");
  });

  it("treats the SLA's own service as a component when it has OLAs/UCs of its own", () => {
    const model = modelFrom(
      service("email", ["network"]),
      service("network"),
      sla("acme-email", { service: "email", targets: [p1("4h", "95%")] }),
      agreement("desk-ops", { service: "email", targets: [p1("2h", "95%")] }),
      agreement("network-ops", { service: "network", targets: [p1("4h", "95%")] }),
    );
    const t = target(coverageOf(model), "acme-email/p1");
    expect(t.components.map((c) => [c.service, c.via])).toEqual([
      ["email", "self"],
      ["network", "dependency"],
    ]);
    expect(t.verdict).toBe("covered");
  });

  it("explicit links: count on the component even with another priority; add a component from outside the graph", () => {
    const model = modelFrom(
      service("email", ["mail-platform"]),
      service("mail-platform"),
      service("datacentre"),
      sla("acme-email", { service: "email", targets: [p1("4h", "95%")] }),
      agreement("messaging-ops", {
        service: "mail-platform",
        targets: [
          `{ name: critical-fix, metric: resolution-time, priority: Sev1, threshold: 2h, objective: "95%", supports: [acme-email/p1] }`,
        ],
      }),
      agreement("dc-ops", {
        kind: "UC",
        service: "datacentre",
        targets: [
          `{ name: hands, metric: resolution-time, priority: P1, threshold: 1h, objective: "99%", supports: [acme-email/p1] }`,
        ],
      }),
    );
    const r = coverageOf(model);
    const t = target(r, "acme-email/p1");
    expect(t.verdict).toBe("covered");
    expect(
      t.components.map((c) => [c.service, c.via, c.supportedBy.map((s) => `${s.ref} (${s.via})`)]),
    ).toEqual([
      ["mail-platform", "dependency", ["OLA/messaging-ops/critical-fix (link)"]],
      ["datacentre", "link", ["UC/dc-ops/hands (link)"]],
    ]);
    expect(r.orphans).toEqual([]);
  });

  it("an explicit link with another metric supports the component but is flagged (metric)", () => {
    const model = modelFrom(
      service("email", ["mail-platform"]),
      service("mail-platform"),
      sla("acme-email", { service: "email", targets: [avail("99%")] }),
      agreement("messaging-ops", {
        service: "mail-platform",
        targets: [
          `{ name: restore, metric: recovery-time, threshold: 4h, objective: "100%", supports: [acme-email/availability] }`,
        ],
      }),
    );
    const t = target(coverageOf(model), "acme-email/availability");
    expect(t.verdict).toBe("at-risk");
    expect(t.composed).toBeUndefined();
    expect(reasons(t)).toEqual([
      "metric: mail-platform: OLA messaging-ops/restore is linked to acme-email/availability but measures recovery-time, not availability",
    ]);
  });

  it("lists OLA/UC targets that support nothing as orphans, whatever the filters", () => {
    const model = modelFrom(
      ...catalogue,
      sla("acme-email", { service: "email", targets: [avail("99%")] }),
      sla("other", { service: "network", customer: "globex", targets: [avail("99%")] }),
      agreement("messaging-ops", {
        service: "mail-platform",
        targets: [
          avail("99.95%"),
          `{ name: backup, metric: recovery-time, threshold: 1d, objective: "100%" }`,
        ],
      }),
      agreement("network-ops", { service: "network", targets: [avail("99.99%")] }),
    );
    const all = coverageOf(model);
    expect(all.orphans).toEqual(["OLA/messaging-ops/backup"]);
    // `other` is about network itself, which has an OLA of its own: it is its own component.
    expect(all.summary).toEqual({ covered: 2, "at-risk": 0, uncovered: 0, "not-applicable": 0 });
    const filtered = coverageOf(model, { customer: "acme" });
    expect(filtered.targets.map((t) => t.sla)).toEqual(["acme-email"]);
    expect(filtered.orphans).toEqual(["OLA/messaging-ops/backup"]);
    expect(coverageOf(model, { sla: "other" }).targets.map((t) => t.sla)).toEqual(["other"]);
  });
});
