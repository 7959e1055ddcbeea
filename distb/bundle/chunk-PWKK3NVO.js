import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  fail,
  ok
} from "./chunk-VYAAX46D.js";

// dist/core/values/percentage.js
var PPB = 1e9;
var PATTERN = /^(\d{1,3})(?:\.(\d{1,7}))?\s*%?$/;
function parsePercentage(input, options = {}) {
  let text;
  if (typeof input === "number") {
    if (!Number.isFinite(input))
      return fail("a percentage must be a finite number");
    text = String(input);
    if (/e/i.test(text))
      text = input.toFixed(7).replace(/\.?0+$/, "");
  } else if (typeof input === "string") {
    text = input.trim();
  } else {
    return fail('a percentage is a number 0\u2013100 or a string like "99.9%"');
  }
  const match = PATTERN.exec(text);
  if (!match)
    return fail(`"${text}" is not a percentage (expected e.g. 99.9% or 99.9, at most 7 decimals)`);
  const whole = Number(match[1]);
  const decimals = (match[2] ?? "").padEnd(7, "0");
  const ppb = whole * 1e7 + Number(decimals);
  if (ppb > PPB && !options.allowOver100)
    return fail(`${text} is above 100%`);
  return ok(percentageFromPpb(ppb));
}
function percentageFromPpb(ppb) {
  return { ppb, fraction: ppb / PPB };
}
function formatPercentage(p) {
  const whole = Math.floor(p.ppb / 1e7);
  const rest = String(p.ppb % 1e7).padStart(7, "0").replace(/0+$/, "");
  return rest ? `${whole}.${rest}%` : `${whole}%`;
}
function ratioMeets(good, total, objective) {
  return BigInt(good) * BigInt(PPB) >= BigInt(objective.ppb) * BigInt(total);
}
function ratioBelow(good, total, threshold) {
  return BigInt(good) * BigInt(PPB) < BigInt(threshold.ppb) * BigInt(total);
}

export {
  PPB,
  parsePercentage,
  percentageFromPpb,
  formatPercentage,
  ratioMeets,
  ratioBelow
};
