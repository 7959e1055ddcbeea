import type { Agreement, Model, Target } from "../core/model.js";
import { componentGraph } from "../coverage/component-graph.js";
import { buildSupportIndex, type SupportIndex } from "../coverage/support-index.js";
import { type ComponentSupport, supportingTargets } from "../coverage/supporting-targets.js";

const indexes = new WeakMap<Model, SupportIndex>();

function supportIndex(model: Model): SupportIndex {
  let index = indexes.get(model);
  if (!index) {
    index = buildSupportIndex(model);
    indexes.set(model, index);
  }
  return index;
}

/** An SLA target's supporting OLA/UC targets per component, as `slm coverage` finds them (SPEC §5, §13). */
export function slaSupports(model: Model, sla: Agreement, target: Target): ComponentSupport[] {
  const index = supportIndex(model);
  const graph = componentGraph(model, sla.service, (s) => index.byService.has(s));
  return supportingTargets(sla, target, graph, index).components;
}

/**
 * Who answers for a service's downtime in an availability report (SPEC §17): the OLA/UC targets
 * that underpin the target on that service, as coverage finds them (`<kind>/<agreement>/<target>`).
 * A service coverage does not reach — one beneath a component that has its own OLA or UC — is
 * answered for by the nearest service above it on the route from the agreement's service that
 * has one; none on the way: an empty list. An OLA or UC report is underpinned the same way by the
 * OLAs and UCs on its components, never by itself.
 */
export function accountableTargets(
  model: Model,
  agreement: Agreement,
  target: Target,
): (service: string) => string[] {
  const index = supportIndex(model);
  const direct = new Map<string, string[]>();
  if (agreement.kind === "SLA")
    for (const c of slaSupports(model, agreement, target))
      direct.set(
        c.node.service,
        c.supports.map((s) => s.ref),
      );
  const own = (service: string): string[] =>
    direct.get(service) ??
    (index.byService.get(service)?.get("availability") ?? [])
      .filter((s) => s.agreement !== agreement)
      .map((s) => s.ref);
  const parent = routes(model, agreement.service);
  return (service) => {
    for (let at: string | undefined = service; at !== undefined; at = parent.get(at)) {
      const refs = own(at);
      if (refs.length > 0) return refs;
    }
    return [];
  };
}

/** For every service below `root`, the service through which a breadth-first walk first reached it. */
function routes(model: Model, root: string): Map<string, string> {
  const parent = new Map<string, string>();
  const seen = new Set([root]);
  const queue = [root];
  for (let i = 0; i < queue.length; i++) {
    const at = queue[i]!;
    for (const dep of model.services.get(at)?.dependsOn ?? [])
      for (const s of "service" in dep ? [dep.service] : dep.anyOf) {
        if (seen.has(s)) continue;
        seen.add(s);
        parent.set(s, at);
        queue.push(s);
      }
  }
  return parent;
}
