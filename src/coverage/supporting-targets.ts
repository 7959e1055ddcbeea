import { compareStrings } from "../core/compare.js";
import { type Agreement, CLOCK_METRICS, type Target } from "../core/model.js";
import { type ComponentNode, componentLeaves } from "./component-graph.js";
import { matchKey, type Support, type SupportIndex } from "./support-index.js";

export type { Support } from "./support-index.js";

export interface ComponentSupport {
  node: ComponentNode & { type: "component" };
  anyOf?: number;
  supports: Support[];
}

/**
 * Which components must each have support (SPEC §5.1 as amended by §13):
 * - `every`: each component needs a supporting target (availability, latency, success-rate, and
 *   resolution and recovery clocks: a restore obligation for each component);
 * - `answered`: a response-time target is answered by whoever takes the call: the supporting
 *   response-time targets found anywhere are its support, and components without one are not asked;
 * - `linked`: a clock target with explicit `supports` links: the linked targets are its complete support.
 */
export type SupportRule = "every" | "answered" | "linked";

export interface SupportingTargets {
  root: ComponentNode & { type: "series" };
  /** The components that need or have support under `rule`. */
  components: ComponentSupport[];
  rule: SupportRule;
}

/**
 * The supporting OLA/UC targets of one SLA target, per component (SPEC §5.1, §13):
 * - a component's own OLA/UC targets with the same metric (and, for ticket metrics, the same
 *   priority; a target without priority matches only one without);
 * - plus every OLA/UC target whose `supports` names the SLA target. A link from an agreement on
 *   a component counts as that component's support, even when its metric or priority differs
 *   (the metric is then checked, see assess-target.ts). A link from an agreement on any other
 *   service adds that service as a component of its own, in series: the SLA then also rests on it.
 * The SLA's own service is a component, first in the series, exactly when OLA/UC targets on it
 * match this target (or link to it): a service desk OLA with response targets on `erp` does not
 * make `erp` a component that must underpin availability.
 */
export function supportingTargets(
  sla: Agreement,
  target: Target,
  graph: ComponentNode & { type: "series" },
  index: SupportIndex,
): SupportingTargets {
  const slaRef = `${sla.metadata.name}/${target.name}`;
  const links = index.byLink.get(slaRef) ?? [];
  const key = matchKey(target);
  const onSelf =
    (index.byService.get(sla.service)?.get(key)?.length ?? 0) > 0 ||
    links.some((u) => u.agreement.service === sla.service);
  let root: ComponentNode & { type: "series" } = onSelf
    ? {
        type: "series",
        members: [
          { type: "component", service: sla.service, path: [sla.service], via: "self" },
          ...graph.members,
        ],
      }
    : graph;
  const all = componentLeaves(root);
  if (links.length > 0) {
    const known = new Set(all.map((l) => l.node.service));
    const extra = [...new Set(links.map((u) => u.agreement.service))]
      .filter((s) => !known.has(s))
      .map((service) => ({ type: "component" as const, service, path: [service], via: "link" as const }));
    if (extra.length > 0) {
      root = { type: "series", members: [...root.members, ...extra] };
      all.push(...extra.map((node) => ({ node })));
    }
  }

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

  const clock = CLOCK_METRICS.includes(target.metric);
  if (clock && links.length > 0) {
    return {
      root,
      rule: "linked",
      components: components
        .map((c) => ({ ...c, supports: c.supports.filter((s) => s.via === "link") }))
        .filter((c) => c.supports.length > 0),
    };
  }
  if (target.metric === "response-time") {
    return { root, rule: "answered", components: components.filter((c) => c.supports.length > 0) };
  }
  return { root, rule: "every", components };
}
