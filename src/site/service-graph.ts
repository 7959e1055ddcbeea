import { compareStrings } from "../core/compare.js";
import type { Model } from "../core/model.js";
import type { CoverageResult, Verdict } from "../coverage/coverage-result.js";

/** How a service is coloured on the graph: its coverage verdict, or `none` when no SLA reaches it. */
export type NodeVerdict = Exclude<Verdict, "not-applicable"> | "none";

export interface ServiceNode {
  service: string;
  label: string;
  tier: string | null;
  /** Services sold under an SLA in force. */
  sla: boolean;
  verdict: NodeVerdict;
}

export interface DependencyEdge {
  from: string;
  to: string;
  /** Index of the `anyOf` group of `from` this edge belongs to (a redundant member), else null. */
  anyOf: number | null;
}

export interface ServiceGraph {
  nodes: ServiceNode[];
  edges: DependencyEdge[];
}

const WORST: Record<NodeVerdict, number> = { none: 0, covered: 1, "at-risk": 2, uncovered: 3 };

function worse(a: NodeVerdict, b: NodeVerdict): NodeVerdict {
  return WORST[b] > WORST[a] ? b : a;
}

/**
 * The service catalogue as a graph: a node per service, an edge per dependency (each member of an
 * `anyOf` group is an edge of its own, marked with the group). A service sold under an SLA takes
 * the worst verdict of its SLA targets; a component the worst verdict coverage gave it under any
 * SLA target (uncovered when some target found no support on it); anything else `none`.
 */
export function serviceGraph(
  model: Model,
  coverage: CoverageResult,
  slaServices: ReadonlySet<string>,
): ServiceGraph {
  const verdicts = new Map<string, NodeVerdict>();
  const mark = (service: string, v: NodeVerdict) =>
    verdicts.set(service, worse(verdicts.get(service) ?? "none", v));
  for (const t of coverage.targets) {
    // A target no component underpins (satisfaction) says nothing about the graph.
    if (t.verdict !== "not-applicable") mark(t.service, t.verdict);
    for (const c of t.components)
      if (c.service !== t.service && c.verdict !== "not-applicable") mark(c.service, c.verdict);
  }
  const names = [...model.services.keys()].sort(compareStrings);
  const nodes = names.map((name): ServiceNode => {
    const s = model.services.get(name)!;
    return {
      service: name,
      label: s.metadata.displayName ?? name,
      tier: s.tier ?? null,
      sla: slaServices.has(name),
      verdict: verdicts.get(name) ?? "none",
    };
  });
  const edges: DependencyEdge[] = [];
  for (const name of names) {
    let group = 0;
    for (const d of model.services.get(name)!.dependsOn) {
      if ("service" in d) edges.push({ from: name, to: d.service, anyOf: null });
      else {
        for (const member of d.anyOf) edges.push({ from: name, to: member, anyOf: group });
        group++;
      }
    }
  }
  return { nodes, edges };
}
