import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  parseDuration
} from "./chunk-OTE4TAJD.js";
import {
  fail,
  ok
} from "./chunk-VYAAX46D.js";

// dist/core/values/threshold.js
var BUSINESS_DAYS = /^(\d{1,4})\s*bd$/;
function parseThreshold(input) {
  if (typeof input === "number") {
    if (!Number.isFinite(input))
      return fail("a score threshold is a finite number");
    return ok({ kind: "score", score: input, text: String(input) });
  }
  if (typeof input === "string") {
    const text = input.trim();
    const bd = BUSINESS_DAYS.exec(text);
    if (bd) {
      const days = Number(bd[1]);
      if (days < 1)
        return fail(`"${text}": a business-day threshold counts at least 1 service day (1bd)`);
      return ok({ kind: "business-days", days, text });
    }
    if (/^\d+(\.\d+)?\s*bd$/.test(text))
      return fail(`"${text}": business days are whole days (1bd, 2bd, 3bd \u2026); write a shorter limit in hours`);
  }
  const duration = parseDuration(input);
  if (!duration.ok) {
    return typeof input === "string" ? fail(`${duration.error.replace(/\)$/, "")}, or business days: 3bd)`) : duration;
  }
  return ok({ kind: "duration", ms: duration.value, text: String(input).trim() });
}

export {
  parseThreshold
};
