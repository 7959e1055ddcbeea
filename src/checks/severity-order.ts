import { formatPercentage, parsePercentage } from "../core/values/percentage.js";
import { agreements, type Check } from "./check.js";

/** With minor above major a breach jumps from minor to critical: the override is a typo. */
export const severityOrder: Check = (ctx) => {
  for (const a of agreements(ctx)) {
    const tiers = (a.spec as { severity?: { minor?: unknown; major?: unknown } }).severity;
    if (!tiers) continue;
    const minor = parsePercentage(tiers.minor ?? "150%", { allowOver100: true });
    const major = parsePercentage(tiers.major ?? "300%", { allowOver100: true });
    if (!minor.ok || !major.ok || minor.value.ppb <= major.value.ppb) continue;
    ctx.report(a, {
      code: "severity/order",
      message: `severity minor (${formatPercentage(minor.value)}) is above major (${formatPercentage(major.value)}): a breach could never be major`,
      pointer: tiers.minor === undefined ? "/spec/severity/major" : "/spec/severity/minor",
    });
  }
};
