import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  localeText
} from "./chunk-DQEPQ35S.js";
import {
  DEFAULT_LOCALE
} from "./chunk-ZR5D3XWC.js";

// dist/text/local-time.js
function localTime(ms, zone) {
  return localeText(DEFAULT_LOCALE).localTime(ms, zone);
}
function isoInstant(ms) {
  return new Date(ms).toISOString();
}

export {
  localTime,
  isoInstant
};
