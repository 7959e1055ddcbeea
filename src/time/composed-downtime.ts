import type { Dependency } from "../core/model.js";
import { type IntervalSet, intersect, unionOfSets } from "./interval-set.js";

/** A service's downtime composed from what was recorded against it and its components. */
export interface ComposedDowntime {
  /** When the service was down: its own outages, merged with the times its composition failed. */
  down: IntervalSet;
  /**
   * Per service whose recorded outages took the root down, the part of `down` it accounts for, in
   * the order the composition reaches them (the root first). A member of an `anyOf` group is
   * only a cause while the whole group is down; a service that merely lies beneath a failed one
   * is a cause only where its own outages were recorded.
   */
  causes: Map<string, IntervalSet>;
}

/**
 * SPEC §17, the §5 composition in time rather than in objectives: a service is down while its
 * own outages run, while any series component is down, and while every member of an `anyOf`
 * group is down — each component composed the same way from its own `dependsOn`. `recorded`
 * holds the intervals recorded against each service, already cut to the time that counts.
 *
 * No recursion (a chain of thousands of services must not exhaust the stack) and every service
 * is composed once however many routes reach it: downtime bottom-up in post-order; causes
 * top-down in the reverse order, where each service receives the union of the windows in which
 * its parents' failure ran through it (intersection distributes over that union, so a diamond
 * costs one pass, not one per route). A cycle is a validation error; if one slips through, the
 * reference that closes it is ignored.
 */
export function composeDowntime(
  root: string,
  dependsOn: (service: string) => readonly Dependency[],
  recorded: ReadonlyMap<string, IntervalSet>,
): ComposedDowntime {
  const order = postOrder(root, dependsOn);
  const down = new Map<string, IntervalSet>();
  const refs = (service: string) => dependsOn(service).filter((d) => dependencyReady(d, down));
  for (const service of order) {
    const parts: IntervalSet[] = [recorded.get(service) ?? []];
    for (const dep of refs(service)) parts.push(dependencyDown(dep, down));
    down.set(service, unionOfSets(parts));
  }
  const rootDown = down.get(root) ?? [];
  // The windows in which each service's failure took the root down, parents before children.
  const windows = new Map<string, IntervalSet[]>([[root, [rootDown]]]);
  const causes = new Map<string, IntervalSet>();
  for (let i = order.length - 1; i >= 0; i--) {
    const service = order[i]!;
    const window = unionOfSets(windows.get(service) ?? []);
    if (window.length === 0) continue;
    const own = intersect(recorded.get(service) ?? [], window);
    if (own.length > 0) causes.set(service, own);
    for (const dep of refs(service)) {
      const members = "service" in dep ? [dep.service] : dep.anyOf;
      const through = intersect(window, dependencyDown(dep, down));
      if (through.length === 0) continue;
      for (const member of members) windows.set(member, [...(windows.get(member) ?? []), through]);
    }
  }
  return { down: rootDown, causes };
}

/** Every service `root` reaches, each once, children before parents (root last). */
function postOrder(root: string, dependsOn: (service: string) => readonly Dependency[]): string[] {
  const out: string[] = [];
  const state = new Map<string, "open" | "done">();
  const stack: { service: string; next: string[] }[] = [];
  const enter = (service: string) => {
    state.set(service, "open");
    const next = dependsOn(service).flatMap((d) => ("service" in d ? [d.service] : d.anyOf));
    stack.push({ service, next: next.reverse() });
  };
  enter(root);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const child = frame.next.pop();
    if (child === undefined) {
      stack.pop();
      state.set(frame.service, "done");
      out.push(frame.service);
    } else if (!state.has(child)) {
      enter(child);
    }
  }
  return out;
}

/** A dependency whose services are all composed already (false only for the edge that closes a cycle). */
function dependencyReady(dep: Dependency, down: ReadonlyMap<string, IntervalSet>): boolean {
  return "service" in dep ? down.has(dep.service) : dep.anyOf.every((m) => down.has(m));
}

/** A series component is down while it is down; a redundant group only while all its members are. */
function dependencyDown(dep: Dependency, down: ReadonlyMap<string, IntervalSet>): IntervalSet {
  if ("service" in dep) return down.get(dep.service) ?? [];
  let set: IntervalSet | null = null;
  for (const member of dep.anyOf)
    set = set === null ? (down.get(member) ?? []) : intersect(set, down.get(member) ?? []);
  return set ?? [];
}
