import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);

// dist/core/units.js
var SECOND_MS = 1e3;
var MINUTE_MS = 6e4;
var HOUR_MS = 36e5;
var DAY_MS = 864e5;

export {
  SECOND_MS,
  MINUTE_MS,
  HOUR_MS,
  DAY_MS
};
