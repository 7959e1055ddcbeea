import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  fail,
  ok
} from "./chunk-VYAAX46D.js";

// dist/core/values/duration.js
var UNIT_MS = {
  ms: 1,
  s: 1e3,
  m: 6e4,
  h: 36e5,
  d: 864e5,
  w: 6048e5
};
var SHORT = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h|d|w))+$/;
var SHORT_PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/g;
var ISO = /^P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
function parseDuration(input) {
  if (typeof input !== "string")
    return fail('a duration is a string like "15m", "1h30m", "500ms" or "PT15M"');
  const text = input.trim();
  if (SHORT.test(text)) {
    let ms = 0;
    for (const part of text.matchAll(SHORT_PART))
      ms += Number(part[1]) * UNIT_MS[part[2]];
    return ok(Math.round(ms));
  }
  const iso = ISO.exec(text);
  if (iso && text !== "P" && !text.endsWith("T")) {
    const [, w, d, h, m, s] = iso.map((v) => v === void 0 ? 0 : Number(v));
    return ok(Math.round(w * UNIT_MS.w + d * UNIT_MS.d + h * UNIT_MS.h + m * UNIT_MS.m + s * 1e3));
  }
  return fail(`"${text}" is not a duration (expected e.g. 30s, 15m, 4h, 1h30m, 2d, 1w, 500ms, PT15M, P1D)`);
}
function durationSyntax(ms) {
  if (ms === 0)
    return "0s";
  const sign = ms < 0 ? "-" : "";
  let rest = Math.abs(Math.round(ms));
  const parts = [];
  for (const [unit, size] of [
    ["d", 864e5],
    ["h", 36e5],
    ["m", 6e4],
    ["s", 1e3]
  ]) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
  }
  if (rest > 0)
    parts.push(`${rest}ms`);
  return sign + parts.join("");
}

// dist/core/values/time-of-day.js
var PATTERN = /^(\d{2}):(\d{2})$/;
function parseTimeOfDay(input, options = {}) {
  if (typeof input !== "string")
    return fail('a time of day is a string "HH:MM" (24 h)');
  const match = PATTERN.exec(input.trim());
  if (!match)
    return fail(`"${input}" is not a time of day (expected HH:MM, 24 h)`);
  const h = Number(match[1]);
  const m = Number(match[2]);
  if (h === 24 && m === 0) {
    return options.allowEndOfDay ? ok(1440) : fail('"24:00" is only allowed as the end of a window');
  }
  if (h > 23 || m > 59)
    return fail(`"${input}" is not a time of day (hours 00\u201323, minutes 00\u201359; 24:00 ends a day)`);
  return ok(h * 60 + m);
}
function formatTimeOfDay(minutes) {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

export {
  parseDuration,
  durationSyntax,
  parseTimeOfDay,
  formatTimeOfDay
};
