import { compareStrings } from "../core/compare.js";
import type { Agreement, Model, Target } from "../core/model.js";
import { type AssessContext, assessTarget } from "./assess-target.js";
import { type ComponentNode, componentGraph } from "./component-graph.js";
import type { CoverageResult } from "./coverage-result.js";
import { createHoursContainment } from "./hours-containment.js";
import { buildSupportIndex, type SupportIndex } from "./support-index.js";
import { type SupportingTargets, supportingTargets } from "./supporting-targets.js";
import { createThresholdComparison } from "./threshold-order.js";

export interface CoverageFilter {
  /** Only the SLA of this name. */
  sla?: string;
  /** Only SLAs with this customer. */
  customer?: string;
}

/**
 * `slm coverage` as a function of the model: every SLA target (after filters) with its verdict,
 * the orphan OLA/UC targets and the counts. SLAs are ordered by name, targets as written.
 */
export function computeCoverage(model: Model, filter: CoverageFilter = {}): CoverageResult {
  const index = buildSupportIndex(model);
  const graphs = new Map<string, ComponentNode & { type: "series" }>();
  const graphOf = (service: string) => {
    const cached = graphs.get(service);
    if (cached) return cached;
    const graph = componentGraph(model, service, (s) => index.byService.has(s));
    graphs.set(service, graph);
    return graph;
  };
  const supports = new Map<Target, SupportingTargets>();
  const ctx: AssessContext = {
    model,
    hours: createHoursContainment(model),
    thresholds: createThresholdComparison(model),
    supportOf(sla, target) {
      let found = supports.get(target);
      if (!found) {
        found = supportingTargets(sla, target, graphOf(sla.service), index);
        supports.set(target, found);
      }
      return found;
    },
  };

  const slas = model.agreements
    .filter((a) => a.kind === "SLA")
    .sort((a, b) => compareStrings(a.metadata.name, b.metadata.name));
  const selected = slas.filter(
    (a) =>
      (filter.sla === undefined || a.metadata.name === filter.sla) &&
      (filter.customer === undefined || a.customer === filter.customer),
  );
  const targets = selected.flatMap((sla) => sla.targets.map((t) => assessTarget(ctx, sla, t)));

  const summary = { covered: 0, "at-risk": 0, uncovered: 0, "not-applicable": 0 };
  for (const t of targets) summary[t.verdict]++;
  return { targets, orphans: orphans(slas, ctx, index), summary };
}

/** OLA/UC targets that support no SLA target at all, over the whole repository (SPEC §5.3). */
function orphans(slas: readonly Agreement[], ctx: AssessContext, index: SupportIndex): string[] {
  const used = new Set<string>();
  for (const sla of slas) {
    for (const target of sla.targets) {
      const { components } = ctx.supportOf(sla, target);
      for (const c of components) for (const s of c.supports) used.add(s.ref);
    }
  }
  return index.all
    .map((u) => u.ref)
    .filter((ref) => !used.has(ref))
    .sort();
}
