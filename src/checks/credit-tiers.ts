import { formatPercentage, parsePercentage } from "../core/values/percentage.js";
import { agreements, type Check } from "./check.js";

/**
 * Credit tiers are listed from the mildest breach down: each `below` strictly lower than the one
 * before, so that "the tier with the lowest `below` the value is under" is unambiguous.
 */
export const creditTiers: Check = (ctx) => {
  for (const a of agreements(ctx)) {
    a.spec.targets.forEach((t, i) => {
      const tiers = t.credits ?? [];
      for (let k = 1; k < tiers.length; k++) {
        const previous = parsePercentage(tiers[k - 1]!.below);
        const current = parsePercentage(tiers[k]!.below);
        if (!previous.ok || !current.ok || current.value.ppb < previous.value.ppb) continue;
        ctx.report(a, {
          code: "credits/not-decreasing",
          message: `credit tier ${k + 1} (below ${formatPercentage(current.value)}) must be below the previous tier (${formatPercentage(previous.value)}): list tiers from the highest "below" down`,
          pointer: `/spec/targets/${i}/credits/${k}/below`,
        });
      }
    });
  }
};
