import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  DAY_MS,
  HOUR_MS,
  MINUTE_MS,
  SECOND_MS
} from "./chunk-YUZ4Y2P5.js";
import "./chunk-KBDRPUOI.js";
export {
  DAY_MS,
  HOUR_MS,
  MINUTE_MS,
  SECOND_MS
};
