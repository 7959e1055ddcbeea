import { SCORE_METRICS, THRESHOLD_METRICS } from "../core/model.js";
import { agreements, type Check } from "./check.js";

/**
 * Time and latency metrics judge each item against a threshold; the others take none. A
 * business-day threshold (3bd) is a clock's deadline: it does not apply to latency.
 */
export const thresholdPerMetric: Check = (ctx) => {
  for (const a of agreements(ctx)) {
    a.spec.targets.forEach((t, i) => {
      const needs = (THRESHOLD_METRICS as readonly string[]).includes(t.metric);
      if (needs && t.threshold === undefined) {
        ctx.report(a, {
          code: "target/threshold-missing",
          message: `target "${t.name}" (${t.metric}) needs a threshold, e.g. threshold: ${t.metric === "latency" ? "500ms" : t.metric === "satisfaction" ? "4" : t.metric === "freshness" ? "15m" : "4h"}`,
          pointer: `/spec/targets/${i}/threshold`,
        });
      } else if (needs && SCORE_METRICS.includes(t.metric as never) !== (typeof t.threshold === "number")) {
        // A satisfaction threshold is a score (4), every other threshold a duration (4h, 500ms).
        const score = typeof t.threshold === "number";
        ctx.report(a, {
          code: "target/threshold-kind",
          message: score
            ? `target "${t.name}" (${t.metric}): threshold ${t.threshold} is a score; ${t.metric} takes a duration, e.g. ${t.metric === "latency" ? "500ms" : t.metric === "freshness" ? "15m" : "4h"}`
            : `target "${t.name}" (satisfaction): threshold "${String(t.threshold)}" is not a score; give the lowest satisfied score as a number, e.g. threshold: 4`,
          pointer: `/spec/targets/${i}/threshold`,
        });
      } else if (
        (t.metric === "latency" || t.metric === "freshness") &&
        typeof t.threshold === "string" &&
        /bd$/.test(t.threshold.trim())
      ) {
        ctx.report(a, {
          code: "target/threshold-business-days",
          message: `target "${t.name}" (${t.metric}) is not a clock: business days (${t.threshold.trim()}) apply to response, resolution and recovery times; give the ${t.metric === "latency" ? "latency in ms" : "age the data may reach as a duration (15m)"}`,
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
