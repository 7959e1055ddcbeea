import { agreements, type Check } from "./check.js";

/** Only OLA and UC targets underpin SLA targets; `supports` on an SLA target would link an SLA to itself. */
export const supportsOnSla: Check = (ctx) => {
  for (const a of agreements(ctx)) {
    if (a.kind !== "SLA") continue;
    a.spec.targets.forEach((t, i) => {
      if (t.supports === undefined) return;
      ctx.report(a, {
        code: "target/supports-on-sla",
        message:
          "supports is for OLA and UC targets (they underpin SLA targets); remove it from this SLA target",
        pointer: `/spec/targets/${i}/supports`,
        onKey: true,
      });
    });
  }
};
