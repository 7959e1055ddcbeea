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
  return flattenSeries(dependencies(model, service, [service], hasOwnSupport));
}

function dependencies(
  model: Model,
  service: string,
  path: string[],
  hasOwnSupport: (service: string) => boolean,
): ComponentNode[] {
  const expand = (name: string): ComponentNode => {
    const next = [...path, name];
    const found = model.services.get(name);
    // A cycle is a validation error; stop rather than loop if one slips through.
    if (hasOwnSupport(name) || !found || found.dependsOn.length === 0 || path.includes(name)) {
      return { type: "component", service: name, path: next, via: "dependency" };
    }
    return flattenSeries(dependencies(model, name, next, hasOwnSupport));
  };
  return (model.services.get(service)?.dependsOn ?? []).map((dep) =>
    "service" in dep ? expand(dep.service) : anyOf(dep.anyOf.map(expand)),
  );
}

function anyOf(members: ComponentNode[]): ComponentNode {
  return members.length === 1 ? members[0]! : { type: "any-of", members };
}

/** Nested series are spliced into their parent; repeated components in one series are dropped. */
export function flattenSeries(members: ComponentNode[]): ComponentNode & { type: "series" } {
  const out: ComponentNode[] = [];
  const seen = new Set<string>();
  const add = (node: ComponentNode): void => {
    if (node.type === "series") {
      for (const m of node.members) add(m);
    } else if (node.type === "component") {
      if (seen.has(node.service)) return;
      seen.add(node.service);
      out.push(node);
    } else {
      out.push(node);
    }
  };
  for (const m of members) add(m);
  return { type: "series", members: out };
}

/** Every distinct component of the structure, depth first, with the `anyOf` group it belongs to. */
export function componentLeaves(
  root: ComponentNode,
): Array<{ node: ComponentNode & { type: "component" }; anyOf?: number }> {
  const out: Array<{ node: ComponentNode & { type: "component" }; anyOf?: number }> = [];
  const seen = new Set<string>();
  let groups = 0;
  const walk = (node: ComponentNode, group: number | undefined): void => {
    if (node.type === "component") {
      if (seen.has(node.service)) return;
      seen.add(node.service);
      out.push(group === undefined ? { node } : { node, anyOf: group });
    } else if (node.type === "series") {
      for (const m of node.members) walk(m, group);
    } else {
      const g = group ?? groups++;
      for (const m of node.members) walk(m, g);
    }
  };
  walk(root, undefined);
  return out;
}
