import type { Model } from "../core/model.js";

/**
 * The components an SLA's service rests on, as an availability structure: a series (all must be
 * up) whose members are components or `anyOf` groups (up while any member is up).
 */
export type ComponentNode =
  | { type: "component"; service: string; path: string[]; via: "self" | "dependency" | "link" }
  | { type: "series"; members: ComponentNode[] }
  | { type: "any-of"; members: ComponentNode[] };

/**
 * SPEC §5.1: the components are the service's `dependsOn` entries, followed transitively through
 * services that have no OLA/UC of their own. The SLA's own service is not among them: whether it
 * is a component depends on the target (SPEC §13, see supporting-targets.ts).
 *
 * A service reached twice in one series (a diamond: email → a → network, email → b → network)
 * counts once: it fails once, so multiplying its availability twice would understate the service.
 */
export function componentGraph(model: Model, service: string, hasOwnSupport: (service: string) => boolean) {
  return flattenSeries(dependencies(model, service, hasOwnSupport));
}

/** A service being expanded: its references in order, and the node each one resolved to so far. */
type Frame = { service: string; refs: string[]; nodes: ComponentNode[] };

/**
 * The members of `root`'s series, depth first without recursion (a chain of thousands of services
 * must not exhaust the stack). A service's structure does not depend on the route that reaches
 * it, so each is expanded once: a diamond repeated level after level stays linear. A component
 * keeps the route of its first discovery, the one a depth-first walk shows.
 */
function dependencies(
  model: Model,
  root: string,
  hasOwnSupport: (service: string) => boolean,
): ComponentNode[] {
  const expanded = new Map<string, ComponentNode>();
  const parent = new Map<string, string>();
  const active = new Set<string>([root]);
  const routeTo = (name: string, from: string): string[] => {
    const route = [name, from];
    for (let at = parent.get(from); at !== undefined; at = parent.get(at)) route.push(at);
    return route.reverse();
  };
  const refsOf = (service: string): string[] =>
    (model.services.get(service)?.dependsOn ?? []).flatMap((dep) =>
      "service" in dep ? [dep.service] : dep.anyOf,
    );
  const assemble = (service: string, node: (name: string) => ComponentNode): ComponentNode[] => {
    let i = 0;
    const refs = refsOf(service);
    return (model.services.get(service)?.dependsOn ?? []).map((dep) =>
      "service" in dep ? node(refs[i++]!) : anyOf(dep.anyOf.map(() => node(refs[i++]!))),
    );
  };

  const frames: Frame[] = [{ service: root, refs: refsOf(root), nodes: [] }];
  let rootMembers: ComponentNode[] = [];
  while (frames.length > 0) {
    const frame = frames[frames.length - 1]!;
    if (frame.nodes.length === frame.refs.length) {
      frames.pop();
      active.delete(frame.service);
      let k = 0;
      const members = assemble(frame.service, () => frame.nodes[k++]!);
      if (frames.length === 0) rootMembers = members;
      else expanded.set(frame.service, flattenSeries(members));
      continue;
    }
    const name = frame.refs[frame.nodes.length]!;
    const known = expanded.get(name);
    if (known) {
      frame.nodes.push(known);
      continue;
    }
    const found = model.services.get(name);
    // A cycle is a validation error; stop rather than loop if one slips through.
    if (active.has(name)) {
      frame.nodes.push({
        type: "component",
        service: name,
        path: routeTo(name, frame.service),
        via: "dependency",
      });
      continue;
    }
    parent.set(name, frame.service);
    if (hasOwnSupport(name) || !found || found.dependsOn.length === 0) {
      const leaf: ComponentNode = {
        type: "component",
        service: name,
        path: routeTo(name, frame.service),
        via: "dependency",
      };
      expanded.set(name, leaf);
      frame.nodes.push(leaf);
      continue;
    }
    // Expand `name` first; this frame takes the result when it comes back to the same reference.
    active.add(name);
    frames.push({ service: name, refs: refsOf(name), nodes: [] });
  }
  return rootMembers;
}

function anyOf(members: ComponentNode[]): ComponentNode {
  return members.length === 1 ? members[0]! : { type: "any-of", members };
}

/** Nested series are spliced into their parent; repeated components in one series are dropped. */
export function flattenSeries(members: ComponentNode[]): ComponentNode & { type: "series" } {
  const out: ComponentNode[] = [];
  const seen = new Set<string>();
  const pending = [...members].reverse();
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.type === "series") {
      for (let i = node.members.length - 1; i >= 0; i--) pending.push(node.members[i]!);
    } else if (node.type === "component") {
      if (seen.has(node.service)) continue;
      seen.add(node.service);
      out.push(node);
    } else {
      out.push(node);
    }
  }
  return { type: "series", members: out };
}

/** Every distinct component of the structure, depth first, with the `anyOf` group it belongs to. */
export function componentLeaves(
  root: ComponentNode,
): Array<{ node: ComponentNode & { type: "component" }; anyOf?: number }> {
  const out: Array<{ node: ComponentNode & { type: "component" }; anyOf?: number }> = [];
  const seen = new Set<string>();
  let groups = 0;
  // Depth first, in order, without recursion: `anyOf` inside series inside `anyOf` nests as deep
  // as the dependency chain.
  const pending: { node: ComponentNode; group: number | undefined }[] = [{ node: root, group: undefined }];
  while (pending.length > 0) {
    const { node, group } = pending.pop()!;
    if (node.type === "component") {
      if (seen.has(node.service)) continue;
      seen.add(node.service);
      out.push(group === undefined ? { node } : { node, anyOf: group });
      continue;
    }
    const g = node.type === "series" ? group : (group ?? groups++);
    for (let i = node.members.length - 1; i >= 0; i--) pending.push({ node: node.members[i]!, group: g });
  }
  return out;
}
