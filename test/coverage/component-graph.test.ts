import { describe, expect, it } from "vitest";
import type { Dependency, Model, Service } from "../../src/core/model.js";
import { parsePercentage } from "../../src/core/values/percentage.js";
import { type ComponentNode, componentGraph, componentLeaves } from "../../src/coverage/component-graph.js";
import { composeAvailability } from "../../src/coverage/compose-availability.js";
import { toNumber } from "../../src/coverage/exact-fraction.js";

/**
 * The walks over the dependency graph became iterative (issue 10: a chain of 2,000 services
 * overflowed the stack). The reference below is the recursive definition of SPEC §5.1 as it was
 * written before, kept deliberately naive: the new walks must give exactly its structures.
 */
function referenceGraph(model: Model, service: string, own: (s: string) => boolean) {
  const deps = (name: string, path: string[]): ComponentNode[] => {
    const expand = (dep: string): ComponentNode => {
      const next = [...path, dep];
      const found = model.services.get(dep);
      if (own(dep) || !found || found.dependsOn.length === 0 || path.includes(dep)) {
        return { type: "component", service: dep, path: next, via: "dependency" };
      }
      return flatten(deps(dep, next));
    };
    return (model.services.get(name)?.dependsOn ?? []).map((d) => {
      if ("service" in d) return expand(d.service);
      const members = d.anyOf.map(expand);
      return members.length === 1 ? members[0]! : { type: "any-of", members };
    });
  };
  const flatten = (members: ComponentNode[]): ComponentNode & { type: "series" } => {
    const out: ComponentNode[] = [];
    const seen = new Set<string>();
    const add = (n: ComponentNode): void => {
      if (n.type === "series") n.members.forEach(add);
      else if (n.type === "component") {
        if (!seen.has(n.service)) {
          seen.add(n.service);
          out.push(n);
        }
      } else out.push(n);
    };
    members.forEach(add);
    return { type: "series", members: out };
  };
  return flatten(deps(service, [service]));
}

/** Availability composed recursively, in floating point: series multiply, groups 1 − Π(1 − a). */
function referenceAvailability(node: ComponentNode, of: (s: string) => number): number {
  if (node.type === "component") return of(node.service);
  const parts = node.members.map((m) => referenceAvailability(m, of));
  return node.type === "series"
    ? parts.reduce((a, b) => a * b, 1)
    : 1 - parts.reduce((a, b) => a * (1 - b), 1);
}

function modelOf(dependsOn: Record<string, Dependency[]>): Model {
  const services = new Map<string, Service>();
  for (const [name, deps] of Object.entries(dependsOn)) {
    services.set(name, { kind: "Service", metadata: { name }, dependsOn: deps } as unknown as Service);
  }
  return { services } as unknown as Model;
}

/** A small deterministic generator (LCG), so a failing graph can be replayed from its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** A random acyclic catalogue: service i depends only on services after it, some in anyOf groups. */
function randomCatalogue(seed: number) {
  const next = random(seed);
  const n = 2 + Math.floor(next() * 25);
  const name = (i: number) => (i < n ? `s${i}` : `unknown${i}`);
  const dependsOn: Record<string, Dependency[]> = {};
  const own = new Set<string>();
  for (let i = 0; i < n; i++) {
    const deps: Dependency[] = [];
    const count = i === n - 1 ? 0 : Math.floor(next() * 4);
    for (let k = 0; k < count; k++) {
      const pick = () => name(i + 1 + Math.floor(next() * (n - i)));
      if (next() < 0.3) deps.push({ anyOf: [pick(), pick(), ...(next() < 0.5 ? [pick()] : [])] });
      else deps.push({ service: pick() });
    }
    dependsOn[name(i)] = deps;
    if (next() < 0.3) own.add(name(i));
  }
  return { model: modelOf(dependsOn), own: (s: string) => own.has(s) };
}

describe("component graph walks without recursion", () => {
  it("give the recursive definition's structure, components and composition on 300 random catalogues", () => {
    for (let seed = 1; seed <= 300; seed++) {
      const { model, own } = randomCatalogue(seed);
      const graph = componentGraph(model, "s0", own);
      const expected = referenceGraph(model, "s0", own);
      // What is shown: every component once, with its route and group. Routes of repeated
      // occurrences, never shown, may differ: a service is expanded once.
      expect(componentLeaves(graph), `seed ${seed}`).toEqual(componentLeaves(expected));
      expect(withoutRoutes(graph), `seed ${seed}`).toEqual(withoutRoutes(expected));
      // Objectives 90%, 91%, … by service number; composed exactly, compared in floating point.
      const objective = (s: string) => 90 + (Number(s.replace(/\D/g, "")) % 10);
      const composed = composeAvailability(
        graph,
        (s) => ({ objective: percentage(objective(s)), label: s }),
        4,
      );
      const naive = referenceAvailability(expected, (s) => objective(s) / 100);
      expect(toNumber(composed!.value), `seed ${seed}`).toBeCloseTo(naive, 12);
    }
  });

  it("a chain of 5,000 services is one component at the end of a 5,000-service route", () => {
    const n = 5000;
    const deps: Record<string, Dependency[]> = {};
    for (let i = 0; i < n; i++) deps[`s${i}`] = i < n - 1 ? [{ service: `s${i + 1}` }] : [];
    const graph = componentGraph(modelOf(deps), "s0", (s) => s === `s${n - 1}`);
    expect(graph.members).toHaveLength(1);
    const [leaf] = componentLeaves(graph);
    expect(leaf!.node.service).toBe(`s${n - 1}`);
    expect(leaf!.node.path).toHaveLength(n);
    expect(leaf!.node.path.slice(0, 3)).toEqual(["s0", "s1", "s2"]);
  });

  it("3,000 levels of anyOf groups compose without exhausting the stack", () => {
    // s_i depends on anyOf [s_{i+1}, x_i]; each x_i and the last s are components of 50%.
    // Up while any of the group is up: a = 1 − (1 − a_next)(1 − 0.5), which tends to 1.
    const n = 3000;
    const deps: Record<string, Dependency[]> = {};
    for (let i = 0; i < n; i++) {
      deps[`s${i}`] = i < n - 1 ? [{ anyOf: [`s${i + 1}`, `x${i}`] }] : [];
      deps[`x${i}`] = [];
    }
    const own = (s: string) => s.startsWith("x") || s === `s${n - 1}`;
    const graph = componentGraph(modelOf(deps), "s0", own);
    expect(componentLeaves(graph)).toHaveLength(n);
    const composed = composeAvailability(graph, () => ({ objective: percentage(50), label: "" }), 2);
    expect(composed).toBeDefined();
    expect(composed!.text.startsWith("[1 − (1 − [1 − (1 − ")).toBe(true);
  });
});

function withoutRoutes(node: ComponentNode): unknown {
  return node.type === "component"
    ? { service: node.service, via: node.via }
    : { type: node.type, members: node.members.map(withoutRoutes) };
}

function percentage(value: number) {
  const parsed = parsePercentage(`${value}%`);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}
