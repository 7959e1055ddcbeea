#!/usr/bin/env node
// Measures the two graph layout libraries considered for `slm site` (docs/site.md): elkjs
// (layered) and @dagrejs/dagre, on the examples' 15-service graph and on a synthetic catalogue of
// N services in layers (each depending on 1–3 services of the next layer). Prints ms per layout
// (median of 5 runs after a warm-up) and the module load time.
import { performance } from "node:perf_hooks";

function catalogue(n) {
  const nodes = Array.from({ length: n }, (_, i) => `s${i}`);
  const edges = [];
  const layer = Math.max(1, Math.round(Math.sqrt(n)));
  for (let i = 0; i + layer < n; i++) {
    for (let k = 0; k < 1 + (i % 3); k++) {
      const j = i + layer + ((i * 7 + k * 13) % layer);
      if (j < n) edges.push([`s${i}`, `s${j}`]);
    }
  }
  return { nodes, edges };
}

async function time(label, fn) {
  await fn();
  const runs = [];
  for (let r = 0; r < 5; r++) {
    const t = performance.now();
    await fn();
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  console.log(`${label}: ${runs[2].toFixed(1)} ms`);
}

let t = performance.now();
const { default: ELK } = await import("elkjs/lib/elk.bundled.js");
console.log(`load elkjs: ${(performance.now() - t).toFixed(1)} ms`);
t = performance.now();
const dagre = await import("@dagrejs/dagre");
console.log(`load @dagrejs/dagre: ${(performance.now() - t).toFixed(1)} ms`);
const elk = new ELK();

for (const n of [15, 200, 1000]) {
  const g = catalogue(n);
  await time(`elkjs layered, ${n} services, ${g.edges.length} edges`, () =>
    elk.layout({
      id: "root",
      layoutOptions: { "elk.algorithm": "layered", "elk.direction": "DOWN" },
      children: g.nodes.map((id) => ({ id, width: 160, height: 40 })),
      edges: g.edges.map(([s, d], i) => ({ id: `e${i}`, sources: [s], targets: [d] })),
    }),
  );
  await time(`dagre, ${n} services, ${g.edges.length} edges`, () => {
    const graph = new dagre.graphlib.Graph();
    graph.setGraph({ rankdir: "TB" });
    graph.setDefaultEdgeLabel(() => ({}));
    for (const id of g.nodes) graph.setNode(id, { width: 160, height: 40 });
    for (const [s, d] of g.edges) graph.setEdge(s, d);
    dagre.layout(graph);
  });
}
