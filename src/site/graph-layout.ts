import type { ElkExtendedEdge, ElkNode } from "elkjs/lib/elk-api.js";
import type { DependencyEdge, ServiceGraph, ServiceNode } from "./service-graph.js";

export interface PlacedNode extends ServiceNode {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedEdge extends DependencyEdge {
  /** The route from the dependent service down to its dependency: start, bends, end. */
  points: { x: number; y: number }[];
}

export interface GraphLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

const NODE_HEIGHT = 46;
const CHAR_WIDTH = 7.4;
const PADDING = 24;

/**
 * Room for the longer of the two lines a node shows: its label, and its name, tier and verdict in
 * a smaller type (the verdict's word is allowed 14 characters, whatever the language).
 */
function nodeWidth(node: ServiceNode): number {
  const second = (node.service.length + (node.tier ? node.tier.length + 3 : 0) + 17) * 0.85;
  const longest = Math.max(node.label.length, second);
  return Math.round(Math.max(96, longest * CHAR_WIDTH + PADDING));
}

/**
 * Lays the dependency graph out at build time with ELK's layered algorithm (elkjs; chosen over
 * dagre by measurement, docs/site.md): dependents left of their dependencies (a catalogue is wider than it is deep, so its layers run across), edges routed
 * orthogonally. Nodes and edges go in sorted, so the same catalogue gives the same drawing.
 */
export async function layoutGraph(graph: ServiceGraph): Promise<GraphLayout> {
  const elkModule = await import("elkjs/lib/elk.bundled.js");
  // A CommonJS module with `__esModule`: Node hands its exports over as `default`.
  const ELK = elkModule.default as unknown as typeof elkModule.default.default;
  const elk = new ELK();
  const input: ElkNode = {
    id: "catalogue",
    layoutOptions: {
      "elk.algorithm": "layered",
      "elk.direction": "RIGHT",
      "elk.edgeRouting": "ORTHOGONAL",
      "elk.layered.spacing.nodeNodeBetweenLayers": "56",
      "elk.spacing.nodeNode": "14",
      "elk.padding": "[top=12,left=12,bottom=12,right=12]",
      "elk.randomSeed": "1",
    },
    children: graph.nodes.map((n) => ({ id: n.service, width: nodeWidth(n), height: NODE_HEIGHT })),
    edges: graph.edges.map((e, i): ElkExtendedEdge => ({ id: `e${i}`, sources: [e.from], targets: [e.to] })),
  };
  const laid: ElkNode = await elk.layout(input);
  const placed = new Map((laid.children ?? []).map((c) => [c.id, c]));
  const nodes = graph.nodes.map((n): PlacedNode => {
    const c = placed.get(n.service)!;
    return {
      ...n,
      x: c.x ?? 0,
      y: c.y ?? 0,
      width: c.width ?? nodeWidth(n),
      height: c.height ?? NODE_HEIGHT,
    };
  });
  const routes = new Map((laid.edges ?? []).map((e) => [e.id, e]));
  const edges = graph.edges.map((e, i): PlacedEdge => {
    const section = routes.get(`e${i}`)?.sections?.[0];
    const points = section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint] : [];
    return { ...e, points: points.map((p) => ({ x: p.x, y: p.y })) };
  });
  return { width: laid.width ?? 0, height: laid.height ?? 0, nodes, edges };
}
