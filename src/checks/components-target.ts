import { agreements, type Check } from "./check.js";
import { targetSource } from "./data-source-shapes.js";

/**
 * `components: true` composes outage intervals of the service's components in time (SPEC §17):
 * it means something only for availability, and only an outage log records when each component
 * was down (checks and metrics of a component say nothing the composition could use yet).
 */
export const componentsTarget: Check = (ctx) => {
  for (const a of agreements(ctx)) {
    a.spec.targets.forEach((t, i) => {
      if (t.components !== true) return;
      const pointer = `/spec/targets/${i}/components`;
      if (t.metric !== "availability") {
        ctx.report(a, {
          code: "target/components-not-applicable",
          message: `components applies only to availability targets, not ${t.metric}`,
          pointer,
          onKey: true,
        });
        return;
      }
      const chosen = targetSource(ctx, a, t);
      const source = chosen.source ?? (chosen.candidates.length === 1 ? chosen.candidates[0] : undefined);
      const type = source?.doc.spec.type;
      if (source && type !== "outages")
        ctx.report(a, {
          code: "target/components-source",
          message: `components: true composes the components' outages, but DataSource ${source.name} is of type ${type}; measure this target from an outages source (source: NAME)`,
          pointer,
          onKey: true,
        });
    });
  }
};
