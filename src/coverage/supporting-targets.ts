import { compareStrings } from "../core/compare.js";
import type { Agreement, Target } from "../core/model.js";
import { type ComponentNode, componentLeaves } from "./component-graph.js";
import { matchKey, type Support, type SupportIndex } from "./support-index.js";

export type { Support } from "./support-index.js";

export interface ComponentSupport {
  node: ComponentNode & { type: "component" };
  anyOf?: number;
  supports: Support[];
}

export interface SupportingTargets {
  root: ComponentNode & { type: "series" };
  components: ComponentSupport[];
}

/**
 * The supporting OLA/UC targets of one SLA target, per component (SPEC §5.1):
 * - a component's own OLA/UC targets with the same metric (and, for ticket metrics, the same
 *   priority; a target without priority matches only one without);
 * - plus every OLA/UC target whose `supports` names the SLA target. A link from an agreement on
 *   a component counts as that component's support, even when its metric or priority differs
 *   (the metric is then checked, see assess-target.ts). A link from an agreement on any other
 *   service adds that service as a component of its own, in series: the SLA then also rests on it.
 */
export function supportingTargets(
  sla: Agreement,
  target: Target,
  graph: ComponentNode & { type: "series" },
  index: SupportIndex,
): SupportingTargets {
  const slaRef = `${sla.metadata.name}/${target.name}`;
  const links = index.byLink.get(slaRef) ?? [];
  const leaves = componentLeaves(graph);
  let root = graph;
  const all: Array<{ node: ComponentNode & { type: "component" }; anyOf?: number }> = leaves;
  if (links.length > 0) {
    const known = new Set(leaves.map((l) => l.node.service));
    const extra = [...new Set(links.map((u) => u.agreement.service))]
      .filter((s) => !known.has(s))
      .map((service) => ({ type: "component" as const, service, path: [service], via: "link" as const }));
    if (extra.length > 0) {
      root = { type: "series", members: [...graph.members, ...extra] };
      all.push(...extra.map((node) => ({ node })));
    }
  }

  const key = matchKey(target);
  const components = all.map(({ node, anyOf }) => {
    const matched = index.byService.get(node.service)?.get(key) ?? [];
    const linked = links.filter((u) => u.agreement.service === node.service);
    // A target that both matches and links is listed once, as a link.
    const supports =
      linked.length === 0
        ? matched
        : [...matched.filter((u) => !u.target.supports.includes(slaRef)), ...linked].sort((a, b) =>
            compareStrings(a.ref, b.ref),
          );
    return anyOf === undefined ? { node, supports } : { node, anyOf, supports };
  });
  return { root, components };
}
