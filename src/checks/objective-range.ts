import { formatPercentage, parsePercentage } from "../core/values/percentage.js";
import { agreements, type Check } from "./check.js";

/**
 * An objective must be in (0, 100]. Above 100% the percentage parser already refuses it (schema
 * layer); 0% parses but promises nothing, so it is refused here.
 */
export const objectiveRange: Check = (ctx) => {
  for (const a of agreements(ctx)) {
    a.spec.targets.forEach((t, i) => {
      const objective = parsePercentage(t.objective);
      if (objective.ok && objective.value.ppb === 0) {
        ctx.report(a, {
          code: "target/objective-range",
          message: `objective ${formatPercentage(objective.value)} promises nothing: it must be above 0% and at most 100%`,
          pointer: `/spec/targets/${i}/objective`,
        });
      }
    });
  }
};
