import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  isValidDate
} from "./chunk-XH2FNGPU.js";
import {
  UsageError
} from "./chunk-RMJS7MV5.js";
import "./chunk-KBDRPUOI.js";

// dist/time/instant-option.js
var ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
function parseInstant(text) {
  const m = ISO.exec(text.trim());
  if (!m)
    return void 0;
  const [y, mo, d, h = "0", mi = "0", s = "0", frac = ""] = m.slice(1, 8);
  if (!isValidDate(Number(y), Number(mo), Number(d)))
    return void 0;
  if (Number(h) > 24 || Number(mi) > 59 || Number(s) > 59 || Number(h) === 24 && mi !== "0" && Number(mi) > 0)
    return void 0;
  const ms = Number(frac.padEnd(3, "0").slice(0, 3));
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
  const zone = m[8];
  if (zone === void 0 || zone.toUpperCase() === "Z")
    return utc;
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  return utc - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 6e4;
}
function parseInstantOption(flag, text) {
  if (text === void 0)
    return void 0;
  const t = parseInstant(text);
  if (t === void 0)
    throw new UsageError(`${flag} ${text}: expected an ISO 8601 instant like 2024-06-01T00:00:00Z`);
  return t;
}
export {
  parseInstant,
  parseInstantOption
};
