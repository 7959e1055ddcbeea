import { THRESHOLD_METRICS } from "../core/model.js";
import { agreements, type Check } from "./check.js";

/** Time and latency metrics judge each item against a threshold; the others take none. */
export const thresholdPerMetric: Check = (ctx) => {
  for (const a of agreements(ctx)) {
    a.spec.targets.forEach((t, i) => {
      const needs = (THRESHOLD_METRICS as readonly string[]).includes(t.metric);
      if (needs && t.threshold === undefined) {
        ctx.report(a, {
          code: "target/threshold-missing",
          message: `target "${t.name}" (${t.metric}) needs a threshold, e.g. threshold: ${t.metric === "latency" ? "500ms" : "4h"}`,
          pointer: `/spec/targets/${i}/threshold`,
        });
      } else if (!needs && t.threshold !== undefined) {
        ctx.report(a, {
          code: "target/threshold-unexpected",
          message: `target "${t.name}" (${t.metric}) takes no threshold`,
          pointer: `/spec/targets/${i}/threshold`,
          onKey: true,
        });
      }
    });
  }
};
