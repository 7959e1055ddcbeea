import { TICKET_METRICS } from "../core/model.js";
import { agreements, type Check } from "./check.js";

/** Only tickets have a priority; on any other metric it would silently filter nothing. */
export const priorityMetric: Check = (ctx) => {
  for (const a of agreements(ctx)) {
    a.spec.targets.forEach((t, i) => {
      if (t.priority === undefined || (TICKET_METRICS as readonly string[]).includes(t.metric)) return;
      ctx.report(a, {
        code: "target/priority-not-applicable",
        message: `priority applies only to ticket metrics (response-time, resolution-time), not ${t.metric}`,
        pointer: `/spec/targets/${i}/priority`,
        onKey: true,
      });
    });
  }
};
