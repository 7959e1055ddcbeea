import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  FAIL_ON,
  failsAt,
  summaryLine,
  verdictOf
} from "./chunk-Y3KOOMNR.js";
import "./chunk-KBDRPUOI.js";
export {
  FAIL_ON,
  failsAt,
  summaryLine,
  verdictOf
};
