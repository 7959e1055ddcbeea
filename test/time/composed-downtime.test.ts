import { describe, expect, it } from "vitest";
import type { Dependency } from "../../src/core/model.js";
import { composeDowntime } from "../../src/time/composed-downtime.js";

// Instants are minutes here; the module does not care about the unit.
const graph =
  (edges: Record<string, Dependency[]>) =>
  (service: string): Dependency[] =>
    edges[service] ?? [];

describe("composeDowntime (SPEC §17: the §5 composition in time)", () => {
  // web → [dc, anyOf(isp-a, isp-b)]
  const web = graph({ web: [{ service: "dc" }, { anyOf: ["isp-a", "isp-b"] }] });

  it("one ISP alone takes nothing down; both at once do, attributed to both", () => {
    // isp-a 0–60, isp-b 40–70: both down 40–60 only.
    const c = composeDowntime(
      "web",
      web,
      new Map([
        ["isp-a", [0, 60]],
        ["isp-b", [40, 70]],
      ]),
    );
    expect(c.down).toEqual([40, 60]);
    expect(c.causes).toEqual(
      new Map([
        ["isp-a", [40, 60]],
        ["isp-b", [40, 60]],
      ]),
    );
  });

  it("a series component down takes the service down, merged with the service's own outages", () => {
    // own 100–130, dc 120–150 → down 100–150; own causes 100–130, dc 120–150.
    const c = composeDowntime(
      "web",
      web,
      new Map([
        ["web", [100, 130]],
        ["dc", [120, 150]],
      ]),
    );
    expect(c.down).toEqual([100, 150]);
    expect([...c.causes]).toEqual([
      ["web", [100, 130]],
      ["dc", [120, 150]],
    ]);
  });

  it("an ISP down during a data-centre outage is no cause: the group was up", () => {
    const c = composeDowntime(
      "web",
      web,
      new Map([
        ["dc", [0, 30]],
        ["isp-a", [10, 20]],
      ]),
    );
    expect(c.down).toEqual([0, 30]);
    expect([...c.causes.keys()]).toEqual(["dc"]);
  });

  it("descends transitively, each service once through a diamond, and only recorded outages are causes", () => {
    // app → [a, b]; a → [net]; b → [net]. net down 5–10, b down 8–12.
    const c = composeDowntime(
      "app",
      graph({ app: [{ service: "a" }, { service: "b" }], a: [{ service: "net" }], b: [{ service: "net" }] }),
      new Map([
        ["net", [5, 10]],
        ["b", [8, 12]],
      ]),
    );
    expect(c.down).toEqual([5, 12]);
    expect(c.causes).toEqual(
      new Map([
        ["b", [8, 12]],
        ["net", [5, 10]],
      ]),
    );
  });

  it("a redundant group whose member has components of its own", () => {
    // svc → anyOf(x, y); x → [power]. power 0–10 takes x down; y down 5–20 → both down 5–10.
    const c = composeDowntime(
      "svc",
      graph({ svc: [{ anyOf: ["x", "y"] }], x: [{ service: "power" }] }),
      new Map([
        ["power", [0, 10]],
        ["y", [5, 20]],
      ]),
    );
    expect(c.down).toEqual([5, 10]);
    expect(c.causes).toEqual(
      new Map([
        ["y", [5, 10]],
        ["power", [5, 10]],
      ]),
    );
  });

  it("a chain of 5,000 services composes without exhausting the stack", () => {
    const edges: Record<string, Dependency[]> = {};
    for (let i = 0; i < 5_000; i++) edges[`s${i}`] = [{ service: `s${i + 1}` }];
    const c = composeDowntime("s0", graph(edges), new Map([["s5000", [1, 2]]]));
    expect(c.down).toEqual([1, 2]);
    expect([...c.causes.keys()]).toEqual(["s5000"]);
  });

  it("a cycle that slipped past validation ends", () => {
    const c = composeDowntime(
      "a",
      graph({ a: [{ service: "b" }], b: [{ service: "a" }] }),
      new Map([["b", [0, 5]]]),
    );
    expect(c.down).toEqual([0, 5]);
  });
});
