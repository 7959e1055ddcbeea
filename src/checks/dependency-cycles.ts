import type { Check, ServiceDocument } from "./check.js";

/**
 * Service dependencies must form a graph without cycles (coverage follows them transitively).
 * Each cycle is reported once, at the dependency entry that closes it in the service whose name
 * sorts first, and named in full: `a → b → c → a`.
 */
export const dependencyCycles: Check = (ctx) => {
  const services = new Map<string, ServiceDocument>();
  for (const d of ctx.valid) if (d.kind === "Service") services.set(d.name, d as ServiceDocument);
  const edges = (name: string): { to: string; pointer: string }[] =>
    (services.get(name)?.spec.dependsOn ?? []).flatMap((dep, i) =>
      typeof dep === "string"
        ? [{ to: dep, pointer: `/spec/dependsOn/${i}` }]
        : dep.anyOf.map((m, j) => ({ to: m, pointer: `/spec/dependsOn/${i}/anyOf/${j}` })),
    );

  // Depth first without recursion: a chain of thousands of services must not exhaust the stack.
  const state = new Map<string, "active" | "done">();
  const stack: string[] = [];
  const reported = new Set<string>();
  const visit = (start: string): void => {
    const frames: { name: string; edges: { to: string; pointer: string }[]; next: number }[] = [];
    const enter = (name: string): void => {
      state.set(name, "active");
      stack.push(name);
      frames.push({ name, edges: edges(name), next: 0 });
    };
    enter(start);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const edge = frame.edges[frame.next++];
      if (edge === undefined) {
        frames.pop();
        stack.pop();
        state.set(frame.name, "done");
        continue;
      }
      const s = state.get(edge.to);
      if (s === "active") {
        const cycle = stack.slice(stack.indexOf(edge.to));
        const key = [...cycle].sort().join(",");
        if (!reported.has(key)) {
          reported.add(key);
          report(cycle);
        }
      } else if (s === undefined && services.has(edge.to)) {
        enter(edge.to);
      }
    }
  };

  const report = (cycle: string[]): void => {
    // Rotate so that the smallest name starts: the same cycle reads the same from any entry point.
    const start = cycle.indexOf([...cycle].sort()[0]!);
    const rotated = [...cycle.slice(start), ...cycle.slice(0, start)];
    const from = rotated[0]!;
    const next = rotated[1 % rotated.length]!;
    const edge = edges(from).find((e) => e.to === next)!;
    ctx.report(services.get(from)!, {
      code: "graph/cycle",
      message: `dependency cycle: ${[...rotated, from].join(" → ")}`,
      pointer: edge.pointer,
    });
  };

  for (const name of [...services.keys()].sort()) if (!state.has(name)) visit(name);
};
