import { type Metric, TICKET_METRICS } from "../core/model.js";
import { targetScope } from "../core/target-scope.js";
import type { DimensionFilter } from "../core/model.js";
import { type AgreementDocument, agreements, type Check } from "./check.js";
import { dimensionsOf, targetSource } from "./data-source-shapes.js";

/** A raw `{ key: value | [values] }` as the model holds it. */
function filter(raw: Record<string, unknown> | undefined): DimensionFilter {
  return Object.fromEntries(
    Object.entries(raw ?? {}).map(([k, v]) => [k, (Array.isArray(v) ? v : [v]).map(String)]),
  );
}

interface TicketUse {
  sla: AgreementDocument;
  source: string;
  scoped: boolean;
  index: number;
}

/**
 * SPEC §13: two SLAs for different customers that measure the same service from the same tickets
 * source count each other's tickets unless both narrow the rows. Warned on the unscoped one.
 */
export const sharedServiceScope: Check = (ctx) => {
  const uses: TicketUse[] = [];
  for (const a of agreements(ctx)) {
    if (a.kind !== "SLA") continue;
    a.spec.targets.forEach((t, index) => {
      if (!TICKET_METRICS.includes(t.metric as Metric)) return;
      const chosen = targetSource(ctx, a, t);
      if (!chosen.source) return;
      const scope = targetScope(filter(a.spec.scope), filter(t.where), dimensionsOf(chosen.source.doc.spec));
      uses.push({ sla: a, source: chosen.source.name, scoped: scope !== null, index });
    });
  }
  const warned = new Set<string>();
  for (const u of uses) {
    if (u.scoped) continue;
    const other = uses.find(
      (o) =>
        o.sla !== u.sla &&
        o.source === u.source &&
        o.sla.spec.service === u.sla.spec.service &&
        o.sla.spec.customer !== u.sla.spec.customer,
    );
    const key = `${u.sla.name}|${u.source}`;
    if (!other || warned.has(key)) continue;
    warned.add(key);
    ctx.report(u.sla, {
      code: "scope/shared-service",
      message: `SLA ${other.sla.name} (customer ${other.sla.spec.customer}) measures service ${u.sla.spec.service} from tickets source ${u.source} too, and ${u.sla.name} has no scope on it: it counts ${other.sla.spec.customer}'s tickets; map a customer column in ${u.source} and set spec.scope: { customer: ${u.sla.spec.customer} }`,
      pointer: u.sla.spec.scope === undefined ? "/spec/customer" : "/spec/scope",
      related: [{ doc: other.sla.doc, pointer: "/spec/customer", message: `the other customer's SLA` }],
    });
  }
};
