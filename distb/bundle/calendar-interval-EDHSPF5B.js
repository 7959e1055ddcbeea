import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  parseCalendarInterval,
  shiftDate
} from "./chunk-XGYTK23C.js";
import "./chunk-MPPKPTIV.js";
import "./chunk-VYAAX46D.js";
import "./chunk-YUZ4Y2P5.js";
import "./chunk-KBDRPUOI.js";
export {
  parseCalendarInterval,
  shiftDate
};
