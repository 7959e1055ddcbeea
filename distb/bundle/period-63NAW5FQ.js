import { createRequire as __slmCreateRequire } from "node:module"; const require = __slmCreateRequire(import.meta.url);
import {
  MAX_RANGE_DAYS,
  MAX_REPORT_DAYS,
  checkTrendReach,
  dayStartInstant,
  lastLocalDay,
  monthPeriod,
  parsePeriod,
  parsePeriodLabel,
  periodInstants,
  previousPeriod,
  quarterPeriod,
  yearPeriod
} from "./chunk-JKYJYC5M.js";
import "./chunk-MPPKPTIV.js";
import "./chunk-XH2FNGPU.js";
import "./chunk-VEAA5MQJ.js";
import "./chunk-VYAAX46D.js";
import "./chunk-YUZ4Y2P5.js";
import "./chunk-RMJS7MV5.js";
import "./chunk-KBDRPUOI.js";
export {
  MAX_RANGE_DAYS,
  MAX_REPORT_DAYS,
  checkTrendReach,
  dayStartInstant,
  lastLocalDay,
  monthPeriod,
  parsePeriod,
  parsePeriodLabel,
  periodInstants,
  previousPeriod,
  quarterPeriod,
  yearPeriod
};
