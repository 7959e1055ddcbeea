import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  dateFromEpochDay,
  dateFromParts,
  daysInMonth,
  epochDayParts,
  formatEpochDay,
  parseDate,
  weekdayOfEpochDay
} from "./chunk-MPPKPTIV.js";
import "./chunk-VYAAX46D.js";
import "./chunk-YUZ4Y2P5.js";
import "./chunk-KBDRPUOI.js";
export {
  dateFromEpochDay,
  dateFromParts,
  daysInMonth,
  epochDayParts,
  formatEpochDay,
  parseDate,
  weekdayOfEpochDay
};
