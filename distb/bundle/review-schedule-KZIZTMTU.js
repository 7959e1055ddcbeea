import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  hasOverdue,
  nextReview,
  reviewSchedule
} from "./chunk-AYDJPFIY.js";
import "./chunk-JWE4QTWT.js";
import "./chunk-XGYTK23C.js";
import "./chunk-MPPKPTIV.js";
import "./chunk-VYAAX46D.js";
import "./chunk-YUZ4Y2P5.js";
import "./chunk-ADLZAIGX.js";
import "./chunk-2EXGQLEF.js";
import "./chunk-KBDRPUOI.js";
export {
  hasOverdue,
  nextReview,
  reviewSchedule
};
