import { type Agreement, type Target, TICKET_METRICS } from "../core/model.js";
import { type ComponentNode, componentLeaves } from "./component-graph.js";
import type { SupportIndex, Underpinning } from "./support-index.js";

export interface Support extends Underpinning {
  via: "match" | "link";
}

export interface ComponentSupport {
  node: ComponentNode & { type: "component" };
  anyOf?: number;
  supports: Support[];
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
): { root: ComponentNode & { type: "series" }; components: ComponentSupport[] } {
  const links = index.byLink.get(`${sla.metadata.name}/${target.name}`) ?? [];
  const linkedServices = [...new Set(links.map((u) => u.agreement.service))];
  const leaves = componentLeaves(graph);
  const known = new Set(leaves.map((l) => l.node.service));
  const extra = linkedServices
    .filter((s) => !known.has(s))
    .map((service) => ({ type: "component" as const, service, path: [service], via: "link" as const }));
  const root =
    extra.length === 0 ? graph : { type: "series" as const, members: [...graph.members, ...extra] };

  const components = [...leaves, ...extra.map((node) => ({ node, anyOf: undefined }))].map(
    ({ node, anyOf }) => {
      const matched: Support[] = (index.byService.get(node.service) ?? [])
        .filter(
          (u) =>
            matches(target, u.target) && !u.target.supports.includes(`${sla.metadata.name}/${target.name}`),
        )
        .map((u) => ({ ...u, via: "match" }));
      const linked: Support[] = links
        .filter((u) => u.agreement.service === node.service)
        .map((u) => ({ ...u, via: "link" }));
      const supports = [...matched, ...linked].sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
      return anyOf === undefined ? { node, supports } : { node, anyOf, supports };
    },
  );
  return { root, components };
}

export function matches(sla: Target, other: Target): boolean {
  if (sla.metric !== other.metric) return false;
  return !TICKET_METRICS.includes(sla.metric) || sla.priority === other.priority;
}
